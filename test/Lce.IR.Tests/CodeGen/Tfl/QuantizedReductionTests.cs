using Lce.CodeGen.Reference;
using static Lce.Tests.CodeGen.Tfl.Int8TestSupport;
using static Lce.Tests.CodeGen.Tfl.TflTestSupport;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>Int8 pooling, mean and per-channel fully_connected against real-number formulations, and their exact rounding rules.</summary>
public class QuantizedReductionTests
{
    [Fact]
    public void PoolingMatchesTheFloatKernelsOnDequantizedData() => Check(r =>
    {
        int[] shape = [r.Next(1, 3), r.Next(1, 8), r.Next(1, 8), r.Next(1, 131)];
        var p = new Pool2DParams(r.Next(1, 4), r.Next(1, 4), r.Next(1, 3), r.Next(1, 3), r.Next(2) == 0 ? TflPadding.Same : TflPadding.Valid, Activation(r));
        if (p.Padding == TflPadding.Valid && (shape[1] < p.FilterH || shape[2] < p.FilterW))
            p = p with { Padding = TflPadding.Same };
        var q = RandomQuant(r);
        var input = Int8s(r, Size(shape));
        int n = Size(Pool2D.OutputShape(shape, p));
        var (lo, hi) = Range(p.Activation, q);
        var floatParams = p with { Activation = TflActivation.None };
        var (maxOut, avgOut, realMax, realAvg) = (new sbyte[n], new sbyte[n], new float[n], new float[n]);
        QuantizedPooling.MaxPool(input, shape, maxOut, p, q);
        QuantizedPooling.AveragePool(input, shape, avgOut, p, q);
        Pool2D.MaxPool(Dequantized(input, q), shape, realMax, floatParams);
        Pool2D.AveragePool(Dequantized(input, q), shape, realAvg, floatParams);
        // Max moves stored values: exact. The average rounds once: within one step.
        Assert.Equal(realMax.Select(v => Math.Clamp(Requantize(v, q), lo, hi)).ToArray(), maxOut.Select(v => (int)v).ToArray());
        AssertWithinOne([.. realAvg.Select(v => Math.Clamp(Requantize(v, q), lo, hi))], avgOut);
    }, count: 100);

    [Fact]
    public void AveragePoolRoundsHalfAwayFromZero()
    {
        var output = new sbyte[2];
        var p = new Pool2DParams(2, 1, 1, 1, TflPadding.Valid, TflActivation.None);
        // (1 + 2) / 2 = 1.5 → 2 and (-1 - 2) / 2 = -1.5 → -2, per channel.
        QuantizedPooling.AveragePool([1, -1, 2, -2], [1, 2, 1, 2], output, p, new QuantParams(1f, 0));
        Assert.Equal(new sbyte[] { 2, -2 }, output);
    }

    [Fact]
    public void MeanIsWithinOneStepOfTheRealMean() => Check(r =>
    {
        int rank = r.Next(1, 5);
        int[] shape = [.. Enumerable.Range(0, rank).Select(_ => r.Next(1, 7))];
        int[] axes = [.. Enumerable.Range(0, rank).Where(_ => r.Next(2) == 0).Select(a => r.Next(2) == 0 ? a - rank : a)];
        if (axes.Length == 0)
            axes = [r.Next(rank)];
        QuantParams iq = RandomQuant(r), oq = RandomQuant(r);
        var input = Int8s(r, Size(shape));
        var realMean = new float[Size(Mean.OutputShape(shape, axes, keepDims: true))];
        Mean.Run(Dequantized(input, iq), shape, axes, realMean);
        var actual = new sbyte[realMean.Length];
        QuantizedMean.Run(input, shape, axes, iq, actual, oq);
        AssertWithinOne([.. realMean.Select(v => Requantize(v, oq))], actual, $"[{string.Join(",", shape)}] axes [{string.Join(",", axes)}]");
    }, count: 300);

    [Fact]
    public void MeanFoldsOneOverCountIntoTheMultiplier()
    {
        // Equal scales: multiplier 2^30 with shift 1; k = floor(log2 3) = 1 gives multiplier'
        // = 2^31 / 3 truncated with shift' 0, so the sum 4 becomes round(4 / 3) = 1.
        var output = new sbyte[1];
        QuantizedMean.Run([1, 1, 2], [3], [0], new QuantParams(1f, 0), output, new QuantParams(1f, 0));
        Assert.Equal(1, output[0]);
        QuantizedMean.Run([1, 2, 3], [3], [0], new QuantParams(0.5f, -1), output, new QuantParams(0.25f, 3));
        // Real mean 0.5 · (2 + 1) = 1.5 → 1.5 / 0.25 = 6 → 6 + 3 = 9.
        Assert.Equal(9, output[0]);
    }

    [Fact]
    public void MeanWithoutAxesCopiesTheInput()
    {
        var output = new sbyte[3];
        QuantizedMean.Run([5, -6, 7], [3], [], new QuantParams(1f, 0), output, new QuantParams(0.5f, 4));
        Assert.Equal(new sbyte[] { 5, -6, 7 }, output);
    }

    [Fact]
    public void PerChannelFullyConnectedIsWithinOneStepOfTheRealProduct() => Check(r =>
    {
        int batches = r.Next(1, 4), accum = r.Next(1, 131), outDepth = r.Next(1, 131);
        var iq = RandomQuant(r);
        float[] scales = [.. Enumerable.Range(0, outDepth).Select(_ => (float)Math.Pow(2, r.NextDouble() * 6 - 10))];
        var oq = new QuantParams((float)(iq.Scale * scales[0] * Math.Sqrt(accum) * 64), r.Next(-10, 11));
        var act = Activation(r);
        var input = Int8s(r, batches * accum);
        var weights = Int8s(r, outDepth * accum);
        int[] bias = r.Next(2) == 0 ? [.. Enumerable.Range(0, outDepth).Select(_ => r.Next(-5000, 5000))] : [];
        var actual = new sbyte[batches * outDepth];
        QuantizedFullyConnected.Run(input, [batches, accum], iq.ZeroPoint, weights, [outDepth, accum], 0, bias, actual,
            Int8OutputStage.Create(iq.Scale, scales, outDepth, oq, act));
        var realWeights = weights.Select((w, i) => scales[i / accum] * w).ToArray();
        float[] realBias = bias.Length == 0 ? [] : [.. bias.Select((b, o) => (float)((double)b * iq.Scale * scales[o]))];
        var real = new float[actual.Length];
        FullyConnected.Run(Dequantized(input, iq), [batches, accum], realWeights, [outDepth, accum], realBias, real, TflActivation.None);
        var (lo, hi) = Range(act, oq);
        AssertWithinOne([.. real.Select(v => Math.Clamp(Requantize(v, oq), lo, hi))], actual);
    }, count: 100);

    [Fact]
    public void PadFillsWithTheZeroPoint()
    {
        var output = new sbyte[5];
        DataMovement.Pad<sbyte>([7, 8], [2], [(1, 2)], (sbyte)-3, output);
        Assert.Equal(new sbyte[] { -3, 7, 8, -3, -3 }, output);
    }
}
