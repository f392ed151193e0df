using Lce.IR.Affine;

namespace Lce.Tests.Affine;

/// <summary>
/// An unsimplified expression tree for property tests: it can be evaluated directly (the
/// reference semantics) and rebuilt through the simplifying AffineExpr operators.
/// </summary>
internal abstract record RawExpr
{
    public sealed record Dim(int Position) : RawExpr;
    public sealed record Sym(int Position) : RawExpr;
    public sealed record Const(long Value) : RawExpr;
    public sealed record Bin(AffineExprKind Kind, RawExpr Lhs, RawExpr Rhs) : RawExpr;

    /// <summary>True when the tree uses no dimension (MLIR's "symbolic or constant").</summary>
    public bool IsSymbolic => this switch
    {
        Dim => false,
        Bin b => b.Lhs.IsSymbolic && b.Rhs.IsSymbolic,
        _ => true,
    };

    public long Evaluate(long[] dims, long[] syms) => this switch
    {
        Dim d => dims[d.Position],
        Sym s => syms[s.Position],
        Const c => c.Value,
        Bin { Kind: AffineExprKind.Add } b => b.Lhs.Evaluate(dims, syms) + b.Rhs.Evaluate(dims, syms),
        Bin { Kind: AffineExprKind.Mul } b => b.Lhs.Evaluate(dims, syms) * b.Rhs.Evaluate(dims, syms),
        Bin { Kind: AffineExprKind.FloorDiv } b => AffineArithmetic.FloorDiv(b.Lhs.Evaluate(dims, syms), b.Rhs.Evaluate(dims, syms)),
        Bin { Kind: AffineExprKind.CeilDiv } b => AffineArithmetic.CeilDiv(b.Lhs.Evaluate(dims, syms), b.Rhs.Evaluate(dims, syms)),
        Bin b => AffineArithmetic.Mod(b.Lhs.Evaluate(dims, syms), b.Rhs.Evaluate(dims, syms)),
        _ => throw new InvalidOperationException(),
    };

    public AffineExpr Build() => this switch
    {
        Dim d => AffineExpr.Dim(d.Position),
        Sym s => AffineExpr.Symbol(s.Position),
        Const c => AffineExpr.Constant(c.Value),
        Bin b => AffineExpr.Binary(b.Kind, b.Lhs.Build(), b.Rhs.Build()),
        _ => throw new InvalidOperationException(),
    };
}

/// <summary>Seeded generator of valid (semi-)affine trees with small constants.</summary>
internal static class RandomAffineExprs
{
    public const int NumDims = 3;
    public const int NumSymbols = 2;

    public static RawExpr Generate(Random rng, int depth, bool symbolicOnly = false)
    {
        if (depth == 0 || rng.Next(4) == 0) return Leaf(rng, symbolicOnly);
        var kind = (AffineExprKind)rng.Next(5);
        var lhs = Generate(rng, depth - 1, symbolicOnly);
        // Products need a symbolic factor and divisors must be symbolic, as the parser requires.
        var rhs = Generate(rng, depth - 1, symbolicOnly: symbolicOnly || kind != AffineExprKind.Add);
        // Mostly positive constant divisors, so division rules fire; occasionally zero or negative.
        if (kind is AffineExprKind.FloorDiv or AffineExprKind.CeilDiv or AffineExprKind.Mod && rng.Next(3) > 0)
            rhs = new RawExpr.Const(rng.Next(1, 9));
        return new RawExpr.Bin(kind, lhs, rhs);
    }

    private static RawExpr Leaf(Random rng, bool symbolicOnly) => rng.Next(symbolicOnly ? 2 : 3) switch
    {
        0 => new RawExpr.Const(rng.Next(-8, 9)),
        1 => new RawExpr.Sym(rng.Next(NumSymbols)),
        _ => new RawExpr.Dim(rng.Next(NumDims)),
    };
}
