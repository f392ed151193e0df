using System.Numerics;

namespace Lce.CodeGen.Reference;

/// <summary>The comparisons of tf.Greater, GreaterEqual, Less, LessEqual.</summary>
public enum TfComparisonOp { Greater, GreaterEqual, Less, LessEqual }

/// <summary>
/// tf.Greater/GreaterEqual/Less/LessEqual with NumPy broadcasting and a bool result: IEEE
/// comparisons for floats (any NaN operand gives false), exact for integers.
/// </summary>
public static class TfComparison
{
    public static int[] OutputShape(int[] x, int[] y) => Broadcast.Shape(x, y);

    public static bool Apply<T>(TfComparisonOp op, T a, T b) where T : IComparisonOperators<T, T, bool> => op switch
    {
        TfComparisonOp.Greater => a > b,
        TfComparisonOp.GreaterEqual => a >= b,
        TfComparisonOp.Less => a < b,
        _ => a <= b,
    };

    public static void Run<T>(TfComparisonOp op, ReadOnlySpan<T> x, int[] xShape, ReadOnlySpan<T> y, int[] yShape, Span<bool> output)
        where T : IComparisonOperators<T, T, bool>
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
                output[start + i] = Apply(op, x[xo], y[yo]);
        }
    }
}
