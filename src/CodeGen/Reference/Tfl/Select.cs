namespace Lce.CodeGen.Reference;

/// <summary>
/// tfl.select and tfl.select_v2: output = condition ? x : y elementwise.
/// </summary>
public static class Select
{
    /// <summary>
    /// tfl.select (v1): x and y share one shape; the condition has that shape too, or is rank 1
    /// with one entry per element of x's first dimension (TFLite's RankOneSelect), or is a
    /// rank-0 tensor applying to all.
    /// </summary>
    public static int[] OutputShapeV1(int[] condition, int[] x, int[] y)
    {
        TflCommon.Require(x.AsSpan().SequenceEqual(y), "select needs x and y of the same shape");
        bool same = condition.AsSpan().SequenceEqual(x);
        bool rankOne = condition.Length == 1 && x.Length >= 1 && condition[0] == x[0];
        bool scalar = condition.Length == 0;
        TflCommon.Require(same || rankOne || scalar, "select condition must match x, be rank 1 over x's first dimension, or be a scalar");
        return (int[])x.Clone();
    }

    public static void RunV1<T>(
        ReadOnlySpan<bool> condition, int[] conditionShape, ReadOnlySpan<T> x, ReadOnlySpan<T> y, int[] shape, Span<T> output)
    {
        _ = OutputShapeV1(conditionShape, shape, shape);
        int flat = TflCommon.FlatSize(shape);
        TflCommon.RequireLength(condition.Length, TflCommon.FlatSize(conditionShape), "condition");
        TflCommon.RequireLength(x.Length, flat, "x");
        TflCommon.RequireLength(y.Length, flat, "y");
        TflCommon.RequireLength(output.Length, flat, "output");
        // Each condition entry covers a contiguous block: the whole tensor, an outer slice or one element.
        int block = conditionShape.Length == 0 ? flat : conditionShape.AsSpan().SequenceEqual(shape) ? 1 : flat / Math.Max(1, condition.Length);
        for (int i = 0; i < flat; i++)
            output[i] = condition[i / block] ? x[i] : y[i];
    }

    public static int[] OutputShapeV2(int[] condition, int[] x, int[] y) => Broadcast.Shape(condition, x, y);

    /// <summary>tfl.select_v2: the three operands broadcast together (NumPy rules).</summary>
    public static void RunV2<T>(
        ReadOnlySpan<bool> condition, int[] conditionShape, ReadOnlySpan<T> x, int[] xShape,
        ReadOnlySpan<T> y, int[] yShape, Span<T> output)
    {
        int[] result = OutputShapeV2(conditionShape, xShape, yShape);
        TflCommon.RequireLength(condition.Length, TflCommon.FlatSize(conditionShape), "condition");
        TflCommon.RequireLength(x.Length, TflCommon.FlatSize(xShape), "x");
        TflCommon.RequireLength(y.Length, TflCommon.FlatSize(yShape), "y");
        TflCommon.RequireLength(output.Length, TflCommon.FlatSize(result), "output");
        int[] cs = Broadcast.Strides(conditionShape, result), xs = Broadcast.Strides(xShape, result), ys = Broadcast.Strides(yShape, result);
        int n = result.Length == 0 ? 1 : result[^1];
        int cStep = result.Length == 0 ? 0 : cs[^1], xStep = result.Length == 0 ? 0 : xs[^1], yStep = result.Length == 0 ? 0 : ys[^1];
        foreach (var (start, offsets) in Broadcast.Rows(result, cs, xs, ys))
        {
            int co = offsets[0], xo = offsets[1], yo = offsets[2];
            for (int i = 0; i < n; i++, co += cStep, xo += xStep, yo += yStep)
                output[start + i] = condition[co] ? x[xo] : y[yo];
        }
    }
}
