using Lce.CodeGen.Reference;
using static Lce.Tests.CodeGen.Tfl.TflTestSupport;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>
/// Int8 quantize/dequantize, TFLite's fixed-point rescaling, and the int8 add and
/// fully_connected against real-number formulations (within one quantization step, the
/// approximation budget of Q31 multipliers with double rounding).
/// </summary>
public class QuantizedInt8Tests
{
    private static QuantParams RandomQuant(Random r) => new((float)Math.Pow(2, r.NextDouble() * 8 - 8), r.Next(-20, 21));

    private static sbyte[] Int8s(Random r, int n)
    {
        var values = new sbyte[n];
        for (int i = 0; i < n; i++)
            values[i] = (sbyte)r.Next(-128, 128);
        return values;
    }

    private static int Saturate(double q) => (int)Math.Clamp(q, -128, 127);

    [Fact]
    public void QuantizeRoundsHalfAwayFromZeroAndSaturates()
    {
        var output = new sbyte[6];
        QuantizedInt8.Quantize([0.5f, -0.5f, 2.5f, 1000f, -1000f, float.NaN], output, new QuantParams(1f, 0));
        Assert.Equal(new sbyte[] { 1, -1, 3, 127, -128, -128 }, output);
        QuantizedInt8.Quantize([0f, 0.25f], output.AsSpan(0, 2), new QuantParams(0.5f, -3));
        Assert.Equal(new sbyte[] { -3, -2 }, output[..2]);
    }

    [Fact]
    public void DequantizeThenQuantizeIsTheIdentity() => Check(r =>
    {
        var q = RandomQuant(r);
        var values = Int8s(r, 50);
        var real = new float[values.Length];
        QuantizedInt8.Dequantize(values, real, q);
        for (int i = 0; i < values.Length; i++)
            Assert.Equal((float)((double)q.Scale * (values[i] - q.ZeroPoint)), real[i]);
        var back = new sbyte[values.Length];
        QuantizedInt8.Quantize(real, back, q);
        Assert.Equal(values, back);
    });

    [Fact]
    public void FixedPointPrimitivesRoundAsGemmlowp()
    {
        Assert.Equal(3, FixedPoint.RoundingDivideByPOT(5, 1));
        Assert.Equal(-3, FixedPoint.RoundingDivideByPOT(-5, 1));
        Assert.Equal(-2, FixedPoint.RoundingDivideByPOT(-6, 2));
        Assert.Equal(-1, FixedPoint.RoundingDivideByPOT(-5, 2));
        Assert.Equal(7, FixedPoint.RoundingDivideByPOT(7, 0));
        Assert.Equal(int.MaxValue, FixedPoint.SaturatingRoundingDoublingHighMul(int.MinValue, int.MinValue));
        Assert.Equal(1 << 29, FixedPoint.SaturatingRoundingDoublingHighMul(1 << 30, 1 << 30));
        Assert.Equal((1 << 30, 0), FixedPoint.QuantizeMultiplier(0.5));
        Assert.Equal((1 << 30, 1), FixedPoint.QuantizeMultiplier(1.0));
        Assert.Equal((1610612736, -2), FixedPoint.QuantizeMultiplier(0.1875));
        Assert.Equal((1 << 30, 1), FixedPoint.QuantizeMultiplier(1 - Math.Pow(2, -40)));
        Assert.Equal((0, 0), FixedPoint.QuantizeMultiplier(Math.Pow(2, -40)));
        Assert.Equal((0, 0), FixedPoint.QuantizeMultiplier(0));
    }

    [Fact]
    public void QuantizedMultiplicationIsWithinOneOfTheRealProduct() => Check(r =>
    {
        double m = Math.Pow(2, r.NextDouble() * 30 - 24);
        int x = r.Next(-(1 << 20), 1 << 20);
        var (mult, shift) = FixedPoint.QuantizeMultiplier(m);
        int result = FixedPoint.MultiplyByQuantizedMultiplier(x, mult, shift);
        Assert.True(Math.Abs(result - x * m) <= 1, $"{x} * {m} gave {result}");
    }, count: 1000);

    [Fact]
    public void Int8AddIsWithinOneStepOfTheRealSum() => Check(r =>
    {
        int[] xShape = [r.Next(1, 4), r.Next(1, 6)], yShape = r.Next(2) == 0 ? [xShape[1]] : [xShape[0], 1];
        QuantParams xq = RandomQuant(r), yq = RandomQuant(r), oq = RandomQuant(r);
        var act = Activation(r);
        var x = Int8s(r, Size(xShape));
        var y = Int8s(r, Size(yShape));
        var actual = new sbyte[Size(xShape)];
        QuantizedArithmetic.Run(ArithmeticOp.Add, x, xShape, xq, y, yShape, yq, actual, oq, act);
        var (lo, hi) = QuantizedInt8.ActivationRange(act, oq);
        for (int i = 0; i < actual.Length; i++)
        {
            int row = i / xShape[1], col = i % xShape[1];
            int yi = yShape.Length == 1 ? col : row;
            double real = (double)xq.Scale * (x[i] - xq.ZeroPoint) + (double)yq.Scale * (y[yi] - yq.ZeroPoint);
            int expected = Math.Clamp(Saturate(Math.Round(real / oq.Scale) + oq.ZeroPoint), lo, hi);
            Assert.True(Math.Abs(actual[i] - expected) <= 1, $"element {i}: {actual[i]} vs {expected}");
        }
    }, count: 300);

    [Fact]
    public void Int8ActivationRangeQuantizesTheBounds()
    {
        Assert.Equal((-5, 127), QuantizedInt8.ActivationRange(TflActivation.Relu, new QuantParams(0.1f, -5)));
        Assert.Equal((-5, 55), QuantizedInt8.ActivationRange(TflActivation.Relu6, new QuantParams(0.1f, -5)));
        Assert.Equal((-128, 127), QuantizedInt8.ActivationRange(TflActivation.ReluN1To1, new QuantParams(0.001f, 0)));
        Assert.Equal((-128, 127), QuantizedInt8.ActivationRange(TflActivation.None, new QuantParams(0.1f, 3)));
    }

    [Fact]
    public void Int8FullyConnectedIsWithinOneStepOfTheRealProduct() => Check(r =>
    {
        int batches = r.Next(1, 4), accum = r.Next(1, 131), outDepth = r.Next(1, 9);
        QuantParams iq = RandomQuant(r), wq = new((float)Math.Pow(2, r.NextDouble() * 6 - 10), r.Next(-3, 4));
        var oq = new QuantParams(iq.Scale * wq.Scale * (float)Math.Pow(2, r.NextDouble() * 6 + 2), r.Next(-10, 11));
        var act = Activation(r);
        var input = Int8s(r, batches * accum);
        var weights = Int8s(r, outDepth * accum);
        int[] bias = r.Next(2) == 0 ? [.. Enumerable.Range(0, outDepth).Select(_ => r.Next(-5000, 5000))] : [];
        var actual = new sbyte[batches * outDepth];
        QuantizedFullyConnected.Run(input, [batches, accum], iq.ZeroPoint, weights, [outDepth, accum], wq.ZeroPoint, bias, actual,
            Int8OutputStage.Create(iq.Scale, [wq.Scale], outDepth, oq, act));
        var (lo, hi) = QuantizedInt8.ActivationRange(act, oq);
        for (int b = 0; b < batches; b++)
        for (int o = 0; o < outDepth; o++)
        {
            long acc = bias.Length > 0 ? bias[o] : 0;
            for (int d = 0; d < accum; d++)
                acc += (long)(weights[o * accum + d] - wq.ZeroPoint) * (input[b * accum + d] - iq.ZeroPoint);
            double real = (double)iq.Scale * wq.Scale * acc;
            int expected = Math.Clamp(Saturate(Math.Round(real / oq.Scale) + oq.ZeroPoint), lo, hi);
            int got = actual[b * outDepth + o];
            Assert.True(Math.Abs(got - expected) <= 1, $"({b}, {o}): {got} vs {expected}");
        }
    }, count: 300);
}
