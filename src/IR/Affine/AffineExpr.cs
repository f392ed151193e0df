namespace Lce.IR.Affine;

/// <summary>
/// An immutable affine expression over dimensions (d0, d1, ...), symbols (s0, ...) and integer
/// constants. Binary expressions are only built through the operators and the
/// <see cref="FloorDiv(AffineExpr)"/>/<see cref="CeilDiv(AffineExpr)"/>/<see cref="Mod(AffineExpr)"/>
/// methods, which simplify on construction exactly as MLIR does, so two spellings of the same
/// expression print identically. Equality is structural.
/// </summary>
public abstract class AffineExpr : IEquatable<AffineExpr>
{
    private protected AffineExpr(AffineExprKind kind, int hash, bool symbolicOrConstant, bool pureAffine, long largestKnownDivisor)
    {
        Kind = kind;
        _hash = hash;
        IsSymbolicOrConstant = symbolicOrConstant;
        IsPureAffine = pureAffine;
        LargestKnownDivisor = largestKnownDivisor;
    }

    private readonly int _hash;

    public AffineExprKind Kind { get; }

    /// <summary>True when the expression uses no dimension (only symbols and constants).</summary>
    /// <remarks>Cached at construction: the simplifier asks this on every add and multiply, and
    /// recomputing it on long sums would make building them quadratic.</remarks>
    public bool IsSymbolicOrConstant { get; }

    /// <summary>True when multiplications, divisions and mods only involve constants.</summary>
    public bool IsPureAffine { get; }

    /// <summary>The largest integer known to divide every value of the expression.</summary>
    public long LargestKnownDivisor { get; }

    public static AffineExpr Dim(int position) => AffineDimExpr.Get(position);
    public static AffineExpr Symbol(int position) => AffineSymbolExpr.Get(position);
    public static AffineExpr Constant(long value) => AffineConstantExpr.Get(value);

    /// <summary>Builds (and simplifies) a binary expression of the given kind.</summary>
    public static AffineExpr Binary(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs) => kind switch
    {
        AffineExprKind.Add => lhs + rhs,
        AffineExprKind.Mul => lhs * rhs,
        AffineExprKind.FloorDiv => lhs.FloorDiv(rhs),
        AffineExprKind.CeilDiv => lhs.CeilDiv(rhs),
        AffineExprKind.Mod => lhs.Mod(rhs),
        _ => throw new ArgumentException($"{kind} is not a binary affine operator", nameof(kind)),
    };

    public static AffineExpr operator +(AffineExpr lhs, AffineExpr rhs) =>
        AffineSimplifier.SimplifyAdd(lhs, rhs) ?? AffineBinaryOpExpr.Create(AffineExprKind.Add, lhs, rhs);
    public static AffineExpr operator +(AffineExpr lhs, long rhs) => lhs + Constant(rhs);
    public static AffineExpr operator *(AffineExpr lhs, AffineExpr rhs) =>
        AffineSimplifier.SimplifyMul(lhs, rhs) ?? AffineBinaryOpExpr.Create(AffineExprKind.Mul, lhs, rhs);
    public static AffineExpr operator *(AffineExpr lhs, long rhs) => lhs * Constant(rhs);
    public static AffineExpr operator -(AffineExpr operand) => operand * Constant(-1);
    public static AffineExpr operator -(AffineExpr lhs, AffineExpr rhs) => lhs + (-rhs);
    public static AffineExpr operator -(AffineExpr lhs, long rhs) => lhs + unchecked(-rhs);
    public static AffineExpr operator +(long lhs, AffineExpr rhs) => Constant(lhs) + rhs;
    public static AffineExpr operator *(long lhs, AffineExpr rhs) => Constant(lhs) * rhs;
    public static AffineExpr operator -(long lhs, AffineExpr rhs) => Constant(lhs) - rhs;
    public static AffineExpr operator %(AffineExpr lhs, AffineExpr rhs) => lhs.Mod(rhs);
    public static AffineExpr operator %(AffineExpr lhs, long rhs) => lhs.Mod(Constant(rhs));

    public AffineExpr FloorDiv(AffineExpr rhs) =>
        AffineSimplifier.SimplifyFloorDiv(this, rhs) ?? AffineBinaryOpExpr.Create(AffineExprKind.FloorDiv, this, rhs);
    public AffineExpr FloorDiv(long rhs) => FloorDiv(Constant(rhs));
    public AffineExpr CeilDiv(AffineExpr rhs) =>
        AffineSimplifier.SimplifyCeilDiv(this, rhs) ?? AffineBinaryOpExpr.Create(AffineExprKind.CeilDiv, this, rhs);
    public AffineExpr CeilDiv(long rhs) => CeilDiv(Constant(rhs));
    public AffineExpr Mod(AffineExpr rhs) =>
        AffineSimplifier.SimplifyMod(this, rhs) ?? AffineBinaryOpExpr.Create(AffineExprKind.Mod, this, rhs);
    public AffineExpr Mod(long rhs) => Mod(Constant(rhs));

    /// <summary>True for a constant node with this value.</summary>
    public bool IsConstant(long value) => this is AffineConstantExpr c && c.Value == value;

    /// <summary>
    /// Evaluates the expression at integer dimension and symbol values with MLIR's operator
    /// semantics. Throws <see cref="DivideByZeroException"/> on a zero divisor.
    /// </summary>
    public long Evaluate(IReadOnlyList<long> dims, IReadOnlyList<long> symbols) =>
        AffineExprEvaluator.Evaluate(this, dims, symbols);

    /// <summary>The expression as mlir-opt prints it inside a map.</summary>
    public override string ToString() => AffineExprPrinter.Print(this);

    public override int GetHashCode() => _hash;
    public override bool Equals(object? obj) => obj is AffineExpr e && Equals(e);
    public bool Equals(AffineExpr? other) => other is not null && StructurallyEqual(this, other);

    public static bool operator ==(AffineExpr? a, AffineExpr? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(AffineExpr? a, AffineExpr? b) => !(a == b);

    /// <summary>
    /// Compares two trees with an explicit work list, so very deep expressions (long sums build
    /// left-deep trees) cannot overflow the call stack.
    /// </summary>
    private static bool StructurallyEqual(AffineExpr a, AffineExpr b)
    {
        var pending = new Stack<(AffineExpr, AffineExpr)>();
        pending.Push((a, b));
        while (pending.Count > 0)
        {
            var (x, y) = pending.Pop();
            if (ReferenceEquals(x, y)) continue;
            if (x._hash != y._hash || x.Kind != y.Kind) return false;
            switch (x)
            {
                case AffineConstantExpr cx:
                    if (cx.Value != ((AffineConstantExpr)y).Value) return false;
                    break;
                case AffineDimExpr dx:
                    if (dx.Position != ((AffineDimExpr)y).Position) return false;
                    break;
                case AffineSymbolExpr sx:
                    if (sx.Position != ((AffineSymbolExpr)y).Position) return false;
                    break;
                case AffineBinaryOpExpr bx:
                    var by = (AffineBinaryOpExpr)y;
                    pending.Push((bx.Rhs, by.Rhs));
                    pending.Push((bx.Lhs, by.Lhs));
                    break;
            }
        }
        return true;
    }
}
