using Lce.CodeGen.Reference;
using static Lce.Tests.CodeGen.Tfl.TflTestSupport;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>Pooling, mean and softmax against naive formulations.</summary>
public class PoolingAndReductionTests
{
    [Fact]
    public void PoolingMatchesNaiveWindowsOverAnExplicitlyPaddedImage() => Check(r =>
    {
        int n = r.Next(1, 3), h = r.Next(1, 10), w = r.Next(1, 10), c = r.Next(1, r.Next(2) == 0 ? 5 : 131);
        int fh = r.Next(1, 5), fw = r.Next(1, 5), sh = r.Next(1, 4), sw = r.Next(1, 4);
        bool same = r.Next(2) == 0 || h < fh || w < fw;
        var act = Activation(r);
        var p = new Pool2DParams(fh, fw, sh, sw, same ? TflPadding.Same : TflPadding.Valid, act);
        int[] shape = [n, h, w, c];
        var input = Floats(r, Size(shape));
        var (oh, top) = Spatial(same, h, fh, sh, 1);
        var (ow, left) = Spatial(same, w, fw, sw, 1);
        // A canvas where padding cells are marked absent (null), so they can neither win nor count.
        int ph = Math.Max(h + top, (oh - 1) * sh + fh), pw = Math.Max(w + left, (ow - 1) * sw + fw);
        var canvas = new float?[n, ph, pw, c];
        for (int i = 0; i < input.Length; i++)
        {
            var ix = Unflatten(i, shape);
            canvas[ix[0], ix[1] + top, ix[2] + left, ix[3]] = input[i];
        }
        var expectedMax = new float[n * oh * ow * c];
        var expectedAvg = new float[expectedMax.Length];
        int o = 0;
        for (int b = 0; b < n; b++)
        for (int y = 0; y < oh; y++)
        for (int x = 0; x < ow; x++)
        for (int k = 0; k < c; k++, o++)
        {
            var taps = new List<float>();
            for (int i = 0; i < fh; i++)
            for (int j = 0; j < fw; j++)
            {
                if (canvas[b, y * sh + i, x * sw + j, k] is float v)
                    taps.Add(v);
            }
            float sum = 0;
            foreach (float v in taps)
                sum += v;
            expectedMax[o] = Activate(act, taps.Max());
            expectedAvg[o] = Activate(act, sum / taps.Count);
        }
        Assert.Equal([n, oh, ow, c], Pool2D.OutputShape(shape, p));
        var actual = new float[expectedMax.Length];
        Pool2D.MaxPool(input, shape, actual, p);
        AssertSameFloats(expectedMax, actual);
        Pool2D.AveragePool(input, shape, actual, p);
        AssertSameFloats(expectedAvg, actual);
    });

    [Fact]
    public void AveragePoolCountsOnlyInImageTaps()
    {
        // 1x1 image under a 3x3 SAME window: the average is the pixel itself, not a ninth of it.
        var output = new float[1];
        Pool2D.AveragePool([9f], [1, 1, 1, 1], output, new Pool2DParams(3, 3, 1, 1, TflPadding.Same, TflActivation.None));
        Assert.Equal(9f, output[0]);
        // Max pooling of all-negative pixels is not raised to a padding zero.
        Pool2D.MaxPool([-9f], [1, 1, 1, 1], output, new Pool2DParams(3, 3, 1, 1, TflPadding.Same, TflActivation.None));
        Assert.Equal(-9f, output[0]);
    }

    [Fact]
    public void MeanMatchesNaiveSumsOverTheReducedIndices() => Check(r =>
    {
        int rank = r.Next(0, 6);
        var shape = new int[rank];
        for (int i = 0; i < rank; i++)
            shape[i] = r.Next(1, 6);
        var axes = new List<int>();
        for (int i = 0; i < rank; i++)
        {
            if (r.Next(2) == 0)
                axes.Add(r.Next(2) == 0 ? i : i - rank);
        }
        if (axes.Count > 0 && r.Next(4) == 0)
            axes.Add(axes[0]); // a repeated axis counts once
        bool keep = r.Next(2) == 0;
        var input = Floats(r, Size(shape));
        var reduced = new bool[rank];
        foreach (int a in axes)
            reduced[(a + rank) % rank] = true;
        int[] keptShape = [.. Enumerable.Range(0, rank).Select(d => reduced[d] ? 1 : shape[d])];
        int count = Enumerable.Range(0, rank).Where(d => reduced[d]).Aggregate(1, (acc, d) => acc * shape[d]);
        var expected = new float[Size(keptShape)];
        for (int o = 0; o < expected.Length; o++)
        {
            var target = Unflatten(o, keptShape);
            float sum = 0;
            for (int i = 0; i < input.Length; i++)
            {
                var ix = Unflatten(i, shape);
                if (Enumerable.Range(0, rank).All(d => reduced[d] || ix[d] == target[d]))
                    sum += input[i];
            }
            expected[o] = sum / count;
        }
        int[] outShape = keep ? keptShape : [.. Enumerable.Range(0, rank).Where(d => !reduced[d]).Select(d => shape[d])];
        Assert.Equal(outShape, Mean.OutputShape(shape, [.. axes], keep));
        var actual = new float[expected.Length];
        Mean.Run(input, shape, [.. axes], actual);
        AssertSameFloats(expected, actual);
    });

    [Fact]
    public void MeanWithoutAxesIsTheIdentity()
    {
        var output = new float[3];
        Mean.Run([1f, -2f, 3.5f], [3], [], output);
        Assert.Equal([1f, -2f, 3.5f], output);
        Assert.Equal([3], Mean.OutputShape([3], [], keepDims: false));
        Assert.Throws<ArgumentException>(() => Mean.OutputShape([3], [1], keepDims: false));
    }

    [Fact]
    public void SoftmaxMatchesTheMaxSubtractedFormula() => Check(r =>
    {
        int rank = r.Next(1, 4);
        var shape = new int[rank];
        for (int i = 0; i < rank; i++)
            shape[i] = r.Next(1, i == rank - 1 ? 40 : 5);
        float beta = r.Next(3) == 0 ? 1f : (float)(r.NextDouble() * 4);
        var input = Floats(r, Size(shape));
        for (int i = 0; i < input.Length; i++)
            input[i] *= 50; // large logits: without the max subtraction exp would overflow
        int depth = shape[^1];
        var expected = new float[input.Length];
        for (int row = 0; row < input.Length / depth; row++)
        {
            float max = input.Skip(row * depth).Take(depth).Max();
            float sum = 0;
            for (int c = 0; c < depth; c++)
                sum += MathF.Exp((input[row * depth + c] - max) * beta);
            for (int c = 0; c < depth; c++)
                expected[row * depth + c] = MathF.Exp((input[row * depth + c] - max) * beta) / sum;
        }
        var actual = new float[input.Length];
        Softmax.Run(input, shape, actual, beta);
        AssertSameFloats(expected, actual);
        for (int row = 0; row < input.Length / depth; row++)
            Assert.InRange(actual.Skip(row * depth).Take(depth).Sum(), 1 - 1e-4f * depth, 1 + 1e-4f * depth);
    });
}
