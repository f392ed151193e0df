using System.Text;

namespace Lce.IR.Affine;

/// <summary>One constraint of an integer set: Expr == 0 when IsEquality, else Expr &gt;= 0.</summary>
public readonly record struct AffineConstraint(AffineExpr Expr, bool IsEquality);

/// <summary>
/// A conjunction of affine constraints over dims and symbols:
/// (d0)[s0] : (d0 - s0 &gt;= 0, d0 == 0). Immutable, compared structurally.
/// </summary>
public sealed class IntegerSet : IEquatable<IntegerSet>
{
    private readonly AffineConstraint[] _constraints;
    private readonly int _hash;

    public int NumDims { get; }
    public int NumSymbols { get; }
    public IReadOnlyList<AffineConstraint> Constraints => _constraints;
    public int NumConstraints => _constraints.Length;

    private IntegerSet(int numDims, int numSymbols, AffineConstraint[] constraints)
    {
        NumDims = numDims;
        NumSymbols = numSymbols;
        _constraints = constraints;
        var h = new HashCode();
        h.Add(numDims); h.Add(numSymbols);
        foreach (var c in constraints) { h.Add(c.Expr); h.Add(c.IsEquality); }
        _hash = h.ToHashCode();
    }

    public static IntegerSet Get(int numDims, int numSymbols, IEnumerable<AffineConstraint> constraints)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numDims);
        ArgumentOutOfRangeException.ThrowIfNegative(numSymbols);
        return new IntegerSet(numDims, numSymbols, constraints.ToArray());
    }

    public static IntegerSet Get(int numDims, int numSymbols, IReadOnlyList<AffineExpr> constraints, IReadOnlyList<bool> eqFlags)
    {
        if (constraints.Count != eqFlags.Count) throw new ArgumentException("one equality flag per constraint is required");
        return Get(numDims, numSymbols, constraints.Select((c, i) => new AffineConstraint(c, eqFlags[i])));
    }

    /// <summary>The always-true set MLIR builds for an empty constraint list: "0 == 0".</summary>
    public static IntegerSet Universe(int numDims, int numSymbols) =>
        new(numDims, numSymbols, [new AffineConstraint(AffineExpr.Constant(0), true)]);

    /// <summary>The empty set as MLIR spells it: "1 == 0".</summary>
    public static IntegerSet EmptySet(int numDims, int numSymbols) =>
        new(numDims, numSymbols, [new AffineConstraint(AffineExpr.Constant(1), true)]);

    /// <summary>True when the point satisfies every constraint.</summary>
    public bool Contains(IReadOnlyList<long> dims, IReadOnlyList<long> symbols) =>
        _constraints.All(c =>
        {
            long v = c.Expr.Evaluate(dims, symbols);
            return c.IsEquality ? v == 0 : v >= 0;
        });

    /// <summary>The text mlir-opt prints inside affine_set&lt;...&gt;.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        AffinePrinting.AppendIdentifierLists(sb, NumDims, NumSymbols);
        sb.Append(" : (");
        for (int i = 0; i < _constraints.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            AffineExprPrinter.Print(sb, _constraints[i].Expr);
            sb.Append(_constraints[i].IsEquality ? " == 0" : " >= 0");
        }
        return sb.Append(')').ToString();
    }

    public bool Equals(IntegerSet? other) =>
        other is not null && other._hash == _hash && other.NumDims == NumDims && other.NumSymbols == NumSymbols &&
        other._constraints.AsSpan().SequenceEqual(_constraints);
    public override bool Equals(object? obj) => obj is IntegerSet s && Equals(s);
    public override int GetHashCode() => _hash;
}
