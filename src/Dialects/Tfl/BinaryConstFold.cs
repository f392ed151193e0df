namespace Lce.Dialects.Tfl;

using Lce.IR;
using Lce.IR.Numerics;

/// <summary>
/// TF's ConstFoldBinaryOp for tfl.add/sub/mul/div: when the fused activation is NONE and both
/// operands are dense constants with the same element type, the result is computed element by
/// element with NumPy broadcasting over the two constants' shapes (not the op's result type;
/// a differing result type is reconciled when the constant is materialized). Float elements use
/// IEEE arithmetic of their own format (APFloat, nearest-even); signless integers wrap (APInt).
/// </summary>
public static class BinaryConstFold
{
    public static IReadOnlyList<object>? Add(Operation op, IReadOnlyList<IRAttribute?> operands) =>
        Fold(op, operands, (a, b) => a.Add(b), (a, b) => a.Add(b));

    public static IReadOnlyList<object>? Sub(Operation op, IReadOnlyList<IRAttribute?> operands) =>
        Fold(op, operands, (a, b) => a.Subtract(b), (a, b) => a.Sub(b));

    public static IReadOnlyList<object>? Mul(Operation op, IReadOnlyList<IRAttribute?> operands) =>
        Fold(op, operands, (a, b) => a.Multiply(b), (a, b) => a.Mul(b));

    /// <summary>Integer division truncates (APInt::sdiv); a zero divisor leaves the op unfolded (TF would trap).</summary>
    public static IReadOnlyList<object>? Div(Operation op, IReadOnlyList<IRAttribute?> operands) =>
        Fold(op, operands, (a, b) => a.Divide(b), (a, b) => b.IsZero ? null : a.SDiv(b));

    private static IReadOnlyList<object>? Fold(Operation op, IReadOnlyList<IRAttribute?> operands,
        Func<ApFloat, ApFloat, ApFloat> onFloat, Func<ApInt, ApInt, ApInt?> onInt)
    {
        if (op.GetAttr("fused_activation_function") is not StringAttr { Value: TflEnums.None }) return null;
        if (op.NumResults != 1 || operands.Count != 2) return null;
        var folded = Compute(op.Context, op.GetResult(0).Type, operands[0], operands[1], onFloat, onInt);
        return folded is null ? null : [folded];
    }

    /// <summary>
    /// Folds two constants for an op whose result type is <paramref name="resultType"/>; null
    /// when the result is not shaped, its element type is neither float nor signless integer,
    /// an operand is not a dense constant of that kind, or the shapes do not broadcast.
    /// </summary>
    public static DenseElementsAttr? Compute(IRContext ctx, IRType resultType, IRAttribute? lhs, IRAttribute? rhs,
        Func<ApFloat, ApFloat, ApFloat> onFloat, Func<ApInt, ApInt, ApInt?> onInt)
    {
        if (resultType is not ShapedType shaped) return null;
        if (lhs is not DenseElementsAttr l || rhs is not DenseElementsAttr r) return null;
        return shaped.ElementType switch
        {
            FloatType when l.ShapedType.ElementType is FloatType => DenseDense<ApFloat>(ctx, l, r, ReadFloat, (a, b) => onFloat(a, b), WriteFloat),
            IntegerType { IsSignless: true } when l.ShapedType.ElementType is IntegerType =>
                DenseDense<ApInt>(ctx, l, r, ReadInt, (a, b) => onInt(a, b), WriteInt),
            _ => null,
        };
    }

    /// <summary>ConstFoldBinaryOpDenseDense: iterate the broadcast shape, mapping each index back into both operands.</summary>
    private static DenseElementsAttr? DenseDense<T>(IRContext ctx, DenseElementsAttr lhs, DenseElementsAttr rhs,
        Func<DenseElementsAttr, long, T> read, Func<T, T, T?> calculate, Action<Span<byte>, T> write) where T : struct
    {
        if (Broadcast.Type(ctx, lhs.ShapedType, rhs.ShapedType) is not RankedTensorType type || !type.HasStaticShape) return null;
        int width = DenseElementsAttr.ElementByteWidthOf(type.ElementType);
        if (lhs.IsSplat && rhs.IsSplat)
        {
            if (calculate(read(lhs, 0), read(rhs, 0)) is not { } splat) return null;
            var one = new byte[width];
            write(one, splat);
            return DenseElementsAttr.FromRaw(ctx, type, one, isSplat: true);
        }
        long count = type.NumElements;
        int rank = type.Rank;
        var lhsShape = PaddedShape(lhs.ShapedType.Shape, rank);
        var rhsShape = PaddedShape(rhs.ShapedType.Shape, rank);
        var index = new long[rank];
        var data = new byte[checked(count * width)];
        for (long i = 0; i < count; i++)
        {
            long li = lhs.IsSplat ? 0 : FlatIndex(lhsShape, index);
            long ri = rhs.IsSplat ? 0 : FlatIndex(rhsShape, index);
            if (calculate(read(lhs, li), read(rhs, ri)) is not { } value) return null;
            write(data.AsSpan(checked((int)(i * width)), width), value);
            Increment(type.Shape, index);
        }
        return DenseElementsAttr.FromRaw(ctx, type, data, isSplat: false);
    }

    /// <summary>The shape left-padded with ones to <paramref name="rank"/> dimensions.</summary>
    private static long[] PaddedShape(IReadOnlyList<long> shape, int rank)
    {
        var padded = Enumerable.Repeat(1L, rank).ToArray();
        for (int i = 0; i < shape.Count; i++) padded[rank - shape.Count + i] = shape[i];
        return padded;
    }

    /// <summary>GetElementIndex: the row-major index in an operand, a broadcast (size-1) dimension always at 0.</summary>
    private static long FlatIndex(long[] shape, long[] index)
    {
        long flat = 0, stride = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            flat += index[i] % shape[i] * stride;
            stride *= shape[i];
        }
        return flat;
    }

    private static void Increment(IReadOnlyList<long> shape, long[] index)
    {
        for (int i = shape.Count - 1; i >= 0; i--)
        {
            if (++index[i] != shape[i]) return;
            index[i] = 0;
        }
    }

    private static ApFloat ReadFloat(DenseElementsAttr a, long i) =>
        new(((FloatType)a.ShapedType.ElementType).Semantics, DenseElementsAttr.ReadBits(a.ElementBytes(i)));

    private static void WriteFloat(Span<byte> slot, ApFloat v)
    {
        var bits = v.Bits;
        for (int k = 0; k < slot.Length; k++) { slot[k] = (byte)bits; bits >>= 8; }
    }

    private static ApInt ReadInt(DenseElementsAttr a, long i) =>
        new(((IntegerType)a.ShapedType.ElementType).Width, a.IntegerAt(i));

    private static void WriteInt(Span<byte> slot, ApInt v)
    {
        var bytes = v.Bits.ToByteArray(isUnsigned: true, isBigEndian: false);
        slot.Clear();
        bytes.AsSpan(0, Math.Min(bytes.Length, slot.Length)).CopyTo(slot);
    }
}
