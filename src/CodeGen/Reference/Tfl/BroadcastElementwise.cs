namespace Lce.CodeGen.Reference;

/// <summary>One element of a broadcasting binary kernel: x[i] op y[j].</summary>
public interface IBinaryElement<TX, TY, TOut>
{
    TOut Apply(TX x, TY y);
}

/// <summary>
/// The scalar walk of a broadcasting binary kernel (NumPy broadcasting up to rank 6): checks the
/// operand and output sizes, then applies the element operation over the result in row-major
/// order. The operation is a struct, so each kernel gets its own specialized loop.
/// </summary>
public static class BroadcastElementwise
{
    public static void Run<TX, TY, TOut, TOp>(
        ReadOnlySpan<TX> x, int[] xShape, ReadOnlySpan<TY> y, int[] yShape, Span<TOut> output, TOp op)
        where TOp : struct, IBinaryElement<TX, TY, TOut>
    {
        int[] result = Broadcast.Shape(xShape, yShape);
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
                output[start + i] = op.Apply(x[xo], y[yo]);
        }
    }
}
