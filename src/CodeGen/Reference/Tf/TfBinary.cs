namespace Lce.CodeGen.Reference;

/// <summary>
/// Float tf.AddV2 / Sub / Mul / RealDiv / Div (and BiasAdd, an add broadcasting over the last
/// axis) with NumPy broadcasting: each element is one IEEE operation. Unlike TFLite's kernels
/// there is no clamp: an overflow stays ±infinity, as in TensorFlow.
/// </summary>
public static class TfBinary
{
    public static int[] OutputShape(int[] x, int[] y) => Broadcast.Shape(x, y);

    public static void Run(ArithmeticOp op, ReadOnlySpan<float> x, int[] xShape, ReadOnlySpan<float> y, int[] yShape, Span<float> output)
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
                output[start + i] = BinaryArithmetic.Apply(op, x[xo], y[yo]);
        }
    }
}
