using System.Numerics.Tensors;

namespace Lce.CodeGen.Reference;

/// <summary>The elementwise float operations of tfl.add / sub / mul / div.</summary>
public enum ArithmeticOp { Add, Sub, Mul, Div }

/// <summary>
/// Float tfl.add/sub/mul/div with broadcasting and a fused activation, following TFLite's
/// reference (BroadcastAdd6DSlow and friends): each element is one IEEE operation
/// x op y, then the clamp. Rows along the innermost dimension are computed with
/// TensorPrimitives (span-span, scalar-span or span-scalar); elementwise single operations
/// round identically vectorized or not, so the results equal the scalar loop bit for bit.
/// </summary>
public static class BinaryArithmetic
{
    public static int[] OutputShape(int[] x, int[] y) => Broadcast.Shape(x, y);

    public static void Run(
        ArithmeticOp op, ReadOnlySpan<float> x, int[] xShape, ReadOnlySpan<float> y, int[] yShape,
        Span<float> output, TflActivation activation)
    {
        int[] result = OutputShape(xShape, yShape);
        TflCommon.RequireLength(x.Length, TflCommon.FlatSize(xShape), "lhs");
        TflCommon.RequireLength(y.Length, TflCommon.FlatSize(yShape), "rhs");
        TflCommon.RequireLength(output.Length, TflCommon.FlatSize(result), "output");
        int[] xs = Broadcast.Strides(xShape, result), ys = Broadcast.Strides(yShape, result);
        int n = result.Length == 0 ? 1 : result[^1];
        bool xRow = result.Length > 0 && xs[^1] != 0, yRow = result.Length > 0 && ys[^1] != 0;
        foreach (var (start, offsets) in Broadcast.Rows(result, xs, ys))
        {
            int xo = offsets[0], yo = offsets[1];
            var dst = output.Slice(start, n);
            if (xRow && yRow)
                Rows(op, x.Slice(xo, n), y.Slice(yo, n), dst);
            else if (xRow)
                RowScalar(op, x.Slice(xo, n), y[yo], dst);
            else if (yRow)
                ScalarRow(op, x[xo], y.Slice(yo, n), dst);
            else
                dst.Fill(Apply(op, x[xo], y[yo]));
        }
        TflCommon.ApplyActivation(output, activation);
    }

    /// <summary>One element, the definition the vector paths must agree with.</summary>
    public static float Apply(ArithmeticOp op, float a, float b) => op switch
    {
        ArithmeticOp.Add => a + b,
        ArithmeticOp.Sub => a - b,
        ArithmeticOp.Mul => a * b,
        _ => a / b,
    };

    private static void Rows(ArithmeticOp op, ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> dst)
    {
        switch (op)
        {
            case ArithmeticOp.Add: TensorPrimitives.Add(a, b, dst); break;
            case ArithmeticOp.Sub: TensorPrimitives.Subtract(a, b, dst); break;
            case ArithmeticOp.Mul: TensorPrimitives.Multiply(a, b, dst); break;
            default: TensorPrimitives.Divide(a, b, dst); break;
        }
    }

    private static void RowScalar(ArithmeticOp op, ReadOnlySpan<float> a, float b, Span<float> dst)
    {
        switch (op)
        {
            case ArithmeticOp.Add: TensorPrimitives.Add(a, b, dst); break;
            case ArithmeticOp.Sub: TensorPrimitives.Subtract(a, b, dst); break;
            case ArithmeticOp.Mul: TensorPrimitives.Multiply(a, b, dst); break;
            default: TensorPrimitives.Divide(a, b, dst); break;
        }
    }

    private static void ScalarRow(ArithmeticOp op, float a, ReadOnlySpan<float> b, Span<float> dst)
    {
        switch (op)
        {
            case ArithmeticOp.Add: TensorPrimitives.Add(b, a, dst); break;
            case ArithmeticOp.Sub: TensorPrimitives.Subtract(a, b, dst); break;
            case ArithmeticOp.Mul: TensorPrimitives.Multiply(b, a, dst); break;
            default: TensorPrimitives.Divide(a, b, dst); break;
        }
    }
}
