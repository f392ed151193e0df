namespace Lce.IR.Affine;

/// <summary>
/// The local rewrites MLIR applies whenever it builds a binary affine expression. Each method
/// returns the simplified expression, or null when the node must be built as written. The rules
/// and their order reproduce mlir-opt 22's output; they were checked against it, not derived.
/// </summary>
internal static class AffineSimplifier
{
    public static AffineExpr? SimplifyAdd(AffineExpr lhs, AffineExpr rhs)
    {
        var lhsConst = lhs as AffineConstantExpr;
        var rhsConst = rhs as AffineConstantExpr;
        if (lhsConst is not null && rhsConst is not null)
            return AffineExpr.Constant(unchecked(lhsConst.Value + rhsConst.Value));

        // Constants go right; if exactly one side is symbolic, it goes right.
        if (lhsConst is not null || (lhs.IsSymbolicOrConstant && !rhs.IsSymbolicOrConstant))
            return rhs + lhs;

        if (rhsConst is not null && rhsConst.Value == 0) return lhs;

        var lBin = lhs as AffineBinaryOpExpr;
        // (x + c1) + c2 folds to x + (c1 + c2).
        if (lBin is { Kind: AffineExprKind.Add, Rhs: AffineConstantExpr lc1 } && rhsConst is not null)
            return lBin.Lhs + unchecked(lc1.Value + rhsConst.Value);

        // c1 * x + c2 * x (a bare x counting as 1 * x) becomes (c1 + c2) * x.
        var (firstExpr, firstCoeff) = SplitConstantFactor(lhs);
        var (secondExpr, secondCoeff) = SplitConstantFactor(rhs);
        if (firstExpr == secondExpr)
            return firstExpr * unchecked(firstCoeff + secondCoeff);

        // (x + c) + y becomes (x + y) + c, so constants keep bubbling to the outermost right.
        if (lBin is { Kind: AffineExprKind.Add, Rhs: AffineConstantExpr lc2 })
            return lBin.Lhs + rhs + lc2;

        if (rhs is not AffineBinaryOpExpr rBin) return null;

        var asMod = MatchModPattern(lhs, rBin);
        if (asMod is not null) return asMod;

        // (a + b) + (x floordiv q) * k: try to combine b with the right operand (e.g. into b mod q)
        // and keep a outside.
        if (lBin is { Kind: AffineExprKind.Add } && rBin is { Kind: AffineExprKind.Mul, Lhs: AffineBinaryOpExpr { Kind: AffineExprKind.FloorDiv } })
        {
            var inner = SimplifyAdd(lBin.Rhs, rhs);
            if (inner is not null) return lBin.Lhs + inner;
        }
        return null;
    }

    /// <summary>Splits "x * c" into (x, c) and anything else into (e, 1).</summary>
    private static (AffineExpr, long) SplitConstantFactor(AffineExpr e) =>
        e is AffineBinaryOpExpr { Kind: AffineExprKind.Mul, Rhs: AffineConstantExpr c } m ? (m.Lhs, c.Value) : (e, 1);

    /// <summary>
    /// Recognizes "x + ((x floordiv q) * q) * -1" (q symbolic) and "x + (x floordiv c) * -c"
    /// (c a positive constant) as "x mod q".
    /// </summary>
    private static AffineExpr? MatchModPattern(AffineExpr lhs, AffineBinaryOpExpr rBin)
    {
        if (rBin.Kind != AffineExprKind.Mul) return null;
        if (rBin.Rhs.IsConstant(-1) && rBin.Lhs is AffineBinaryOpExpr { Kind: AffineExprKind.Mul } product)
        {
            if (product.Lhs is not AffineBinaryOpExpr { Kind: AffineExprKind.FloorDiv } div) return null;
            if (div.Rhs == product.Rhs && lhs == div.Lhs) return lhs % product.Rhs;
        }
        if (rBin.Lhs is AffineBinaryOpExpr { Kind: AffineExprKind.FloorDiv } floorDiv &&
            floorDiv.Rhs is AffineConstantExpr q && q.Value > 0 &&
            rBin.Rhs is AffineConstantExpr k && k.Value == unchecked(-q.Value) && lhs == floorDiv.Lhs)
            return lhs % q;
        return null;
    }

    public static AffineExpr? SimplifyMul(AffineExpr lhs, AffineExpr rhs)
    {
        var lhsConst = lhs as AffineConstantExpr;
        var rhsConst = rhs as AffineConstantExpr;
        if (lhsConst is not null && rhsConst is not null)
            return AffineExpr.Constant(unchecked(lhsConst.Value * rhsConst.Value));

        // The symbolic (or constant) factor goes right; a constant always goes right.
        if (!rhs.IsSymbolicOrConstant || lhsConst is not null)
            return rhs.IsSymbolicOrConstant || lhs.IsSymbolicOrConstant ? rhs * lhs : null;

        if (rhsConst is not null)
        {
            if (rhsConst.Value == 1) return lhs;
            if (rhsConst.Value == 0) return rhsConst;
        }

        if (lhs is AffineBinaryOpExpr { Kind: AffineExprKind.Mul, Rhs: AffineConstantExpr lc } lBin)
        {
            // (x * c1) * c2 folds; (x * c) * y becomes (x * y) * c.
            if (rhsConst is not null) return lBin.Lhs * unchecked(lc.Value * rhsConst.Value);
            return lBin.Lhs * rhs * lc;
        }
        return null;
    }

    public static AffineExpr? SimplifyFloorDiv(AffineExpr lhs, AffineExpr rhs)
    {
        if (rhs is not AffineConstantExpr rhsConst || rhsConst.Value == 0) return null;
        long divisor = rhsConst.Value;
        if (lhs is AffineConstantExpr lhsConst)
            return AffineExpr.Constant(AffineArithmetic.FloorDiv(lhsConst.Value, divisor));
        if (divisor == 1) return lhs;

        if (lhs is AffineBinaryOpExpr lBin)
        {
            // (x * c) floordiv d with d dividing c is x * (c / d).
            if (lBin is { Kind: AffineExprKind.Mul, Rhs: AffineConstantExpr factor } && IsMultiple(factor.Value, divisor))
                return lBin.Lhs * ExactQuotient(factor.Value, divisor);
            // (a + b) floordiv d splits when either term is a known multiple of d.
            if (lBin.Kind == AffineExprKind.Add &&
                (IsMultiple(lBin.Lhs.LargestKnownDivisor, divisor) || IsMultiple(lBin.Rhs.LargestKnownDivisor, divisor)))
                return lBin.Lhs.FloorDiv(divisor) + lBin.Rhs.FloorDiv(divisor);
        }
        return null;
    }

    public static AffineExpr? SimplifyCeilDiv(AffineExpr lhs, AffineExpr rhs)
    {
        if (rhs is not AffineConstantExpr rhsConst || rhsConst.Value == 0) return null;
        long divisor = rhsConst.Value;
        if (lhs is AffineConstantExpr lhsConst)
            return AffineExpr.Constant(AffineArithmetic.CeilDiv(lhsConst.Value, divisor));
        if (divisor == 1) return lhs;
        if (lhs is AffineBinaryOpExpr { Kind: AffineExprKind.Mul, Rhs: AffineConstantExpr factor } lBin && IsMultiple(factor.Value, divisor))
            return lBin.Lhs * ExactQuotient(factor.Value, divisor);
        return null;
    }

    // C# throws on long.MinValue % -1 and long.MinValue / -1; int64 arithmetic in the reference wraps.
    private static bool IsMultiple(long value, long divisor) => divisor == -1 || value % divisor == 0;
    private static long ExactQuotient(long value, long divisor) => divisor == -1 ? unchecked(-value) : value / divisor;

    public static AffineExpr? SimplifyMod(AffineExpr lhs, AffineExpr rhs)
    {
        // Mod by zero or a negative number is left as written.
        if (rhs is not AffineConstantExpr rhsConst || rhsConst.Value < 1) return null;
        long divisor = rhsConst.Value;
        if (lhs is AffineConstantExpr lhsConst)
            return AffineExpr.Constant(AffineArithmetic.Mod(lhsConst.Value, divisor));

        // A known multiple of the divisor has remainder zero.
        if (lhs.LargestKnownDivisor % divisor == 0) return AffineExpr.Constant(0);

        if (lhs is AffineBinaryOpExpr lBin)
        {
            // (a + b) mod d drops a term that is a known multiple of d.
            if (lBin.Kind == AffineExprKind.Add)
            {
                if (lBin.Lhs.LargestKnownDivisor % divisor == 0) return lBin.Rhs % divisor;
                if (lBin.Rhs.LargestKnownDivisor % divisor == 0) return lBin.Lhs % divisor;
            }
            // (x mod a) mod d is x mod d when d divides a.
            if (lBin is { Kind: AffineExprKind.Mod, Rhs: AffineConstantExpr inner } && inner.Value >= 1 &&
                AffineArithmetic.Mod(inner.Value, divisor) == 0)
                return lBin.Lhs % divisor;
        }
        return null;
    }
}
