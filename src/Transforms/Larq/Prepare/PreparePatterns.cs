using System.Runtime.CompilerServices;
using Lce.IR;
using Lce.IR.Rewrite;
using Lce.IR.Rewrite.Pdll;
using Lce.Transforms.Larq.OpRemoval;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>
/// The pattern set of `tfl-prepare-lce` for a target, as PrepareLCE::runOnOperation builds it:
/// TF's dilated-convolution rewrite, then the generated patterns of the target's .td file,
/// which include the op-removal patterns and, on arm, the same-zero binary convolution.
/// </summary>
public static class PreparePatterns
{
    public const string ResourceName = "Larq/Prepare/Prepare.pdll";

    /// <summary>The patterns of prepare_patterns_common.td, in its order.</summary>
    public static readonly IReadOnlyList<string> CommonNames =
    [
        "SelectToBinarySign", "SelectToInvertedBinarySign", "SelectV2ToBinarySign", "SelectV2ToInvertedBinarySign",
        "LegacySignToBinarySign", "LegacySignToBinarySignSwapped", "BConvValidPadding", "BConvSameOnePadding",
    ];

    /// <summary>What prepare_patterns_target_arm.td adds.</summary>
    public static readonly IReadOnlyList<string> ArmNames = ["BConvSameZeroPadding"];

    private static readonly ConditionalWeakTable<IRContext, PdllModule> Modules = new();

    public static PdllModule Module(IRContext ctx) => Modules.GetValue(ctx, static c =>
        PdllModule.LoadEmbedded(c, typeof(PreparePatterns).Assembly, ResourceName, PrepareNatives.Registry));

    /// <summary>Adds the patterns of <paramref name="target"/> to <paramref name="patterns"/>.</summary>
    public static void AddTo(RewritePatternSet patterns, LceTarget target)
    {
        patterns.Add(new DilatedConvPattern());
        OpRemovalPatterns.AddTo(patterns);
        var module = Module(patterns.Context);
        module.AddTo(patterns, [.. CommonNames]);
        if (target == LceTarget.Arm) module.AddTo(patterns, [.. ArmNames]);
    }
}
