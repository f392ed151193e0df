namespace Lce.Dialects.Tf;

using Lce.IR;

/// <summary>
/// TF's IdentityArithmeticOpFolder for AddV2, Sub, Mul, Div and RealDiv: `x op identity` folds to
/// x when the identity (0 for add/sub, 1 for mul/div) is a splat constant of x's element type, and
/// (for the commutative AddV2/Mul) `identity op y` to y. The fold must not hide a broadcast: the
/// kept operand must have exactly the result type, and a non-scalar identity must be statically
/// broadcastable to it. Only integer and float element types fold.
/// </summary>
public static class IdentityArithmeticFolder
{
    public static IReadOnlyList<object>? Fold(Operation op, IReadOnlyList<IRAttribute?> operands, int identity, bool commutative)
    {
        if (op.NumOperands != 2 || op.NumResults != 1) return null;
        if (op.GetOperand(0).Type is not ShapedType lhs || op.GetOperand(1).Type is not ShapedType rhs
            || op.GetResult(0).Type is not ShapedType result) return null;
        var lhsAttr = operands[0] as DenseElementsAttr;
        var rhsAttr = operands[1] as DenseElementsAttr;
        if (rhsAttr is null && !(commutative && lhsAttr is not null)) return null;

        var element = lhs.ElementType;
        if (element is not (FloatType or IntegerType)) return null;

        if (rhsAttr is not null && ValidBroadcasting(lhs, rhs, result) && IsIdentitySplat(rhsAttr, element, identity))
            return [op.GetOperand(0)];
        if (lhsAttr is not null && commutative && ValidBroadcasting(rhs, lhs, result) && IsIdentitySplat(lhsAttr, element, identity))
            return [op.GetOperand(1)];
        return null;
    }

    /// <summary>The operand already has the result type, and the identity cannot widen it.</summary>
    private static bool ValidBroadcasting(ShapedType operand, ShapedType identity, ShapedType result)
    {
        if (!ReferenceEquals(operand, result)) return false;
        if (identity.HasRank && identity.Rank == 0) return true;
        return identity.HasStaticShape && result.HasStaticShape && TfTypeUtil.StaticallyKnownBroadcastable(operand.Shape, identity.Shape);
    }

    /// <summary>Whether a splat's element equals the attribute FloatAttr/IntegerAttr(element, identity) (bit-exact, so -0.0 is not 0).</summary>
    private static bool IsIdentitySplat(DenseElementsAttr attr, IRType element, int identity)
    {
        if (!attr.IsSplat || !ReferenceEquals(attr.ShapedType.ElementType, element)) return false;
        var bytes = attr.ElementBytes(0);
        return element switch
        {
            FloatType ft => DenseElementsAttr.ReadBits(bytes) == IdentityBits(ft, identity),
            IntegerType => DenseElementsAttr.ReadInteger(bytes, element) == IntegerAttr.Normalize(element, identity),
            _ => false,
        };
    }

    private static UInt128 IdentityBits(FloatType ft, int identity) =>
        FloatAttr.ConvertBits((ulong)BitConverter.DoubleToInt64Bits(identity), IR.Numerics.FloatSemantics.Double, ft.Semantics);
}
