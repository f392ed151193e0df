using System.Runtime.CompilerServices;
using Lce.IR;
using Lce.IR.Rewrite;
using Lce.IR.Rewrite.Pdll;
using Lce.Transforms.Larq.OpRemoval;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>
/// The pattern set of `tfl-prepare-lce` for a target, as PrepareLCE::runOnOperation builds it:
/// TF's dilated-convolution rewrite, then the generated patterns of the target's .td file,
/// which include the op-removal patterns and, on arm, the same-zero binary convolution; then
/// our unipolar convolution rewrite (not in LCE).
/// </summary>
public static class PreparePatterns
{
    /// <summary>The common patterns (the xcore target's set).</summary>
    public const string CommonResource = "Larq/Prepare/Prepare.pdll";

    /// <summary>The common patterns and the arm-only ones, in one file as LCE's arm .td includes the common one.</summary>
    public const string ArmResource = "Larq/Prepare/PrepareTargetArm.pdll";

    /// <summary>The patterns of prepare_patterns_common.td, in its order.</summary>
    public static readonly IReadOnlyList<string> CommonNames =
    [
        "SelectToBinarySign", "SelectToInvertedBinarySign", "SelectV2ToBinarySign", "SelectV2ToInvertedBinarySign",
        "LegacySignToBinarySign", "LegacySignToBinarySignSwapped", "BConvValidPadding", "BConvSameOnePadding",
    ];

    /// <summary>What prepare_patterns_target_arm.td adds.</summary>
    public static readonly IReadOnlyList<string> ArmNames = ["BConvSameZeroPadding"];

    private static readonly ConditionalWeakTable<IRContext, PdllModule> CommonModules = new(), ArmModules = new();

    /// <summary>
    /// The patterns of <paramref name="target"/>, loaded once per context. Each target has its own
    /// module because a module's matcher evaluates every pattern of a root together.
    /// </summary>
    public static PdllModule Module(IRContext ctx, LceTarget target) => target == LceTarget.Arm
        ? ArmModules.GetValue(ctx, static c => Load(c, ArmResource))
        : CommonModules.GetValue(ctx, static c => Load(c, CommonResource));

    private static PdllModule Load(IRContext ctx, string resource) =>
        PdllModule.LoadEmbedded(ctx, typeof(PreparePatterns).Assembly, resource, PrepareNatives.Registry);

    /// <summary>Adds the patterns of <paramref name="target"/> to <paramref name="patterns"/>.</summary>
    public static void AddTo(RewritePatternSet patterns, LceTarget target)
    {
        patterns.Add(new DilatedConvPattern());
        OpRemovalPatterns.AddTo(patterns);
        var module = Module(patterns.Context, target);
        module.AddTo(patterns, [.. CommonNames]);
        if (target == LceTarget.Arm) module.AddTo(patterns, [.. ArmNames]);
        // Our extension after LCE's set: {0, 1} activations into lq.Bconv2d (README.md, "Unipolar").
        patterns.Add(new UnipolarConvPattern());
    }
}
