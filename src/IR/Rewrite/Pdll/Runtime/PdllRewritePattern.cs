namespace Lce.IR.Rewrite.Pdll;

/// <summary>
/// A PDLL `Pattern` as a <see cref="RewritePattern"/>: benefit, root and debug name come from
/// the declaration; matching goes through the decision tree shared with the module's other
/// patterns of the same root; the rewrite section is interpreted on success.
/// </summary>
public sealed class PdllRewritePattern : RewritePattern
{
    private readonly SharedMatcher _matcher;
    private readonly int _index;
    private readonly PatternDecl _decl;
    private readonly IReadOnlyList<(VarDecl Var, Binding Binding)> _bindings;
    private readonly IReadOnlyDictionary<Position, int> _positionIndex;
    private readonly IRContext _ctx;
    private readonly NativeRegistry _natives;

    internal PdllRewritePattern(IRContext ctx, NativeRegistry natives, PatternDecl decl, string name, string? root,
        SharedMatcher matcher, int index, IReadOnlyList<(VarDecl, Binding)> bindings, IReadOnlyList<Position> bindingPositions,
        IReadOnlyList<string> generatedOps)
        : base(root, decl.Benefit, generatedOps)
    {
        _ctx = ctx;
        _natives = natives;
        _decl = decl;
        _matcher = matcher;
        _index = index;
        _bindings = bindings;
        _positionIndex = bindingPositions.Select((p, i) => (p, i)).ToDictionary(t => t.p, t => t.i);
        DebugName = name;
        HasBoundedRewriteRecursion = decl.HasBoundedRecursion;
    }

    /// <summary>Questions the shared matcher of this pattern's root has evaluated so far.</summary>
    public long SharedPredicateEvaluations => _matcher.PredicateEvaluations;

    /// <summary>Whether the pattern matches <paramref name="op"/> (no rewrite).</summary>
    public bool Matches(Operation op, PatternRewriter rewriter) => _matcher.Match(op, rewriter).Captures[_index] is not null;

    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        var outcome = _matcher.Match(op, rewriter);
        var captured = outcome.Captures[_index];
        if (captured is null) return false;
        var loc = FusedLoc.Get(_ctx, outcome.MatchedOps[_index]!.Select(o => o.Location));
        var interpreter = new RewriteInterpreter(_ctx, rewriter, _natives, loc, op);
        foreach (var (v, binding) in _bindings) interpreter.Bind(v, Resolve(binding, captured));
        _matcher.Invalidate(rewriter);
        interpreter.RunTerminal(_decl.Body[^1]);
        return true;
    }

    private object? Resolve(Binding b, object?[] captured) => b switch
    {
        PositionBinding p => captured[_positionIndex[p.Position]],
        ConstantBinding c => c.Value,
        TupleBinding t => t.Elements.Select(e => Resolve(e, captured)).ToArray(),
        _ => null,
    };
}
