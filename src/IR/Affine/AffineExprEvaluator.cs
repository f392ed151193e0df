namespace Lce.IR.Affine;

/// <summary>Evaluates expressions at concrete integer points (wrapping on overflow).</summary>
internal static class AffineExprEvaluator
{
    public static long Evaluate(AffineExpr expr, IReadOnlyList<long> dims, IReadOnlyList<long> symbols)
    {
        switch (expr)
        {
            case AffineConstantExpr c: return c.Value;
            case AffineDimExpr d: return dims[d.Position];
            case AffineSymbolExpr s: return symbols[s.Position];
        }
        var bin = (AffineBinaryOpExpr)expr;
        if (bin.Kind == AffineExprKind.Add)
        {
            // Iterate down the left spine of sums so long sums do not recurse deeply.
            long total = 0;
            AffineExpr node = bin;
            while (node is AffineBinaryOpExpr { Kind: AffineExprKind.Add } add)
            {
                total = unchecked(total + Evaluate(add.Rhs, dims, symbols));
                node = add.Lhs;
            }
            return unchecked(total + Evaluate(node, dims, symbols));
        }
        long l = Evaluate(bin.Lhs, dims, symbols), r = Evaluate(bin.Rhs, dims, symbols);
        return bin.Kind switch
        {
            AffineExprKind.Mul => unchecked(l * r),
            AffineExprKind.FloorDiv => AffineArithmetic.FloorDiv(l, r),
            AffineExprKind.CeilDiv => AffineArithmetic.CeilDiv(l, r),
            _ => AffineArithmetic.Mod(l, r),
        };
    }
}
