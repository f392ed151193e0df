namespace Lce.Tests.ConverterPasses;

using Lce.Transforms.Tfl.Optimize;

/// <summary>Which constants tfl-optimize folds into affine ops, and the folded weights.</summary>
public sealed class AffineConstantsTests
{
    [Theory]
    [InlineData(new long[] { }, new[] { 2f }, 3, new[] { 2f, 2f, 2f })]
    [InlineData(new long[] { 3 }, new[] { 1f, 2f, 3f }, 3, new[] { 1f, 2f, 3f })]
    [InlineData(new long[] { 1, 1, 1, 3 }, new[] { 1f, 2f, 3f }, 3, new[] { 1f, 2f, 3f })]
    [InlineData(new long[] { 1, 1 }, new[] { 5f }, 2, new[] { 5f, 5f })]
    public void PerChannelValues(long[] shape, float[] values, long channels, float[] expected) =>
        Assert.Equal(expected, AffineConstants.PerChannel(shape, values, channels));

    [Theory]
    [InlineData(new long[] { 2 }, 3)]
    [InlineData(new long[] { 3, 1 }, 3)]
    [InlineData(new long[] { 1, 1, 1, 1, 3 }, 3)]
    [InlineData(new long[] { 1, 2, 1, 3 }, 3)]
    public void ValuesVaryingElsewhereDoNotFuse(long[] shape, long channels) =>
        Assert.Null(AffineConstants.PerChannel(shape, new float[shape.Aggregate(1L, (a, b) => a * b)], channels));

    [Fact]
    public void FiltersScaleAlongTheirOutputChannels()
    {
        // OHWI [2, 1, 1, 3]: rows scale by 2 and -1.
        Assert.Equal([2f, 4f, 6f, -4f, -5f, -6f],
            AffineConstants.Filter([1, 2, 3, 4, 5, 6], [2, 1, 1, 3], [2f, -1f], "tfl.mul", channelsLast: false));
        // Depthwise [1, 1, 2, 3]: the last dimension is the channel.
        Assert.Equal([0.5f, 1f, 3f, 2f, 2.5f, 6f],
            AffineConstants.Filter([1, 2, 3, 4, 5, 6], [1, 1, 2, 3], [2f, 2f, 1f], "tfl.div", channelsLast: true));
    }

    [Fact]
    public void BiasesCombinePerChannel()
    {
        Assert.Equal([1.5f, 1f], AffineConstants.Bias([0.5f, 1f], [1f, 0f], "tfl.add"));
        Assert.Equal([-1f, -2f], AffineConstants.Bias(null, [1f, 2f], "tfl.sub"));
        Assert.Equal([1f, 3f], AffineConstants.Bias([0.5f], [2f, 6f], "tfl.mul"));
    }
}
