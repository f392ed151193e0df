using Lce.CodeGen.Reference;
using static Lce.Tests.CodeGen.Tfl.Int8TestSupport;
using static Lce.Tests.CodeGen.Tfl.TflTestSupport;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>Int8 sub/mul, the relu family, the logistic/tanh tables and softmax against real-number formulations.</summary>
public class QuantizedElementwiseTests
{
    [Theory]
    [InlineData(ArithmeticOp.Sub)]
    [InlineData(ArithmeticOp.Mul)]
    public void SubAndMulAreWithinOneStepOfTheRealResult(ArithmeticOp op) => Check(r =>
    {
        int[] xShape = [r.Next(1, 4), r.Next(1, 6)], yShape = r.Next(3) switch { 0 => [xShape[1]], 1 => [xShape[0], 1], _ => [] };
        QuantParams xq = RandomQuant(r), yq = RandomQuant(r);
        var oq = op == ArithmeticOp.Mul ? new QuantParams(xq.Scale * yq.Scale * (float)Math.Pow(2, r.NextDouble() * 8 + 4), r.Next(-20, 21)) : RandomQuant(r);
        var act = Activation(r);
        var x = Int8s(r, Size(xShape));
        var y = Int8s(r, Size(yShape));
        var actual = new sbyte[x.Length];
        QuantizedArithmetic.Run(op, x, xShape, xq, y, yShape, yq, actual, oq, act);
        var (lo, hi) = Range(act, oq);
        var expected = new int[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            int yi = yShape.Length == 0 ? 0 : yShape.Length == 1 ? i % xShape[1] : i / xShape[1];
            double a = Real(x[i], xq), b = Real(y[yi], yq);
            expected[i] = Math.Clamp(Requantize(op == ArithmeticOp.Sub ? a - b : a * b, oq), lo, hi);
        }
        AssertWithinOne(expected, actual, op.ToString());
    }, count: 300);

    [Fact]
    public void AddRejectsAnOutputScaleTooSmallForTheInputs() =>
        Assert.Throws<ArgumentException>(() => QuantizedArithmetic.Combiner(ArithmeticOp.Add, new(1f, 0), new(1f, 0), new(1e-7f, 0)));

    [Fact]
    public void MulOfZeroPointsIsTheOutputZeroPoint()
    {
        var output = new sbyte[2];
        QuantizedArithmetic.Run(ArithmeticOp.Mul, [5, 5], [2], new(0.1f, 5), [-3], [], new(0.2f, -3), output, new(0.05f, 7), TflActivation.None);
        Assert.Equal(new sbyte[] { 7, 7 }, output);
    }

    [Fact]
    public void ReluFamilyRescalesThenClamps() => Check(r =>
    {
        QuantParams iq = RandomQuant(r), oq = RandomQuant(r);
        var (lo, hi) = r.Next(3) switch { 0 => (0f, float.PositiveInfinity), 1 => (0f, 6f), _ => (-1f, 1f) };
        var input = Int8s(r, 64);
        var actual = new sbyte[64];
        QuantizedActivations.ReluX(input, iq, actual, oq, lo, hi);
        int qlo = Math.Max(-128, Requantize(lo, oq));
        int qhi = float.IsPositiveInfinity(hi) ? 127 : Math.Min(127, Requantize(hi, oq));
        AssertWithinOne([.. input.Select(v => Math.Clamp(Requantize(Real(v, iq), oq), qlo, qhi))], actual);
        // The clamp bounds themselves are exact.
        Assert.All(actual, v => Assert.InRange(v, qlo, qhi));
    }, count: 300);

    [Fact]
    public void LogisticAndTanhTablesMatchTheRealFunctions() => Check(r =>
    {
        var iq = new QuantParams((float)Math.Pow(2, r.NextDouble() * 8 - 9), r.Next(-128, 128));
        QuantParams lq = new(1f / 256, -128), tq = new(1f / 128, 0);
        var logistic = QuantizedActivations.LogisticTable(iq, lq);
        var tanh = QuantizedActivations.TanhTable(iq, tq);
        var input = Int8s(r, 64);
        var (lout, tout) = (new sbyte[64], new sbyte[64]);
        QuantizedActivations.Lookup(input, logistic, lout);
        QuantizedActivations.Lookup(input, tanh, tout);
        AssertWithinOne([.. input.Select(v => Requantize(1 / (1 + Math.Exp(-Real(v, iq))), lq))], lout, "logistic");
        AssertWithinOne([.. input.Select(v => Requantize(Math.Tanh(Real(v, iq)), tq))], tout, "tanh");
    });

    [Fact]
    public void LogisticTableSaturatesAtOne()
    {
        // Real 1.0 is 256 steps above -128: it saturates to 127; real 0 is -128 + 128 = 0 for 0.5.
        var table = QuantizedActivations.LogisticTable(new QuantParams(0.5f, 0), new QuantParams(1f / 256, -128));
        Assert.Equal(127, table[(byte)(sbyte)100]);
        Assert.Equal(0, table[0]);
        Assert.Equal(-128, table[unchecked((byte)(sbyte)-100)]);
    }

    [Fact]
    public void SoftmaxIsWithinOneStepOfTheRealDistribution() => Check(r =>
    {
        int rows = r.Next(1, 4), depth = r.Next(1, 131);
        var iq = RandomQuant(r);
        float beta = r.Next(2) == 0 ? 1f : (float)(r.NextDouble() * 2 + 0.1);
        var oq = new QuantParams(1f / 256, -128);
        var input = Int8s(r, rows * depth);
        var actual = new sbyte[input.Length];
        QuantizedSoftmax.Run(input, [rows, depth], actual, QuantizedSoftmax.ExpTable(iq.Scale, beta), oq);
        var expected = new int[input.Length];
        for (int row = 0; row < rows; row++)
        {
            var x = input.AsSpan(row * depth, depth).ToArray().Select(v => Real(v, iq) * beta).ToArray();
            double max = x.Max(), sum = x.Sum(v => Math.Exp(v - max));
            for (int j = 0; j < depth; j++)
                expected[row * depth + j] = Requantize(Math.Exp(x[j] - max) / sum, oq);
        }
        AssertWithinOne(expected, actual);
    });

    [Fact]
    public void SoftmaxOfEqualValuesSplitsEvenly()
    {
        var actual = new sbyte[4];
        QuantizedSoftmax.Run([3, 3, 3, 3], [1, 4], actual, QuantizedSoftmax.ExpTable(0.1f, 1f), new QuantParams(1f / 256, -128));
        // 1/4 · 256 = 64 → -128 + 64.
        Assert.Equal(new sbyte[] { -64, -64, -64, -64 }, actual);
    }
}
