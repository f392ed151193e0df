namespace Lce.Dialects.Arith.Folding;

using Lce.IR;

/// <summary>
/// Element-wise constant folding of scalar, splat and dense operands (MLIR's CommonFolders:
/// constFoldBinaryOp, constFoldUnaryOp, constFoldCastOp). A calculation returning null makes
/// the whole fold fail, like the "conditional" variants and a cleared castStatus. Operands of
/// different types never fold; a splat only combines with a splat directly, any other mix of
/// dense operands is expanded element by element. Other elements attributes (resources) are
/// not folded.
/// </summary>
internal static class ConstFold
{
    private static IRType? TypeOf(IRAttribute? a) => (a as ITypedAttribute)?.Type;

    /// <summary>constFoldBinaryOp with the operands' type as result type.</summary>
    public static IRAttribute? Binary<T>(IRContext ctx, IReadOnlyList<IRAttribute?> operands, ElementCodec<T> codec, Func<T, T, T?> calc)
        where T : struct
    {
        var lhsType = TypeOf(operands[0]);
        var rhsType = TypeOf(operands[1]);
        if (lhsType is null || rhsType is null || !ReferenceEquals(lhsType, rhsType)) return null;
        return Binary(ctx, operands, lhsType, codec, codec, calc);
    }

    /// <summary>constFoldBinaryOp with an explicit result type and result element kind.</summary>
    public static IRAttribute? Binary<T, TR>(IRContext ctx, IReadOnlyList<IRAttribute?> operands, IRType? resultType,
        ElementCodec<T> codec, ElementCodec<TR> resultCodec, Func<T, T, TR?> calc)
        where T : struct where TR : struct
    {
        var (lhs, rhs) = (operands[0], operands[1]);
        if (resultType is null || lhs is null || rhs is null) return null;

        if (codec.TryScalar(lhs, out var a) && codec.TryScalar(rhs, out var b))
        {
            if (!ReferenceEquals(TypeOf(lhs), TypeOf(rhs))) return null;
            return calc(a, b) is { } r ? resultCodec.Scalar(ctx, resultType, r) : null;
        }
        if (lhs is not DenseElementsAttr l || rhs is not DenseElementsAttr rd) return null;
        if (!ReferenceEquals(l.Type, rd.Type) || !codec.Accepts(l.ShapedType.ElementType)) return null;
        if (resultType is not ShapedType shaped) return null;

        if (l.IsSplat && rd.IsSplat)
            return calc(codec.Read(l, 0), codec.Read(rd, 0)) is { } r ? resultCodec.Dense(ctx, shaped, [r]) : null;

        var results = new TR[l.NumElements];
        for (long i = 0; i < results.Length; i++)
        {
            if (calc(codec.Read(l, i), codec.Read(rd, i)) is not { } r) return null;
            results[i] = r;
        }
        return resultCodec.Dense(ctx, shaped, results);
    }

    /// <summary>constFoldUnaryOp: the result has the operand's type.</summary>
    public static IRAttribute? Unary<T>(IRContext ctx, IReadOnlyList<IRAttribute?> operands, ElementCodec<T> codec, Func<T, T?> calc)
        where T : struct =>
        TypeOf(operands[0]) is { } type ? Cast(ctx, operands, type, codec, codec, calc) : null;

    /// <summary>constFoldCastOp: converts each element to the result type's element kind.</summary>
    public static IRAttribute? Cast<T, TR>(IRContext ctx, IReadOnlyList<IRAttribute?> operands, IRType resultType,
        ElementCodec<T> codec, ElementCodec<TR> resultCodec, Func<T, TR?> calc)
        where T : struct where TR : struct
    {
        var operand = operands[0];
        if (operand is null) return null;
        if (codec.TryScalar(operand, out var a))
            return calc(a) is { } r ? resultCodec.Scalar(ctx, resultType, r) : null;
        if (operand is not DenseElementsAttr d || !codec.Accepts(d.ShapedType.ElementType) || resultType is not ShapedType shaped)
            return null;
        if (d.IsSplat)
            return calc(codec.Read(d, 0)) is { } r ? resultCodec.Dense(ctx, shaped, [r]) : null;
        var results = new TR[d.NumElements];
        for (long i = 0; i < results.Length; i++)
        {
            if (calc(codec.Read(d, i)) is not { } r) return null;
            results[i] = r;
        }
        return resultCodec.Dense(ctx, shaped, results);
    }

    /// <summary>
    /// Builder::getZeroAttr: 0 / 0.0, or a zero splat of a ranked container. Like a release build of
    /// MLIR, a dynamically shaped tensor gets a splat too (`dense&lt;0&gt; : tensor&lt;?xi32&gt;`); callers
    /// that must not produce one check the shape first, as MLIR's do.
    /// </summary>
    public static IRAttribute? ZeroAttr(IRContext ctx, IRType type) => type switch
    {
        IntegerType or IndexType => IntegerAttr.Get(ctx, type, 0),
        FloatType f => FloatAttr.FromBits(ctx, f, IR.Numerics.ApFloat.Zero(f.Semantics).Bits),
        RankedTensorType or VectorType when ((ShapedType)type).ElementType is IntegerType or IndexType or FloatType =>
            DenseElementsAttr.FromRaw(ctx, (ShapedType)type, new byte[DenseElementsAttr.ElementByteWidthOf(((ShapedType)type).ElementType)], isSplat: true),
        _ => null,
    };

    /// <summary>A bool (i1) scalar, or its splat over a shaped type (getBoolAttribute).</summary>
    public static IRAttribute? BoolAttr(IRContext ctx, IRType type, bool value)
    {
        if (type is not ShapedType s) return IR.BoolAttr.Get(ctx, value);
        // MLIR refuses dynamic shapes here, but a splat of the i1 type is built anyway by the
        // release build's DenseElementsAttr::get (`dense<true> : tensor<?xi1>`), which is what
        // mlir-opt 22 prints; unranked tensors cannot hold one.
        if (s is not (RankedTensorType or VectorType)) return null;
        return DenseElementsAttr.FromRaw(ctx, s, [(byte)(value ? 1 : 0)], isSplat: true);
    }
}
