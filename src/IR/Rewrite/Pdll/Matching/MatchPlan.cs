namespace Lce.IR.Rewrite.Pdll;

/// <summary>Where the rewrite finds a match-section variable: at a position, as a constant, or as a tuple of those.</summary>
internal abstract record Binding;
internal sealed record PositionBinding(Position Position) : Binding;
internal sealed record ConstantBinding(object? Value) : Binding;
internal sealed record TupleBinding(IReadOnlyList<Binding> Elements) : Binding;

/// <summary>The lowered match section of one pattern.</summary>
internal sealed class MatchPlan
{
    /// <summary>The root op name (null: the pattern may match any op).</summary>
    public required string? RootName { get; init; }
    public required IReadOnlyList<Predicate> Predicates { get; init; }
    public required IReadOnlyDictionary<VarDecl, Binding> Bindings { get; init; }
    /// <summary>Matched ops: the root, then the others in PDL pattern order (their locations are fused for created ops).</summary>
    public required IReadOnlyList<Position> MatchedOps { get; init; }
}
