using System.Text;

namespace Lce.IR.Affine;

/// <summary>
/// A multi-result affine function (d0, ..., dn-1)[s0, ..., sm-1] -> (e0, ..., ek-1).
/// Immutable, compared structurally.
/// </summary>
public sealed class AffineMap : IEquatable<AffineMap>
{
    private readonly AffineExpr[] _results;
    private readonly int _hash;

    public int NumDims { get; }
    public int NumSymbols { get; }
    public IReadOnlyList<AffineExpr> Results => _results;
    public int NumResults => _results.Length;
    public int NumInputs => NumDims + NumSymbols;

    private AffineMap(int numDims, int numSymbols, AffineExpr[] results)
    {
        NumDims = numDims;
        NumSymbols = numSymbols;
        _results = results;
        var h = new HashCode();
        h.Add(numDims); h.Add(numSymbols);
        foreach (var r in results) h.Add(r);
        _hash = h.ToHashCode();
    }

    /// <summary>Creates a map; results are taken as given (they were simplified when built).</summary>
    public static AffineMap Get(int numDims, int numSymbols, IEnumerable<AffineExpr> results)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numDims);
        ArgumentOutOfRangeException.ThrowIfNegative(numSymbols);
        return new AffineMap(numDims, numSymbols, results.ToArray());
    }

    /// <summary>The map with no inputs and no results: () -> ().</summary>
    public static AffineMap Empty { get; } = new(0, 0, []);

    /// <summary>(d0, ..., dn-1) -> (d0, ..., dn-1).</summary>
    public static AffineMap Identity(int numDims) =>
        new(numDims, 0, Enumerable.Range(0, numDims).Select(AffineExpr.Dim).ToArray());

    /// <summary>() -> (c0, c1, ...).</summary>
    public static AffineMap Constant(params long[] values) =>
        new(0, 0, values.Select(AffineExpr.Constant).ToArray());

    public bool IsIdentity =>
        NumSymbols == 0 && NumDims == _results.Length &&
        _results.Select((r, i) => r is AffineDimExpr d && d.Position == i).All(ok => ok);

    /// <summary>Evaluates every result at the given point.</summary>
    public long[] Evaluate(IReadOnlyList<long> dims, IReadOnlyList<long> symbols)
    {
        if (dims.Count != NumDims || symbols.Count != NumSymbols)
            throw new ArgumentException($"map takes {NumDims} dims and {NumSymbols} symbols");
        return _results.Select(r => r.Evaluate(dims, symbols)).ToArray();
    }

    /// <summary>The text mlir-opt prints inside affine_map&lt;...&gt;.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        AffinePrinting.AppendIdentifierLists(sb, NumDims, NumSymbols);
        sb.Append(" -> (");
        for (int i = 0; i < _results.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            AffineExprPrinter.Print(sb, _results[i]);
        }
        return sb.Append(')').ToString();
    }

    public bool Equals(AffineMap? other) =>
        other is not null && other._hash == _hash && other.NumDims == NumDims && other.NumSymbols == NumSymbols &&
        other._results.AsSpan().SequenceEqual(_results);
    public override bool Equals(object? obj) => obj is AffineMap m && Equals(m);
    public override int GetHashCode() => _hash;
}
