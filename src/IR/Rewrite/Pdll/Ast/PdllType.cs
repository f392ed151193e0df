namespace Lce.IR.Rewrite.Pdll;

/// <summary>The types of PDLL expressions, printed as PDLL prints them in diagnostics.</summary>
public abstract record PdllType
{
    public static readonly PdllType Attr = new Simple("Attr");
    public static readonly PdllType Type = new Simple("Type");
    public static readonly PdllType TypeRange = new Simple("TypeRange");
    public static readonly PdllType Value = new Simple("Value");
    public static readonly PdllType ValueRange = new Simple("ValueRange");
    public static readonly PdllType None = new Simple("None");
    public static readonly PdllType Constraint = new Simple("Constraint");
    public static readonly PdllType Rewrite = new Simple("Rewrite");
    public static readonly OpType AnyOp = new(null);

    public sealed record Simple(string Name) : PdllType
    {
        public override string ToString() => Name;
    }

    /// <summary>`Op` or `Op&lt;dialect.name&gt;`.</summary>
    public sealed record OpType(string? OpName) : PdllType
    {
        public override string ToString() => OpName is null ? "Op" : $"Op<{OpName}>";
    }

    /// <summary>`Tuple&lt;Value, Attr&gt;` with optional element names.</summary>
    public sealed record TupleType(IReadOnlyList<PdllType> Elements, IReadOnlyList<string?> Names) : PdllType
    {
        public override string ToString() =>
            "Tuple<" + string.Join(", ", Elements.Select((e, i) => Names[i] is { } n ? $"{n}: {e}" : e.ToString())) + ">";
        public bool Equals(TupleType? other) => other is not null && Elements.SequenceEqual(other.Elements) && Names.SequenceEqual(other.Names);
        public override int GetHashCode() => Elements.Count;
    }

    public bool IsOp => this is OpType;
}
