using Lce.CodeGen.Reference;
using static Lce.Tests.CodeGen.Tfl.TflTestSupport;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>
/// conv_2d and depthwise_conv_2d against naive loops over an explicitly zero-padded input.
/// Padding taps add products 0 * w = ±0 to a sum that is never -0, so the padded naive sum in
/// the documented order (row, column, channel) must equal the kernel bit for bit.
/// </summary>
public class ConvTests
{
    /// <summary>The input copied into a zero canvas with the given leading padding.</summary>
    private static float[] ZeroPadded(float[] input, int n, int h, int w, int c, int top, int left, int ph, int pw)
    {
        var padded = new float[n * ph * pw * c];
        for (int b = 0; b < n; b++)
        for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
        for (int k = 0; k < c; k++)
            padded[((b * ph + y + top) * pw + x + left) * c + k] = input[((b * h + y) * w + x) * c + k];
        return padded;
    }

    private sealed record ConvCase(
        int N, int H, int W, int C, int Groups, int O, int FH, int FW, int SH, int SW, int DH, int DW, bool Same,
        TflActivation Act, bool HasBias)
    {
        public Conv2DParams Params => new(SH, SW, DH, DW, Same ? TflPadding.Same : TflPadding.Valid, Act);

        public static ConvCase Draw(Random r, bool depthwise)
        {
            int groups = depthwise ? 1 : r.Next(1, 4);
            int c = depthwise ? r.Next(1, 20) : groups * r.Next(1, r.Next(2) == 0 ? 6 : 45);
            int o = depthwise ? c * r.Next(1, 4) : groups * r.Next(1, 5);
            int fh = r.Next(1, 5), fw = r.Next(1, 5), dh = r.Next(1, 4), dw = r.Next(1, 4);
            bool same = r.Next(2) == 0;
            // VALID needs the dilated filter to fit.
            int h = r.Next(same ? 1 : dh * (fh - 1) + 1, 12), w = r.Next(same ? 1 : dw * (fw - 1) + 1, 12);
            return new ConvCase(r.Next(1, 3), h, w, c, groups, o, fh, fw, r.Next(1, 4), r.Next(1, 4), dh, dw, same,
                Activation(r), r.Next(3) != 0);
        }
    }

    private static float[] NaiveConv(ConvCase k, float[] input, float[] filter, float[] bias, out int[] shape)
    {
        var (oh, top) = Spatial(k.Same, k.H, k.FH, k.SH, k.DH);
        var (ow, left) = Spatial(k.Same, k.W, k.FW, k.SW, k.DW);
        int ph = Math.Max(k.H + top, (oh - 1) * k.SH + k.DH * (k.FH - 1) + 1);
        int pw = Math.Max(k.W + left, (ow - 1) * k.SW + k.DW * (k.FW - 1) + 1);
        var padded = ZeroPadded(input, k.N, k.H, k.W, k.C, top, left, ph, pw);
        int cin = k.C / k.Groups, perGroup = k.O / k.Groups;
        shape = [k.N, oh, ow, k.O];
        var result = new float[Size(shape)];
        for (int b = 0; b < k.N; b++)
        for (int y = 0; y < oh; y++)
        for (int x = 0; x < ow; x++)
        for (int oc = 0; oc < k.O; oc++)
        {
            float sum = 0;
            for (int i = 0; i < k.FH; i++)
            for (int j = 0; j < k.FW; j++)
            for (int ci = 0; ci < cin; ci++)
            {
                float v = padded[((b * ph + y * k.SH + i * k.DH) * pw + x * k.SW + j * k.DW) * k.C + oc / perGroup * cin + ci];
                sum += v * filter[((oc * k.FH + i) * k.FW + j) * cin + ci];
            }
            result[((b * oh + y) * ow + x) * k.O + oc] = Activate(k.Act, sum + (bias.Length > 0 ? bias[oc] : 0));
        }
        return result;
    }

    [Fact]
    public void Conv2DMatchesNaivePaddedLoops() => Check(r =>
    {
        var k = ConvCase.Draw(r, depthwise: false);
        int[] inShape = [k.N, k.H, k.W, k.C], fShape = [k.O, k.FH, k.FW, k.C / k.Groups];
        var input = Floats(r, Size(inShape));
        var filter = Floats(r, Size(fShape));
        var bias = k.HasBias ? Floats(r, k.O) : [];
        var expected = NaiveConv(k, input, filter, bias, out var shape);
        Assert.Equal(shape, Conv2D.OutputShape(inShape, fShape, k.Params));
        var actual = new float[expected.Length];
        Conv2D.Run(input, inShape, filter, fShape, bias, actual, k.Params);
        AssertSameFloats(expected, actual);
    });

    [Fact]
    public void DepthwiseConv2DMatchesNaivePaddedLoops() => Check(r =>
    {
        var k = ConvCase.Draw(r, depthwise: true);
        int mult = k.O / k.C;
        int[] inShape = [k.N, k.H, k.W, k.C], fShape = [1, k.FH, k.FW, k.O];
        var input = Floats(r, Size(inShape));
        var filter = Floats(r, Size(fShape));
        var bias = k.HasBias ? Floats(r, k.O) : [];
        var (oh, top) = Spatial(k.Same, k.H, k.FH, k.SH, k.DH);
        var (ow, left) = Spatial(k.Same, k.W, k.FW, k.SW, k.DW);
        int ph = Math.Max(k.H + top, (oh - 1) * k.SH + k.DH * (k.FH - 1) + 1);
        int pw = Math.Max(k.W + left, (ow - 1) * k.SW + k.DW * (k.FW - 1) + 1);
        var padded = ZeroPadded(input, k.N, k.H, k.W, k.C, top, left, ph, pw);
        var expected = new float[k.N * oh * ow * k.O];
        for (int b = 0; b < k.N; b++)
        for (int y = 0; y < oh; y++)
        for (int x = 0; x < ow; x++)
        for (int oc = 0; oc < k.O; oc++)
        {
            float sum = 0;
            for (int i = 0; i < k.FH; i++)
            for (int j = 0; j < k.FW; j++)
                sum += padded[((b * ph + y * k.SH + i * k.DH) * pw + x * k.SW + j * k.DW) * k.C + oc / mult]
                       * filter[(i * k.FW + j) * k.O + oc];
            expected[((b * oh + y) * ow + x) * k.O + oc] = Activate(k.Act, sum + (bias.Length > 0 ? bias[oc] : 0));
        }
        Assert.Equal([k.N, oh, ow, k.O], DepthwiseConv2D.OutputShape(inShape, fShape, mult, k.Params));
        var actual = new float[expected.Length];
        DepthwiseConv2D.Run(input, inShape, filter, fShape, bias, actual, mult, k.Params);
        AssertSameFloats(expected, actual);
    });

    [Fact]
    public void OneByOneImageWithLargerSameFilterSeesOnlyTheCentreTap()
    {
        // 1x1 input, 3x3 SAME filter: padding 1 on each side, only filter tap (1, 1) lands in the image.
        var filter = new float[9];
        for (int i = 0; i < 9; i++)
            filter[i] = i + 1;
        var output = new float[1];
        Conv2D.Run([2f], [1, 1, 1, 1], filter, [1, 3, 3, 1], [0.5f], output,
            Conv2DParams.Default with { Padding = TflPadding.Same });
        Assert.Equal(2f * 5f + 0.5f, output[0]);
    }

    [Fact]
    public void SameFilterLargerThanInputPadsMoreAfterThanBefore()
    {
        // 2-wide input, 4-wide SAME filter, stride 1: 2 outputs, total padding 3, 1 before and 2 after.
        var filter = new float[] { 1, 10, 100, 1000 };
        var output = new float[2];
        Conv2D.Run([1f, 2f], [1, 1, 2, 1], filter, [1, 1, 4, 1], [], output,
            Conv2DParams.Default with { Padding = TflPadding.Same });
        Assert.Equal([1 * 10f + 2 * 100f, 1 * 1f + 2 * 10f], output);
    }

    [Fact]
    public void ValidFilterLargerThanInputIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Conv2D.OutputShape([1, 2, 2, 1], [1, 4, 4, 1], Conv2DParams.Default));
        Assert.Contains("VALID", error.Message);
        // Stride can make the size 0 instead of negative, as in TFLite: (3 + 2 - 4) / 2 = 0.
        Assert.Equal([1, 0, 3, 1], Conv2D.OutputShape([1, 3, 3, 1], [1, 4, 1, 1], Conv2DParams.Default with { StrideH = 2 }));
    }

    [Fact]
    public void MissingBiasAddsPositiveZero()
    {
        // (-1 * 0) = -0 accumulated from +0 stays +0; the reference then adds a bias of 0.
        var output = new float[1];
        Conv2D.Run([-1f], [1, 1, 1, 1], [0f], [1, 1, 1, 1], [], output, Conv2DParams.Default);
        Assert.Equal(0, BitConverter.SingleToInt32Bits(output[0]));
    }

    [Fact]
    public void FullyConnectedMatchesNaiveDotProducts() => Check(r =>
    {
        int rank = r.Next(1, 5), accum = r.Next(1, 131), outDepth = r.Next(1, 20);
        var inShape = new int[rank];
        for (int i = 0; i < rank; i++)
            inShape[i] = i == rank - 1 ? accum : r.Next(1, 4);
        var input = Floats(r, Size(inShape));
        var weights = Floats(r, outDepth * accum);
        var bias = r.Next(2) == 0 ? Floats(r, outDepth) : [];
        var act = Activation(r);
        int batches = input.Length / accum;
        var expected = new float[batches * outDepth];
        for (int b = 0; b < batches; b++)
        for (int o = 0; o < outDepth; o++)
        {
            float sum = 0;
            for (int d = 0; d < accum; d++)
                sum += input[b * accum + d] * weights[o * accum + d];
            expected[b * outDepth + o] = Activate(act, sum + (bias.Length > 0 ? bias[o] : 0));
        }
        var actual = new float[expected.Length];
        FullyConnected.Run(input, inShape, weights, [outDepth, accum], bias, actual, act);
        AssertSameFloats(expected, actual);
        int[] kept = [.. inShape[..^1], outDepth];
        Assert.Equal(kept, FullyConnected.OutputShape(inShape, [outDepth, accum], keepNumDims: true));
        Assert.Equal([batches, outDepth], FullyConnected.OutputShape(inShape, [outDepth, accum], keepNumDims: false));
    });

    [Fact]
    public void FullyConnectedFlattensWhenTheLastDimensionDiffers()
    {
        Assert.Equal([3, 5], FullyConnected.OutputShape([2, 3, 2], [5, 4], keepNumDims: false));
        Assert.Throws<ArgumentException>(() => FullyConnected.OutputShape([2, 3, 2], [5, 4], keepNumDims: true));
        Assert.Throws<ArgumentException>(() => FullyConnected.OutputShape([2, 3], [5, 4], keepNumDims: false));
    }
}
