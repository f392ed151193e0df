using Lce.CodeGen.Reference;
using static Lce.Tests.CodeGen.Tfl.Int8TestSupport;
using static Lce.Tests.CodeGen.Tfl.TflTestSupport;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>
/// Int8 conv_2d / depthwise_conv_2d with per-channel filters against the float kernels run on
/// dequantized data (bias as bias · input scale · filter scale) and requantized, within one step;
/// plus the exact rules: padding taps stand for the input zero point, each channel uses its own
/// scale, results saturate and clamp to the quantized activation range.
/// </summary>
public class QuantizedConvTests
{
    private sealed record Case(int[] Input, int[] Filter, Conv2DParams P, QuantParams Iq, float[] FilterScales, QuantParams Oq, bool Bias);

    private static Case RandomCase(Random r, bool depthwise, int multiplier)
    {
        // Either many input channels or many output channels (1..130), keeping the work small.
        bool wide = r.Next(2) == 0;
        int inDepth = depthwise ? r.Next(1, 131) : wide ? r.Next(1, 131) : r.Next(1, 5);
        int groups = !depthwise && r.Next(3) == 0 && inDepth % 2 == 0 ? 2 : 1;
        int outChannels = depthwise ? inDepth * multiplier : (wide ? r.Next(1, 5) : r.Next(1, 131)) * groups;
        int fH = r.Next(1, 4), fW = r.Next(1, 4);
        int[] input = [r.Next(1, 3), r.Next(1, 7), r.Next(1, 7), inDepth];
        int[] filter = depthwise ? [1, fH, fW, outChannels] : [outChannels, fH, fW, inDepth / groups];
        var p = new Conv2DParams(r.Next(1, 3), r.Next(1, 3), r.Next(1, 3), r.Next(1, 3), r.Next(2) == 0 ? TflPadding.Same : TflPadding.Valid, Activation(r));
        int[] ehw = [p.DilationH * (fH - 1) + 1, p.DilationW * (fW - 1) + 1];
        if (p.Padding == TflPadding.Valid && (input[1] < ehw[0] || input[2] < ehw[1]))
            p = p with { Padding = TflPadding.Same };
        var iq = RandomQuant(r);
        var scales = r.Next(4) == 0 ? [(float)Math.Pow(2, r.NextDouble() * 6 - 9)]
            : Enumerable.Range(0, outChannels).Select(_ => (float)Math.Pow(2, r.NextDouble() * 6 - 9)).ToArray();
        // Output scale near the accumulator's typical range so results are not all saturated.
        int taps = fH * fW * (depthwise ? 1 : inDepth / groups);
        var oq = new QuantParams((float)(iq.Scale * scales[0] * Math.Sqrt(taps) * 128 * Math.Pow(2, r.NextDouble() * 4 - 3)), r.Next(-10, 11));
        return new Case(input, filter, p, iq, scales, oq, r.Next(2) == 0);
    }

    private static float Scale(Case c, int channel) => c.FilterScales[c.FilterScales.Length == 1 ? 0 : channel];

    private static void CheckAgainstFloat(Random r, bool depthwise)
    {
        int multiplier = depthwise ? r.Next(1, 3) : 1;
        var c = RandomCase(r, depthwise, multiplier);
        int outChannels = depthwise ? c.Filter[3] : c.Filter[0];
        var input = Int8s(r, Size(c.Input));
        var filter = Int8s(r, Size(c.Filter));
        int[] bias = c.Bias ? [.. Enumerable.Range(0, outChannels).Select(_ => r.Next(-20000, 20000))] : [];
        int[] outShape = depthwise ? DepthwiseConv2D.OutputShape(c.Input, c.Filter, multiplier, c.P) : Conv2D.OutputShape(c.Input, c.Filter, c.P);
        var actual = new sbyte[Size(outShape)];
        var stage = Int8OutputStage.Create(c.Iq.Scale, c.FilterScales, outChannels, c.Oq, c.P.Activation);
        if (depthwise)
            QuantizedDepthwiseConv2D.Run(input, c.Input, c.Iq.ZeroPoint, filter, c.Filter, bias, actual, multiplier, c.P, stage);
        else
            QuantizedConv2D.Run(input, c.Input, c.Iq.ZeroPoint, filter, c.Filter, bias, actual, c.P, stage);

        // Float side: dequantized input and filter (the filter's channel is its output channel).
        var realFilter = new float[filter.Length];
        for (int i = 0; i < filter.Length; i++)
        {
            int channel = depthwise ? i % outChannels : i / (filter.Length / outChannels);
            realFilter[i] = Scale(c, channel) * filter[i];
        }
        float[] realBias = c.Bias ? [.. Enumerable.Range(0, outChannels).Select(o => (float)((double)bias[o] * c.Iq.Scale * Scale(c, o)))] : [];
        var real = new float[actual.Length];
        var floatParams = c.P with { Activation = TflActivation.None };
        if (depthwise)
            DepthwiseConv2D.Run(Dequantized(input, c.Iq), c.Input, realFilter, c.Filter, realBias, real, multiplier, floatParams);
        else
            Conv2D.Run(Dequantized(input, c.Iq), c.Input, realFilter, c.Filter, realBias, real, floatParams);
        var (lo, hi) = Range(c.P.Activation, c.Oq);
        var expected = real.Select(v => Math.Clamp(Requantize(v, c.Oq), lo, hi)).ToArray();
        AssertWithinOne(expected, actual, $"{(depthwise ? "depthwise" : "conv")} {string.Join("x", c.Input)} * {string.Join("x", c.Filter)} {c.P}");
    }

    [Fact]
    public void Conv2DIsWithinOneStepOfTheFloatConvolution() => Check(r => CheckAgainstFloat(r, depthwise: false), count: 60);

    [Fact]
    public void DepthwiseConv2DIsWithinOneStepOfTheFloatConvolution() => Check(r => CheckAgainstFloat(r, depthwise: true), count: 60);

    [Fact]
    public void PaddingTapsStandForTheInputZeroPoint()
    {
        // A 1x1 image of value zp with a 3x3 SAME filter of ones: only the centre tap is in the
        // image and it contributes (zp - zp) = 0, so the output is bias rescaled.
        var stage = Int8OutputStage.Create(0.5f, [0.25f], 1, new QuantParams(0.125f, 3), TflActivation.None);
        var output = new sbyte[1];
        QuantizedConv2D.Run([-7], [1, 1, 1, 1], -7, [1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 3, 3, 1], [10], output,
            new Conv2DParams(1, 1, 1, 1, TflPadding.Same, TflActivation.None), stage);
        // 10 · 0.5 · 0.25 / 0.125 = 10, plus zero point 3.
        Assert.Equal(13, output[0]);
        // Input 1 above the zero point: the centre adds 1 · 1 → acc 11 → 11 + 3.
        QuantizedConv2D.Run([-6], [1, 1, 1, 1], -7, [1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 3, 3, 1], [10], output,
            new Conv2DParams(1, 1, 1, 1, TflPadding.Same, TflActivation.None), stage);
        Assert.Equal(14, output[0]);
    }

    [Fact]
    public void EachChannelUsesItsOwnScaleAndResultsSaturate()
    {
        // Two output channels of the same accumulator (4 · 2 = 8) with filter scales 1 and 0.25:
        // 8 · 0.5 · 1 / 0.5 = 8 and 8 · 0.5 · 0.25 / 0.5 = 2; a third of scale 64 saturates.
        var stage = Int8OutputStage.Create(0.5f, [1f, 0.25f, 64f], 3, new QuantParams(0.5f, 0), TflActivation.None);
        Assert.Equal((1 << 30, 1), (stage.Multipliers[0], stage.Shifts[0]));
        var output = new sbyte[3];
        QuantizedConv2D.Run([4], [1, 1, 1, 1], 0, [2, 2, 2], [3, 1, 1, 1], [], output, Conv2DParams.Default, stage);
        Assert.Equal(new sbyte[] { 8, 2, 127 }, output);
        // Relu6 at scale 0.5, zero point 0: the range is [0, 12].
        var relu6 = Int8OutputStage.Create(0.5f, [1f, 1f, 1f], 3, new QuantParams(0.5f, 0), TflActivation.Relu6);
        QuantizedConv2D.Run([4], [1, 1, 1, 1], 0, [2, -2, 5], [3, 1, 1, 1], [], output, Conv2DParams.Default, relu6);
        Assert.Equal(new sbyte[] { 8, 0, 12 }, output);
    }

    [Fact]
    public void RescalingRoundsTiesAsGemmlowp()
    {
        // Scale 0.5 is multiplier 2^30 with shift 0: only the doubling high multiply rounds, and
        // its nudge sends ties up (1.5 → 2, -1.5 → -1). Scale 0.25 is 2^30 with shift -1: the
        // high multiply is exact (±3) and the rounding shift sends ties away from zero (±1.5 → ±2).
        var stage = Int8OutputStage.Create(1f, [0.5f, 0.5f, 0.25f, 0.25f], 4, new QuantParams(1f, 0), TflActivation.None);
        Assert.Equal([0, 0, -1, -1], stage.Shifts);
        var output = new sbyte[4];
        QuantizedDepthwiseConv2D.Run([3, -3, 6, -6], [1, 1, 1, 4], 0, [1, 1, 1, 1], [1, 1, 1, 4], [], output, 1, Conv2DParams.Default, stage);
        Assert.Equal(new sbyte[] { 2, -1, 2, -2 }, output);
    }

    [Fact]
    public void OutputStageRejectsAMismatchedScaleCount() =>
        Assert.Throws<ArgumentException>(() => Int8OutputStage.Create(1f, [1f, 2f], 3, new QuantParams(1f, 0), TflActivation.None));
}
