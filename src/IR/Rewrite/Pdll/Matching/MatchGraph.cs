namespace Lce.IR.Rewrite.Pdll;

/// <summary>
/// The entities a pattern's match section talks about, before positions are assigned: ops,
/// values, attributes, types and tuples of them. Variables and nested expressions that denote the
/// same entity share one node, which is how a repeated variable becomes an equality test.
/// </summary>
internal abstract class MatchNode(SourceLoc loc)
{
    public SourceLoc Loc { get; } = loc;
    public Position? Position { get; set; }
}

internal sealed class OpNode(SourceLoc loc, string? name, OpDefinition? def) : MatchNode(loc)
{
    public string? Name { get; } = name;
    public OpDefinition? Definition { get; } = def;
    /// <summary>Operand entries (ValueNodes) when an operand list was written.</summary>
    public List<ValueNode>? Operands { get; set; }
    /// <summary>Result type entries (TypeNodes) when `-> (...)` was written.</summary>
    public List<TypeNode>? ResultTypes { get; set; }
    public List<(string Name, AttrNode Value)> Attributes { get; } = new();
    /// <summary>Values this op defines that the pattern mentions, by result group (-1: all results as a range).</summary>
    public Dictionary<int, ValueNode> Results { get; } = new();

    /// <summary>Exactly one result (so a value it defines needs no index check).</summary>
    public bool HasSingleResult => Definition is { } d && d.ResultDefs.Count == 1 && d.ResultDefs[0].Arity == Arity.Single;

    public ValueNode Result(int group, bool range, SourceLoc loc)
    {
        if (!Results.TryGetValue(group, out var v))
            Results[group] = v = new ValueNode(loc, range) { DefiningOp = this, ResultGroup = group };
        return v;
    }
}

internal sealed class ValueNode(SourceLoc loc, bool isRange) : MatchNode(loc)
{
    public bool IsRange { get; } = isRange;
    public List<TypeNode> Types { get; } = new();
    public OpNode? DefiningOp { get; init; }
    public int ResultGroup { get; init; }
}

internal sealed class AttrNode(SourceLoc loc, IRAttribute? literal) : MatchNode(loc)
{
    public IRAttribute? Literal { get; } = literal;
    public List<TypeNode> Types { get; } = new();
}

internal sealed class TypeNode(SourceLoc loc, bool isRange, IRType? literal) : MatchNode(loc)
{
    public bool IsRange { get; } = isRange;
    public IRType? Literal { get; } = literal;
}

internal sealed class TupleNode(SourceLoc loc, IReadOnlyList<MatchNode?> elements) : MatchNode(loc)
{
    public IReadOnlyList<MatchNode?> Elements { get; } = elements;
}

/// <summary>A native constraint applied to match nodes (results become new nodes).</summary>
internal sealed record NativeApplication(SourceLoc Loc, string Name, IReadOnlyList<MatchNode> Args, IReadOnlyList<MatchNode> Results, bool Negated);
