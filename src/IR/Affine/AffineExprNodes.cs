namespace Lce.IR.Affine;

/// <summary>A dimension identifier dN.</summary>
public sealed class AffineDimExpr : AffineExpr
{
    private static readonly AffineDimExpr[] Cache = Enumerable.Range(0, 64).Select(i => new AffineDimExpr(i)).ToArray();

    public int Position { get; }

    private AffineDimExpr(int position)
        : base(AffineExprKind.DimId, HashCode.Combine(1, position), symbolicOrConstant: false, pureAffine: true, largestKnownDivisor: 1)
    {
        Position = position;
    }

    internal static AffineDimExpr Get(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        return position < Cache.Length ? Cache[position] : new AffineDimExpr(position);
    }
}

/// <summary>A symbol identifier sN.</summary>
public sealed class AffineSymbolExpr : AffineExpr
{
    private static readonly AffineSymbolExpr[] Cache = Enumerable.Range(0, 64).Select(i => new AffineSymbolExpr(i)).ToArray();

    public int Position { get; }

    private AffineSymbolExpr(int position)
        : base(AffineExprKind.SymbolId, HashCode.Combine(2, position), symbolicOrConstant: true, pureAffine: true, largestKnownDivisor: 1)
    {
        Position = position;
    }

    internal static AffineSymbolExpr Get(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        return position < Cache.Length ? Cache[position] : new AffineSymbolExpr(position);
    }
}

/// <summary>An integer constant.</summary>
public sealed class AffineConstantExpr : AffineExpr
{
    public long Value { get; }

    // Math.Abs throws on long.MinValue; the reference keeps the wrapped (negative) value.
    private AffineConstantExpr(long value)
        : base(AffineExprKind.Constant, HashCode.Combine(3, value), symbolicOrConstant: true, pureAffine: true,
               largestKnownDivisor: value < 0 ? unchecked(-value) : value)
    {
        Value = value;
    }

    internal static AffineConstantExpr Get(long value) => new(value);
}

/// <summary>A binary operation: add, mul, mod, floordiv or ceildiv.</summary>
public sealed class AffineBinaryOpExpr : AffineExpr
{
    public AffineExpr Lhs { get; }
    public AffineExpr Rhs { get; }

    private AffineBinaryOpExpr(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs)
        : base(kind, HashCode.Combine((int)kind + 10, lhs.GetHashCode(), rhs.GetHashCode()),
               lhs.IsSymbolicOrConstant && rhs.IsSymbolicOrConstant,
               ComputePureAffine(kind, lhs, rhs),
               ComputeLargestKnownDivisor(kind, lhs, rhs))
    {
        Lhs = lhs;
        Rhs = rhs;
    }

    /// <summary>
    /// Creates the node without simplification. For the commutative operators, when both operands
    /// are plain identifiers, they are put in canonical order (dims before symbols, then by
    /// position), as MLIR 22 does when it uniques a new binary expression.
    /// </summary>
    internal static AffineBinaryOpExpr Create(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs)
    {
        if (kind == AffineExprKind.Add || kind == AffineExprKind.Mul)
        {
            long l = IdentifierOrder(lhs), r = IdentifierOrder(rhs);
            if (l != long.MaxValue && r != long.MaxValue && r < l) (lhs, rhs) = (rhs, lhs);
        }
        return new AffineBinaryOpExpr(kind, lhs, rhs);
    }

    /// <summary>Sort key for identifiers; non-identifiers get the largest key so they never move.</summary>
    private static long IdentifierOrder(AffineExpr e) => e switch
    {
        AffineDimExpr d => d.Position,
        AffineSymbolExpr s => (1L << 32) + s.Position,
        _ => long.MaxValue,
    };

    private static bool ComputePureAffine(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs) => kind switch
    {
        AffineExprKind.Add => lhs.IsPureAffine && rhs.IsPureAffine,
        AffineExprKind.Mul => lhs.IsPureAffine && rhs.IsPureAffine &&
                              (lhs is AffineConstantExpr || rhs is AffineConstantExpr),
        _ => lhs.IsPureAffine && rhs is AffineConstantExpr,
    };

    private static long ComputeLargestKnownDivisor(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs) => kind switch
    {
        AffineExprKind.Mul => unchecked(lhs.LargestKnownDivisor * rhs.LargestKnownDivisor),
        AffineExprKind.Add or AffineExprKind.Mod => AffineArithmetic.Gcd(lhs.LargestKnownDivisor, rhs.LargestKnownDivisor),
        _ => QuotientDivisor(lhs.LargestKnownDivisor, rhs),
    };

    /// <summary>
    /// A division by a constant that divides the dividend's known divisor keeps the quotient of
    /// the two as known divisor (mlir-opt 22 folds "((d0 * 8) mod 32) floordiv 4) mod 2" to 0).
    /// </summary>
    private static long QuotientDivisor(long dividendDivisor, AffineExpr divisor)
    {
        if (divisor is not AffineConstantExpr { Value: not 0 } c) return 1;
        if (c.Value == -1) return dividendDivisor < 0 ? unchecked(-dividendDivisor) : dividendDivisor;
        if (dividendDivisor % c.Value != 0) return 1;
        long q = dividendDivisor / c.Value;
        return q < 0 ? unchecked(-q) : q;
    }
}
