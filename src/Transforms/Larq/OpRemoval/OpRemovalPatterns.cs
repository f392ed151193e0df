using System.Runtime.CompilerServices;
using Lce.IR;
using Lce.IR.Rewrite;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Transforms.Larq.OpRemoval;

/// <summary>
/// The op-removal pattern set (OpRemoval.pdll, embedded), loaded and checked once per context.
/// Used by `lce-op-removal-tf` and included by `tfl-prepare-lce` and `tfl-lce-bitpack-weights`,
/// as LCE's pattern files include op_removal_patterns.td.
/// </summary>
public static class OpRemovalPatterns
{
    public const string ResourceName = "Larq/OpRemoval/OpRemoval.pdll";

    /// <summary>The patterns in LCE's definition order.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "TfConstToArithConstant", "CheckNumericsToIdentity", "SnapshotToIdentity", "StopGradientToIdentity",
        "PlaceholderWithDefaultToIdentity", "RemoveIdentity", "RemoveIdentityN",
    ];

    private static readonly ConditionalWeakTable<IRContext, PdllModule> Modules = new();

    private static readonly NativeRegistry Natives = new NativeRegistry()
        // MLIR's DenseElementsAttr covers numeric and string elements alike (not resources or opaque values).
        .AddConstraint("IsDenseElements", c => c.Attr(0) is DenseElementsAttr or DenseStringElementsAttr)
        .AddConstraint("IsStaticShapeTensor", c => c.Value(0).Type is RankedTensorType { HasStaticShape: true });

    public static PdllModule Module(IRContext ctx) => Modules.GetValue(ctx, static c =>
        PdllModule.LoadEmbedded(c, typeof(OpRemovalPatterns).Assembly, ResourceName, Natives));

    /// <summary>Adds the op-removal patterns to <paramref name="patterns"/>.</summary>
    public static void AddTo(RewritePatternSet patterns) =>
        Module(patterns.Context).AddTo(patterns, [.. Names]);
}
