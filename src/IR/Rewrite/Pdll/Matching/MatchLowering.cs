namespace Lce.IR.Rewrite.Pdll;

/// <summary>
/// Lowers a checked pattern's match section to predicates over positions (as MLIR lowers PDL to
/// PDLInterp): the entities it mentions become nodes, then positions are assigned breadth-first
/// from the root through operands, defining ops, attributes and types; a node reached twice gives
/// an equality test. PDLL-bodied constraints are inlined; native ones become predicates evaluated
/// once their arguments are positioned.
/// </summary>
internal sealed partial class MatchLowering
{
    private readonly PdllDiagnostics _diags;
    private readonly IRContext _ctx;
    private readonly Stack<Dictionary<VarDecl, MatchNode?>> _frames = new();
    private readonly List<MatchNode> _nodes = new();
    private readonly List<NativeApplication> _natives = new();
    private readonly List<Predicate> _predicates = new();
    private readonly Queue<MatchNode> _queue = new();
    /// <summary>
    /// Ops in the order PDLL emits them into the PDL pattern (an op after its operands' ops). Created
    /// ops are located at the fused locations of the root and then these (MLIR fuses the matched ops
    /// in the order its predicate tree first tests them, which usually starts at the root).
    /// </summary>
    private readonly List<OpNode> _opOrder = new();
    private bool _failed;

    private MatchLowering(IRContext ctx, PdllDiagnostics diags) { _ctx = ctx; _diags = diags; }

    public static MatchPlan? Lower(IRContext ctx, PatternDecl pattern, PdllDiagnostics diags) => new MatchLowering(ctx, diags).Run(pattern);

    private MatchPlan? Run(PatternDecl pattern)
    {
        var frame = new Dictionary<VarDecl, MatchNode?>();
        _frames.Push(frame);
        var terminal = pattern.Body[^1];
        foreach (var s in pattern.Body.Take(pattern.Body.Count - 1)) MatchStmt(s);
        var rootExpr = terminal switch { EraseStmt e => e.Op, ReplaceStmt r => r.Op, RewriteStmt rw => rw.Op, _ => null };
        if (rootExpr is null || NodeOf(rootExpr) is not OpNode root)
        {
            if (!_failed) Fail(terminal.Loc, "unable to determine the root operation of the pattern");
            return null;
        }
        if (_failed) return null;

        Assign(root, RootPosition.Instance);
        Drain();
        PositionNatives();
        if (_failed) return null;
        CheckAllReachable(root);
        if (_failed) return null;

        return new MatchPlan
        {
            RootName = root.Name,
            Predicates = _predicates,
            Bindings = frame.ToDictionary(kv => kv.Key, kv => BindingOf(kv.Value)),
            MatchedOps = _opOrder.Where(o => o.Position is not null).Select(o => o.Position!)
                .OrderBy(p => p is RootPosition ? 0 : 1).Distinct().ToList(),
        };
    }

    private void Fail(SourceLoc loc, string message)
    {
        if (_failed) return;
        _failed = true;
        _diags.Error(loc, message);
    }

    private T Track<T>(T node) where T : MatchNode { _nodes.Add(node); return node; }

    // ------------------------------------------------------------------ positions

    private void Assign(MatchNode node, Position pos)
    {
        if (node is TupleNode) { Fail(node.Loc, "unable to match a tuple against the IR"); return; }
        if (node.Position is { } existing)
        {
            if (!existing.Equals(pos)) _predicates.Add(new Predicate(pos, new EqualToQuestion(existing), true));
            return;
        }
        node.Position = pos;
        _queue.Enqueue(node);
    }

    private void Drain()
    {
        while (_queue.Count > 0 && !_failed)
        {
            switch (_queue.Dequeue())
            {
                case OpNode op: ExpandOp(op); break;
                case ValueNode v: ExpandValue(v); break;
                case AttrNode a:
                    if (a.Literal is not null) _predicates.Add(new Predicate(a.Position, ConstantValueQuestion.Instance, a.Literal));
                    foreach (var t in a.Types) Assign(t, new TypePosition(a.Position!));
                    break;
                case TypeNode t:
                    if (t.Literal is not null) _predicates.Add(new Predicate(t.Position, ConstantValueQuestion.Instance, t.Literal));
                    break;
            }
        }
    }

    private void ExpandOp(OpNode op)
    {
        var pos = op.Position!;
        if (pos is not RootPosition)
        {
            _predicates.Add(new Predicate(pos, IsNotNullQuestion.Instance, true));
            if (op.Name is not null) _predicates.Add(new Predicate(pos, OpNameQuestion.Instance, op.Name));
        }
        if (op.Operands is { } operands)
            AssignGroups(pos, operands.Cast<MatchNode>().ToList(), operands.Select(o => o.IsRange).ToList(), op.Definition?.OperandDefs,
                OperandCountQuestion.Instance, (i, range, grouped) => new OperandPosition(pos, i, range, grouped), isType: false);
        foreach (var (name, value) in op.Attributes)
        {
            var apos = new AttributePosition(pos, name);
            _predicates.Add(new Predicate(apos, IsNotNullQuestion.Instance, true));
            Assign(value, apos);
        }
        if (op.ResultTypes is { } types)
            AssignGroups(pos, types.Cast<MatchNode>().ToList(), types.Select(t => t.IsRange).ToList(), op.Definition?.ResultDefs,
                ResultCountQuestion.Instance, (i, range, grouped) => new ResultPosition(pos, i, range, grouped), isType: true);
        bool grouped = HasVariadic(op.Definition?.ResultDefs);
        foreach (var (group, value) in op.Results)
            if (value.Position is null)
                Assign(value, group < 0 ? new ResultPosition(pos, -1, true, false) : new ResultPosition(pos, group, value.IsRange, grouped));
    }

    private static bool HasVariadic(IReadOnlyList<ValueDef>? defs) => defs is not null && defs.Any(d => d.Arity != Arity.Single);

    /// <summary>Operand or result-type entries: flat positions (with a count check), one range for all, or ODS groups.</summary>
    private void AssignGroups(Position op, List<MatchNode> entries, List<bool> ranges, IReadOnlyList<ValueDef>? defs,
        Question countQuestion, Func<int, bool, bool, Position> position, bool isType)
    {
        Position Wrap(Position p) => isType ? new TypePosition(p) : p;
        if (entries.Count == 1 && ranges[0] && (defs is null || defs.Count != 1))
        {
            Assign(entries[0], Wrap(position(-1, true, false)));
            return;
        }
        if (!HasVariadic(defs) && !ranges.Contains(true))
        {
            _predicates.Add(new Predicate(op, countQuestion, entries.Count));
            for (int i = 0; i < entries.Count; i++) Assign(entries[i], Wrap(position(i, false, false)));
            return;
        }
        if (defs is null)
        {
            Fail(entries[0].Loc, "unable to match a mix of single values and ranges on an operation whose definition is unknown");
            return;
        }
        for (int i = 0; i < entries.Count; i++) Assign(entries[i], Wrap(position(i, ranges[i], true)));
    }

    private void ExpandValue(ValueNode v)
    {
        var pos = v.Position!;
        foreach (var t in v.Types) Assign(t, new TypePosition(pos));
        if (v.DefiningOp is not { } def) return;
        if (v.IsRange)
        {
            Fail(v.Loc, "unable to match the operation defining a value range; bind its results as single values");
            return;
        }
        bool grouped = HasVariadic(def.Definition?.ResultDefs);
        if (def.Position is null)
        {
            var defPos = new DefiningOpPosition(pos);
            Assign(def, defPos);
            if (!(def.HasSingleResult && v.ResultGroup == 0))
                _predicates.Add(new Predicate(new ResultPosition(defPos, v.ResultGroup, false, grouped), new EqualToQuestion(pos), true));
        }
        else _predicates.Add(new Predicate(pos, new EqualToQuestion(new ResultPosition(def.Position, v.ResultGroup, false, grouped)), true));
    }

    /// <summary>Natives are positioned once all their arguments are; their results may position further nodes.</summary>
    private void PositionNatives()
    {
        var pending = new List<NativeApplication>(_natives);
        foreach (var arg in pending.SelectMany(n => n.Args))
        {
            object? literal = arg switch { AttrNode a => a.Literal, TypeNode t => t.Literal, _ => null };
            if (arg.Position is null && literal is not null) arg.Position = new ConstantPosition(literal);
        }
        while (pending.Count > 0 && !_failed)
        {
            var ready = pending.FirstOrDefault(n => n.Args.All(a => a.Position is not null));
            if (ready is null)
            {
                var arg = pending[0].Args.First(a => a.Position is null);
                Fail(arg.Loc, $"argument of `{pending[0].Name}` is not bound by the match: it must be reachable from the root operation");
                return;
            }
            pending.Remove(ready);
            var q = new NativeQuestion(ready.Name, ready.Args.Select(a => a.Position!).ToList(), ready.Results.Count);
            _predicates.Add(new Predicate(null, q, !ready.Negated));
            for (int i = 0; i < ready.Results.Count; i++) Assign(ready.Results[i], new NativeResultPosition(q, i));
            Drain();
        }
    }

    private void CheckAllReachable(OpNode root)
    {
        foreach (var n in _nodes)
        {
            if (n.Position is not null) continue;
            if (n is AttrNode { Literal: not null } or TypeNode { Literal: not null } or TupleNode) continue;
            var what = n switch { OpNode o => $"operation `{o.Name ?? "op<>"}`", ValueNode => "value", AttrNode => "attribute", _ => "type" };
            Fail(n.Loc, $"this {what} is not connected to the root operation `{root.Name ?? "op<>"}`: matched entities must be reachable " +
                "from the root through operands, attributes and types (PDL: expected a bindable user)");
        }
    }

    private static Binding BindingOf(MatchNode? node) => node switch
    {
        null => new ConstantBinding(null),
        TupleNode t => new TupleBinding(t.Elements.Select(BindingOf).ToList()),
        { Position: { } p } => new PositionBinding(p),
        AttrNode a => new ConstantBinding(a.Literal),
        TypeNode t => new ConstantBinding(t.Literal),
        _ => new ConstantBinding(null),
    };
}
