using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Reference;
using Lce.Dialects.Lq;

namespace Lce.Tests.CodeGen.LceKernels;

/// <summary>
/// The reference Bconv2d with float output against <see cref="DirectBinaryConv"/>: same-one,
/// VALID and (with even channel counts, as Prepare requires) same-zero through the Cg/2
/// accumulator rule; and same-zero through one-padding plus <see cref="ZeroPaddingCorrection"/>.
/// </summary>
public class Bconv2dFloatTests
{
    [Fact]
    public void FloatOutputEqualsDirectConvolution() =>
        Prop.ForAll(BconvCase.Gen().ToArbitrary(), c => { if (!(c.SameZero && c.ChannelsIn % 2 != 0)) CheckFloat(c); })
            .Check(BconvCase.Cases(150));

    [Fact]
    public void SameZeroFloatOutputEqualsZeroPaddedConvolution() =>
        Prop.ForAll(BconvCase.Gen(evenChannels: true).ToArbitrary(), c => CheckFloat(c with { Padding = LcePadding.Same, PadValue = 0 }))
            .Check(BconvCase.Cases(100));

    [Fact]
    public void OnePaddingPlusCorrectionEqualsZeroPaddedConvolution() =>
        Prop.ForAll(BconvCase.Gen().ToArbitrary(), c0 =>
        {
            // LCE applies the correction to float output with no activation; odd channel counts
            // are fine here because the correction is exact for any Cg.
            var c = c0 with { Padding = LcePadding.Same, PadValue = 0, Activation = Bconv2dActivation.None };
            var d = c.Data();
            var geometry = Bconv2dGeometry.Create(c.Params with { PadValue = 1 }, d.PackedInputShape(c), d.PackedFilterShape(c));
            var transform = Bconv2dOutputTransform.Create(d.Multipliers, d.Biases, geometry.BacktransformAdd, c.Activation);
            var output = new float[geometry.OutputShape().Aggregate(1, (a, b) => a * b)];
            var packedFilter = d.PackedFilter(c);
            Bconv2d.Float(geometry, d.PackedInput(c), packedFilter, transform, output);
            ZeroPaddingCorrection.Apply(geometry, packedFilter, d.Multipliers, output);
            var (dots, _, _) = DirectBinaryConv.Dots(c, d, zeroPadding: true);
            Compare(c, d, DirectBinaryConv.Outputs(c, d, dots), output);
        }).Check(BconvCase.Cases(100));

    private static void CheckFloat(BconvCase c)
    {
        var d = c.Data();
        var geometry = Bconv2dGeometry.Create(c.Params, d.PackedInputShape(c), d.PackedFilterShape(c));
        var (dots, ho, wo) = DirectBinaryConv.Dots(c, d, zeroPadding: c.SameZero);
        Assert.Equal([c.Batches, ho, wo, c.ChannelsOut], geometry.OutputShape());
        Assert.Equal(c.Groups, geometry.Groups);
        Assert.Equal([c.Batches, ho, wo, Bitpacking.PackedSize(c.ChannelsOut)],
            Bconv2d.OutputShape(c.Params, d.PackedInputShape(c), d.PackedFilterShape(c), bitpacked: true));
        var transform = Bconv2dOutputTransform.Create(d.Multipliers, d.Biases, geometry.BacktransformAdd, c.Activation);
        var output = new float[dots.Length];
        Bconv2d.Float(geometry, d.PackedInput(c), d.PackedFilter(c), transform, output);
        Compare(c, d, DirectBinaryConv.Outputs(c, d, dots), output);
    }

    private static void Compare(BconvCase c, BconvData d, double[] expected, float[] actual)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            double tol = DirectBinaryConv.Tolerance(c, d, i % c.ChannelsOut, expected[i]);
            if (Math.Abs(actual[i] - expected[i]) > tol)
                throw new Xunit.Sdk.XunitException($"{c}: output {i} is {actual[i]:R}, expected {expected[i]:R} (±{tol:R})");
        }
    }

    [Fact]
    public void OutputTransformSetupFollowsLce()
    {
        // K = 18, RELU6: clamp on 2·accum is [K − 6, K − 0]; mult' = −m, bias' = b + K·m in double.
        var t = Bconv2dOutputTransform.Create([0.1f, -2f], [0.3f, 1f], 18, Bconv2dActivation.Relu6);
        Assert.Equal((12, 18), (t.ClampMin, t.ClampMax));
        Assert.Equal(-0.1f, t.Multipliers[0]);
        Assert.Equal((float)(0.3f + 18.0 * 0.1f), t.Biases[0]);
        Assert.Equal(2f, t.Multipliers[1]);
        Assert.Equal(-35f, t.Biases[1]);
        // accum 3: 2·3 = 6 clamps to 12, i.e. the activation's upper bound 6 = K − 12.
        Assert.Equal(12f * 2f + -35f, t.Float(3, 1));
        // NONE narrows (INT32_MIN, INT32_MAX) to [−K, K]: [0, 2K] on 2·accum. Int8 folds scale and zero point.
        var q = Bconv2dOutputTransform.Create([1f], [0f], 5, Bconv2dActivation.None, scale: 0.5f, zeroPoint: 3);
        Assert.Equal((0, 10), (q.ClampMin, q.ClampMax));
        Assert.Equal(-2f, q.Multipliers[0]);
        Assert.Equal(13f, q.Biases[0]);
    }

    [Fact]
    public void GroupsComeFromTheFilterDepth()
    {
        var p = new Bconv2dParams(128, 1, 1, 1, 1, LcePadding.Valid, 0, Bconv2dActivation.None);
        Assert.Equal(4, Bconv2dGeometry.Create(p, [1, 3, 3, 4], [8, 3, 3, 1]).Groups);
        Assert.Equal(2, Bconv2dGeometry.Create(p, [1, 3, 3, 4], [8, 3, 3, 2]).Groups);
        Assert.Equal(1, Bconv2dGeometry.Create(p, [1, 3, 3, 4], [8, 3, 3, 4]).Groups);
        Assert.Null(Bconv2dGeometry.TryCreate(p, [1, 3, 3, 4], [8, 3, 3, 3], true, out string e1));
        Assert.Contains("does not divide", e1);
        Assert.Null(Bconv2dGeometry.TryCreate(p, [1, 3, 3, 4], [6, 3, 3, 1], true, out string e2));
        Assert.Contains("not divisible", e2);
        // 80 channels in 3 words: 3 groups would not hold a multiple of 32 channels each.
        Assert.Null(Bconv2dGeometry.TryCreate(p with { ChannelsIn = 80 }, [1, 3, 3, 3], [6, 3, 3, 1], true, out string e3));
        Assert.Contains("multiple of 32", e3);
    }

    [Fact]
    public void PrepareRejectsBadOptions()
    {
        var p = new Bconv2dParams(7, 1, 1, 1, 1, LcePadding.Same, 0, Bconv2dActivation.None);
        Assert.Null(Bconv2dGeometry.TryCreate(p, [1, 3, 3, 1], [2, 3, 3, 1], true, out string odd));
        Assert.Contains("even", odd);
        Assert.NotNull(Bconv2dGeometry.TryCreate(p, [1, 3, 3, 1], [2, 3, 3, 1], false, out _));
        Assert.Null(Bconv2dGeometry.TryCreate(p with { PadValue = 2 }, [1, 3, 3, 1], [2, 3, 3, 1], true, out string pad));
        Assert.Contains("pad_values", pad);
        Assert.Null(Bconv2dGeometry.TryCreate(p with { ChannelsIn = 40 }, [1, 3, 3, 1], [2, 3, 3, 1], true, out string words));
        Assert.Contains("words per pixel", words);
        Assert.Null(Bconv2dGeometry.TryCreate(p with { StrideWidth = 0 }, [1, 3, 3, 1], [2, 3, 3, 1], true, out _));
    }

    [Fact]
    public void SameZeroWithOddGroupChannelsCountsHalfPerOutsideTap()
    {
        // Two input channels of +1 and a 3×3 filter of +1 (Cg = 2, K = 18): the SAME corner
        // output has 5 outside taps, each adding Cg/2 = 1, and inside taps add 0. So accum = 5
        // and the dot K − 2·5 = 8 is what zero padding gives (4 inside taps × 2 channels).
        var p = new Bconv2dParams(2, 1, 1, 1, 1, LcePadding.Same, 0, Bconv2dActivation.None);
        var g = Bconv2dGeometry.Create(p, [1, 3, 3, 1], [1, 3, 3, 1]);
        var acc = new int[9];
        Bconv2d.Accumulate(g, new int[9], new int[9], acc);
        Assert.Equal([5, 3, 5, 3, 0, 3, 5, 3, 5], acc);
        // Same-one reads outside pixels as +1: every accumulator is 0.
        Bconv2d.Accumulate(Bconv2dGeometry.Create(p with { PadValue = 1 }, [1, 3, 3, 1], [1, 3, 3, 1]), new int[9], new int[9], acc);
        Assert.All(acc, a => Assert.Equal(0, a));
        Assert.Equal(9 * 2, g.BacktransformAdd);
        Assert.Equal(Bitpacking.PackedSize(2), g.GroupWords);
    }
}
