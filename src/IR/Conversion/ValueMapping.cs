namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>An immutable list of values compared element-wise: a key and a target of the conversion mapping.</summary>
internal sealed class ValueVector : IEquatable<ValueVector>
{
    public static readonly ValueVector Empty = new([]);

    private readonly Value[] _values;

    public ValueVector(IEnumerable<Value> values) { _values = values.ToArray(); }
    public ValueVector(Value value) { _values = [value]; }

    public IReadOnlyList<Value> Values => _values;
    public int Count => _values.Length;
    public bool IsEmpty => _values.Length == 0;
    public Value this[int i] => _values[i];

    public bool TypesEqual(IReadOnlyList<IRType> types)
    {
        if (types.Count != _values.Length) return false;
        for (int i = 0; i < types.Count; i++) if (!Equals(_values[i].Type, types[i])) return false;
        return true;
    }

    public bool Equals(ValueVector? other)
    {
        if (other is null || other._values.Length != _values.Length) return false;
        for (int i = 0; i < _values.Length; i++) if (!ReferenceEquals(_values[i], other._values[i])) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is ValueVector v && Equals(v);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var v in _values) h.Add(v);
        return h.ToHashCode();
    }
}

/// <summary>
/// Replacements recorded during a conversion (MLIR's ConversionValueMapping): a value (or a
/// group of values, for N:M materializations) maps to the values that replace it. Lookups
/// follow chains, since a replacement may itself be replaced later.
/// </summary>
internal sealed class ConversionValueMapping
{
    private readonly Dictionary<ValueVector, ValueVector> _mapping = new();
    private readonly HashSet<Value> _mappedTo = new();

    /// <summary>Whether some mapping points at <paramref name="value"/> (may give false positives after erasure).</summary>
    public bool IsMappedTo(Value value) => _mappedTo.Contains(value);

    /// <summary>The direct replacement of <paramref name="from"/>, or <see cref="ValueVector.Empty"/>.</summary>
    public ValueVector Lookup(ValueVector from) => _mapping.TryGetValue(from, out var to) ? to : ValueVector.Empty;

    public void Map(ValueVector from, ValueVector to)
    {
        foreach (var v in to.Values) _mappedTo.Add(v);
        _mapping[from] = to;
    }

    public void Map(Value from, ValueVector to) => Map(new ValueVector(from), to);

    public void Erase(ValueVector from) => _mapping.Remove(from);
}
