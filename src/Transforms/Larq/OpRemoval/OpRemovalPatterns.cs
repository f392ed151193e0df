using Lce.IR;
using Lce.IR.Rewrite;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Transforms.Larq.OpRemoval;

/// <summary>
/// The op-removal pattern set (OpRemoval.pdll). Used by `lce-op-removal-tf` and included by
/// `tfl-prepare-lce` and `tfl-lce-bitpack-weights`, as LCE's pattern files include
/// op_removal_patterns.td.
/// </summary>
public static class OpRemovalPatterns
{
    private static readonly PdllPatternFile File = new("Larq/OpRemoval/OpRemoval.pdll", new NativeRegistry()
        // MLIR's DenseElementsAttr covers numeric and string elements alike (not resources or opaque values).
        .AddConstraint("IsDenseElements", c => c.Attr(0) is DenseElementsAttr or DenseStringElementsAttr)
        .AddConstraint("IsStaticShapeTensor", c => c.Value(0).Type is RankedTensorType { HasStaticShape: true }));

    /// <summary>The patterns in LCE's definition order (what the file must hold, in this order).</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "TfConstToArithConstant", "CheckNumericsToIdentity", "SnapshotToIdentity", "StopGradientToIdentity",
        "PlaceholderWithDefaultToIdentity", "RemoveIdentity", "RemoveIdentityN",
    ];

    /// <summary>The loaded patterns for <paramref name="ctx"/>, in LCE's definition order.</summary>
    public static PdllModule Module(IRContext ctx) => File.Module(ctx);

    /// <summary>Adds the op-removal patterns to <paramref name="patterns"/>.</summary>
    public static void AddTo(RewritePatternSet patterns) => File.AddAll(patterns);
}
