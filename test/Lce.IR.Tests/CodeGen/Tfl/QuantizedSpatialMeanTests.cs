using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>
/// Int8 mean over height and width with keep_dims against the real TFLite interpreter's builtin
/// kernel (run-tflite on a one-op model whose axes are a graph input, so XNNPACK does not take it;
/// outputs recorded here). TFLite runs this case through its own Mean4D path, which rounds
/// differently from the general reduction in some outputs: the general path is shown to miss.
/// </summary>
public class QuantizedSpatialMeanTests
{
    public static TheoryData<sbyte[], int[], float, int, float, int, sbyte[]> Cases => new()
    {
        {
            [103, 110, 103, -31, -34, 115, -33, -80, 100, 27, -56, -82, -107, 74, 103, -48, -121, -96, -98, -110, -31, -5, -113, 109, 39, 97, -28, -9, 22, 127, -126, -85, 106, 14, 80, -86, 2, 33, -11, 19, -113, -93, -73, 77, -73, 20, 69, -94, -120, -128, -19, -21, -102, 112, 64, 75, 86, -91, -27, 10, 44, -84, 31, 42, -121, 81, -68, -60, -2, -77, -123, -98],
            [1, 3, 3, 8], 0.02f, -10, 0.03f, 5, [9, 6, -2, -11, -9, 35, 2, 0]
        },
        {
            [114, 9, 51, -55, 67, -123, 63, 119, 12, 107, -12, -128, -54, 97, 60, -45, 45, -21, -98, -26, -90, 44, 79, -84, -119, -97, -14, -82, 88, 99, -71, 88, -59, 32, -45, -102, -41, -86, 77, 86, 112, 116, 68, -113, -86, -30, 5, 54, 57, 69, 30, -70, 1, -8, 43, 58, 62, -37, -114, 67, 92, -112, -115, -15],
            [1, 2, 4, 8], 0.05f, 3, 0.011f, -7, [106, 80, -97, -128, -34, -89, 59, 127]
        },
        {
            // The int8_cnn mean: equal quantization, sums of four at exact halves (26.5, 44.5).
            [69, -22, 31, 127, 10, -30, -6, -6, -8, 68, 75, 66, -15, -35, -5, 29, 65, 24, 37, 4, 13, -35, -2, -45, -20, 68, 55, 74, -48, 9, 4, 1],
            [1, 2, 2, 8], 0.02f, -10, 0.02f, -10, [27, 35, 50, 68, -10, -23, -2, -5]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void AgreesWithTheInterpreter(sbyte[] input, int[] shape, float inScale, int inZp, float outScale, int outZp, sbyte[] expected)
    {
        var (iq, oq) = (new QuantParams(inScale, inZp), new QuantParams(outScale, outZp));
        var actual = new sbyte[expected.Length];
        QuantizedMean.Run(input, shape, [1, 2], iq, actual, oq, keepDims: true);
        Assert.Equal(expected, actual);
        var swapped = new sbyte[expected.Length];
        QuantizedMean.Run(input, shape, [2, 1], iq, swapped, oq, keepDims: true);
        Assert.Equal(expected, swapped);
    }

    [Fact]
    public void TheGeneralReductionRoundsOtherwise()
    {
        var c = ((IEnumerable<object[]>)Cases).First();
        var (input, shape, inScale, inZp, outScale, outZp, expected) = ((sbyte[])c[0], (int[])c[1], (float)c[2], (int)c[3], (float)c[4], (int)c[5], (sbyte[])c[6]);
        var general = new sbyte[expected.Length];
        QuantizedMean.Run(input, shape, [1, 2], new QuantParams(inScale, inZp), general, new QuantParams(outScale, outZp), keepDims: false);
        Assert.NotEqual(expected, general);
    }

    [Theory]
    [InlineData(new[] { 1, 2 }, false, 3)]
    [InlineData(new[] { -3, -2 }, true, 4)]
    [InlineData(new[] { 1 }, true, 4)]
    [InlineData(new[] { 1, 2 }, true, 3)]
    public void OnlyFourDimensionsKeepDimsAndAxesOneTwoTakeThePath(int[] axes, bool keepDims, int rank)
    {
        int[] shape = rank == 4 ? [1, 2, 2, 8] : [2, 2, 8];
        Assert.False(QuantizedSpatialMean.Applies(shape, axes, keepDims));
        Assert.True(QuantizedSpatialMean.Applies([1, 2, 2, 8], [2, 1], true));
    }
}
