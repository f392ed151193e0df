namespace Lce.CodeGen.Reference;

/// <summary>The comparisons of tfl.greater_equal / tfl.less_equal.</summary>
public enum ComparisonOp { GreaterEqual, LessEqual }

/// <summary>
/// tfl.greater_equal / tfl.less_equal with broadcasting and a bool result, as TFLite's
/// (Broadcast)Comparison: IEEE comparisons, so any NaN operand gives false.
/// </summary>
public static class Comparison
{
    public static int[] OutputShape(int[] x, int[] y) => Broadcast.Shape(x, y);

    public static void Run(
        ComparisonOp op, ReadOnlySpan<float> x, int[] xShape, ReadOnlySpan<float> y, int[] yShape, Span<bool> output)
    {
        int[] result = OutputShape(xShape, yShape);
        TflCommon.RequireLength(x.Length, TflCommon.FlatSize(xShape), "lhs");
        TflCommon.RequireLength(y.Length, TflCommon.FlatSize(yShape), "rhs");
        TflCommon.RequireLength(output.Length, TflCommon.FlatSize(result), "output");
        int[] xs = Broadcast.Strides(xShape, result), ys = Broadcast.Strides(yShape, result);
        int n = result.Length == 0 ? 1 : result[^1];
        int xStep = result.Length == 0 ? 0 : xs[^1], yStep = result.Length == 0 ? 0 : ys[^1];
        foreach (var (start, offsets) in Broadcast.Rows(result, xs, ys))
        {
            int xo = offsets[0], yo = offsets[1];
            for (int i = 0; i < n; i++, xo += xStep, yo += yStep)
                output[start + i] = op == ComparisonOp.GreaterEqual ? x[xo] >= y[yo] : x[xo] <= y[yo];
        }
    }
}
