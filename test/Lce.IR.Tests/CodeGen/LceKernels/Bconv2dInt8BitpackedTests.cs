using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Reference;
using Lce.Dialects.Lq;
using Lce.Transforms.Larq.Optimize;

namespace Lce.Tests.CodeGen.LceKernels;

/// <summary>
/// Bconv2d with bitpacked output (thresholds from the optimize pass's arithmetic) and with int8
/// output (round half away from zero, saturate), against <see cref="DirectBinaryConv"/>.
/// </summary>
public class Bconv2dInt8BitpackedTests
{
    [Fact]
    public void BitpackedOutputIsTheSignOfTheFloatOutput() =>
        Prop.ForAll(BconvCase.Gen().ToArbitrary(), c =>
        {
            if (c.SameZero && c.ChannelsIn % 2 != 0) return;
            var d = c.Data();
            var geometry = Bconv2dGeometry.Create(c.Params, d.PackedInputShape(c), d.PackedFilterShape(c));
            // As the optimize pass does: channels with a negative multiplier get flipped weights,
            // and the thresholds come from (m, b, K, activation).
            var flipped = (float[])d.Filter.Clone();
            int perChannel = c.FilterHeight * c.FilterWidth * c.ChannelsPerGroup;
            for (int i = 0; i < flipped.Length; i++) flipped[i] *= BitpackedOutputThresholds.FilterSign(d.Multipliers[i / perChannel]);
            var thresholds = BitpackedOutputThresholds.Compute(d.Multipliers, d.Biases, c.BacktransformAdd, c.ActivationName);
            var output = new int[geometry.BitpackedOutputShape().Aggregate(1, (a, b) => a * b)];
            Bconv2d.Bitpacked(geometry, d.PackedInput(c), Bitpacking.PackF32(flipped, c.ChannelsPerGroup), thresholds, output);

            var (dots, _, _) = DirectBinaryConv.Dots(c, d, zeroPadding: c.SameZero);
            var y = DirectBinaryConv.Outputs(c, d, dots);
            int words = Bitpacking.PackedSize(c.ChannelsOut);
            for (int i = 0; i < y.Length; i++)
            {
                int pixel = i / c.ChannelsOut, co = i % c.ChannelsOut;
                if (Math.Abs(y[i]) <= DirectBinaryConv.Tolerance(c, d, co, y[i])) continue;
                bool bit = ((output[pixel * words + co / 32] >> (co % 32)) & 1) != 0;
                if (bit != y[i] < 0)
                    throw new Xunit.Sdk.XunitException($"{c}: pixel {pixel} channel {co}: bit {bit}, float output {y[i]:R}");
            }
            if (c.ChannelsOut % 32 != 0)
                for (int p = 0; p < output.Length / words; p++)
                    Assert.Equal(0, output[p * words + words - 1] >>> (c.ChannelsOut % 32));
        }).Check(BconvCase.Cases(150));

    [Fact]
    public void Int8OutputRoundsTheFloatMath() =>
        Prop.ForAll(BconvCase.Gen().ToArbitrary(), FsCheck.Fluent.Gen.Choose(1, 400).ToArbitrary(), FsCheck.Fluent.Gen.Choose(-30, 30).ToArbitrary(), (c, scaleSteps, zp) =>
        {
            if (c.SameZero && c.ChannelsIn % 2 != 0) return;
            float scale = scaleSteps / 200f;
            var d = c.Data();
            var geometry = Bconv2dGeometry.Create(c.Params, d.PackedInputShape(c), d.PackedFilterShape(c));
            var transform = Bconv2dOutputTransform.Create(d.Multipliers, d.Biases, geometry.BacktransformAdd, c.Activation, scale, zp);
            var output = new sbyte[geometry.OutputShape().Aggregate(1, (a, b) => a * b)];
            Bconv2d.Int8(geometry, d.PackedInput(c), d.PackedFilter(c), transform, output);

            var (dots, _, _) = DirectBinaryConv.Dots(c, d, zeroPadding: c.SameZero);
            var y = DirectBinaryConv.Outputs(c, d, dots);
            for (int i = 0; i < y.Length; i++)
            {
                double q = y[i] / scale + zp;
                double tol = DirectBinaryConv.Tolerance(c, d, i % c.ChannelsOut, y[i]) / scale + 1e-5 * Math.Abs(q);
                // A value within rounding of a half-integer may round either way.
                if (Math.Abs(q - Math.Floor(q) - 0.5) <= tol) continue;
                int expected = (int)Math.Clamp(Math.Round(q, MidpointRounding.AwayFromZero), -128, 127);
                if (output[i] != expected)
                    throw new Xunit.Sdk.XunitException($"{c}, scale {scale}, zp {zp}: output {i} is {output[i]}, expected {expected} (q = {q:R})");
            }
        }).Check(BconvCase.Cases(100));

    [Fact]
    public void Int8TiesRoundAwayFromZero()
    {
        // m = 0.5, b = 0 and K = 9 (3×3, one channel): the float output 4.5 − accum is an exact
        // half-integer, and LCE's portable path rounds it away from zero.
        var p = new Bconv2dParams(1, 1, 1, 1, 1, LcePadding.Valid, 0, Bconv2dActivation.None);
        var rng = new Random(7);
        var input = new float[6 * 6];
        for (int i = 0; i < input.Length; i++) input[i] = rng.Next(2) == 0 ? 1f : -1f;
        var filter = new float[9];
        for (int i = 0; i < filter.Length; i++) filter[i] = rng.Next(2) == 0 ? 1f : -1f;
        var g = Bconv2dGeometry.Create(p, [1, 6, 6, 1], [1, 3, 3, 1]);
        var packedInput = Bitpacking.PackF32(input, 1);
        var packedFilter = Bitpacking.PackF32(filter, 1);
        var acc = new int[16];
        Bconv2d.Accumulate(g, packedInput, packedFilter, acc);
        var output = new sbyte[16];
        Bconv2d.Int8(g, packedInput, packedFilter, Bconv2dOutputTransform.Create([0.5f], [0f], 9, Bconv2dActivation.None), output);
        for (int i = 0; i < 16; i++)
            Assert.Equal(acc[i] <= 4 ? 5 - acc[i] : 4 - acc[i], output[i]);
        Assert.Contains(acc, a => a >= 5);
        Assert.Contains(acc, a => a <= 4);
    }

    [Fact]
    public void Int8SaturatesAndOutOfRangeFollowsX86()
    {
        var t = Bconv2dOutputTransform.Create([-100f], [0f], 4, Bconv2dActivation.None);
        Assert.Equal(127, t.Int8(4, 0));     // (4 − 2·4)·(−100) = 400 saturates high
        Assert.Equal(-128, t.Int8(0, 0));    // (4 − 0)·(−100) = −400 saturates low
        // A float beyond int32 converts to INT32_MIN (cvttss2si) before saturation.
        Assert.Equal(int.MinValue, LceRounding.TfLiteRoundToInt32(3e9f));
        Assert.Equal(int.MinValue, LceRounding.TfLiteRoundToInt32(float.NaN));
        Assert.Equal(-3, LceRounding.TfLiteRoundToInt32(-2.5f));
        Assert.Equal(3, LceRounding.TfLiteRoundToInt32(2.5f));
        Assert.Equal(2, LceRounding.TfLiteRoundToInt32(2.4999998f));
    }
}
