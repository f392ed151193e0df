using Lce.IR;
using Lce.IR.Rewrite;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Transforms.Larq.BitpackWeights;

/// <summary>
/// `-tfl-lce-bitpack-weights` (LCE's BitpackWeightsLCE): bitpacks the constant f32 filters of
/// lq.Bconv2d (BitpackWeights.pdll). As in LCE, whose pattern file includes the op-removal
/// patterns, the same pattern set also removes TF identity-like ops.
/// </summary>
public sealed class BitpackWeightsPass : GreedyPatternPass
{
    public override string Argument => "tfl-lce-bitpack-weights";
    public override string Name => "mlir::TFL::BitpackWeightsLCE";
    public override string Description => "Bitpack binary weights";

    private static readonly PdllPatternFile Patterns = new("Larq/BitpackWeights/BitpackWeights.pdll", new NativeRegistry().AddDrrNatives()
        .AddConstraint("IsConv2DFilter", c => FilterBitpacking.IsConv2DFilter(c.Attr(0)))
        .AddRewrite("BitpackFilter", c => FilterBitpacking.Bitpack(c.Context, (DenseElementsAttr)c.Attr(0)))
        .AddRewrite("TypeOfAttr", c => ((ITypedAttribute)c.Attr(0)).Type));

    /// <summary>
    /// Adds the pass's patterns: the op-removal set, then BitpackWeights.pdll (LCE's pattern file
    /// includes op_removal_patterns.td before its own pattern, so tblgen emits them first).
    /// </summary>
    public static void PopulatePatterns(RewritePatternSet patterns)
    {
        OpRemoval.OpRemovalPatterns.AddTo(patterns);
        Patterns.AddAll(patterns);
    }

    protected override void Populate(RewritePatternSet patterns) => PopulatePatterns(patterns);
}
