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
        where T : IComparisonOperators<T, T, bool> =>
        BroadcastElementwise.Run(x, xShape, y, yShape, output, new Element<T>(op));

    private readonly record struct Element<T>(TfComparisonOp Op) : IBinaryElement<T, T, bool>
        where T : IComparisonOperators<T, T, bool>
    {
        public bool Apply(T x, T y) => TfComparison.Apply(Op, x, y);
    }
}
