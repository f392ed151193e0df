namespace Lce.Tests.Larq;

using Lce.Dialects;
using Lce.IR.Rewrite;
using Lce.Transforms.Larq.BitpackWeights;
using Lce.Transforms.Larq.FusePadding;
using Lce.Transforms.Larq.Quantize;

/// <summary>
/// The PDLL files of the DRR-based passes load and keep DRR's shape: LCE's pattern order,
/// roots, and benefits equal to the number of matched ops.
/// </summary>
public sealed class LcePatternFilesTests
{
    private static List<(string Name, string? Root, int Benefit)> Patterns(Action<RewritePatternSet> populate)
    {
        var set = new RewritePatternSet(StandardDialects.CreateContext());
        populate(set);
        return set.Patterns.Select(p => (p.DebugName, p.RootName, p.Benefit)).ToList();
    }

    [Fact]
    public void QuantizeHasLcesFourPatterns() => Assert.Equal(
        [
            ("StripFakeQuantOfMultiplierAndBias", "lq.Bconv2d", 5),
            ("QuantizeBconv2dOutput", "tfl.quantize", 2),
            ("QuantizeLqDequantize", "tfl.quantize", 2),
            ("LqQuantizeOfDequantize", "lq.Quantize", 2),
        ],
        Patterns(LceQuantizePass.PopulatePatterns));

    [Fact]
    public void FusePaddingHasLcesFourPatterns() => Assert.Equal(
        [
            ("FusePadIntoConv2D", "tfl.conv_2d", 3),
            ("FusePadV2IntoConv2D", "tfl.conv_2d", 4),
            ("FusePadIntoDepthwiseConv2D", "tfl.depthwise_conv_2d", 3),
            ("FusePadV2IntoDepthwiseConv2D", "tfl.depthwise_conv_2d", 4),
        ],
        Patterns(FusePaddingPass.PopulatePatterns));

    /// <summary>The op-removal patterns come first, as tblgen emits an included file's patterns first.</summary>
    [Fact]
    public void BitpackWeightsIsOpRemovalThenTheBconvPattern()
    {
        var patterns = Patterns(BitpackWeightsPass.PopulatePatterns);
        Assert.Equal(Lce.Transforms.Larq.OpRemoval.OpRemovalPatterns.Names, patterns.SkipLast(1).Select(p => p.Name));
        Assert.Equal(("BitpackBconv2dFilter", "lq.Bconv2d", 2), patterns[^1]);
    }
}
