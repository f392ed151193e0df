using Lce.CodeGen.Reference;
using static Lce.Tests.CodeGen.Tfl.Int8TestSupport;
using static Lce.Tests.CodeGen.Tfl.TflTestSupport;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>Per-axis tfl.quantize / tfl.dequantize and int8 → int8 requantize.</summary>
public class PerAxisQuantizationTests
{
    private static PerAxisQuantParams RandomPerAxis(Random r, int[] shape, int axis) => new(
        [.. Enumerable.Range(0, shape[axis]).Select(_ => (float)Math.Pow(2, r.NextDouble() * 8 - 8))],
        [.. Enumerable.Range(0, shape[axis]).Select(_ => r.Next(-20, 21))], axis);

    [Fact]
    public void EachIndexOfTheAxisUsesItsOwnParameters() => Check(r =>
    {
        int rank = r.Next(1, 5);
        int[] shape = [.. Enumerable.Range(0, rank).Select(_ => r.Next(1, 6))];
        int axis = r.Next(rank);
        var q = RandomPerAxis(r, shape, axis);
        var values = Floats(r, Size(shape));
        var quantized = new sbyte[values.Length];
        PerAxisQuantization.Quantize(values, shape, quantized, q);
        var back = new float[values.Length];
        PerAxisQuantization.Dequantize(quantized, shape, back, q);
        for (int i = 0; i < values.Length; i++)
        {
            int c = Unflatten(i, shape)[axis];
            var p = new QuantParams(q.Scales[c], q.ZeroPoints[c]);
            // Quantize equals the per-tensor kernel with this channel's parameters.
            var single = new sbyte[1];
            QuantizedInt8.Quantize([values[i]], single, p);
            Assert.Equal(single[0], quantized[i]);
            Assert.Equal(q.Scales[c] * (float)(quantized[i] - q.ZeroPoints[c]), back[i]);
            // Not saturated → the round trip is within half a step.
            if (quantized[i] is > -128 and < 127)
                Assert.True(Math.Abs(back[i] - values[i]) <= q.Scales[c] * 0.5f * 1.0001f, $"element {i}");
        }
    });

    [Fact]
    public void QuantizeRoundsTiesAwayAndSaturatesPerChannel()
    {
        var q = new PerAxisQuantParams([1f, 0.5f], [0, 10], 1);
        var output = new sbyte[6];
        PerAxisQuantization.Quantize([0.5f, 0.25f, -0.5f, -0.25f, 500f, -500f], [3, 2], output, q);
        Assert.Equal(new sbyte[] { 1, 11, -1, 9, 127, -128 }, output);
    }

    [Fact]
    public void DequantizesWeightsAlongTheirOutputChannel()
    {
        // A [2, 3] weight quantized along axis 0 (a fully_connected filter).
        var output = new float[6];
        PerAxisQuantization.Dequantize([1, 2, 3, 4, 5, 6], [2, 3], output, new PerAxisQuantParams([0.5f, 0.25f], [0, 0], 0));
        Assert.Equal([0.5f, 1f, 1.5f, 1f, 1.25f, 1.5f], output);
    }

    [Fact]
    public void MismatchedParameterCountsAreRejected() =>
        Assert.Throws<ArgumentException>(() => PerAxisQuantization.Dequantize(new sbyte[6], [2, 3], new float[6], new PerAxisQuantParams([1f], [0], 1)));

    [Fact]
    public void RequantizeIsWithinOneStepOfTheRealValue() => Check(r =>
    {
        QuantParams iq = RandomQuant(r), oq = RandomQuant(r);
        var input = Int8s(r, 64);
        var output = new sbyte[64];
        PerAxisQuantization.Requantize(input, iq, output, oq);
        AssertWithinOne([.. input.Select(v => Requantize(Real(v, iq), oq))], output);
    }, count: 300);

    [Fact]
    public void RequantizeWithEqualScalesOnlyShiftsTheZeroPoint()
    {
        var output = new sbyte[4];
        PerAxisQuantization.Requantize([-128, 0, 100, 127], new QuantParams(0.5f, 0), output, new QuantParams(0.5f, 20));
        Assert.Equal(new sbyte[] { -108, 20, 120, 127 }, output);
    }
}
