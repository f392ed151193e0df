namespace Lce.IR.Rewrite.Pdll;

internal sealed partial class MatchLowering
{
    private Dictionary<VarDecl, MatchNode?> Frame => _frames.Peek();

    private void MatchStmt(Stmt s)
    {
        switch (s)
        {
            case LetStmt l: DeclareVar(l.Variable); break;
            case ExprStmt e: NodeOf(e.Expr); break;
            default: Fail(s.Loc, "unexpected statement in a match section"); break;
        }
    }

    private MatchNode? NodeOf(Expr e)
    {
        switch (e)
        {
            case DeclRefExpr d:
                return Frame.TryGetValue(d.Resolved!, out var n) ? n : null;
            case InlineVarExpr v:
                return DeclareVar(v.Variable);
            case OperationExpr o:
                return OpNodeOf(o);
            case AttrLiteralExpr a:
                return Track(new AttrNode(a.Loc, a.Value));
            case TypeLiteralExpr t:
                return Track(new TypeNode(t.Loc, false, t.Value));
            case CallExpr c:
                return Call(c);
            case MemberAccessExpr m:
                var parent = NodeOf(m.Parent);
                if (parent is OpNode op) return op.Result(m.Index, m.Type == PdllType.ValueRange, m.Loc);
                if (parent is TupleNode tuple) return tuple.Elements[m.Index];
                Fail(m.Loc, "unsupported member access in a match section");
                return null;
            case TupleExpr tu:
                return new TupleNode(tu.Loc, tu.Elements.Select(NodeOf).ToList());
            default:
                Fail(e.Loc, "unsupported expression in a match section");
                return null;
        }
    }

    /// <summary>Creates (or binds the initializer of) a variable and applies its constraint list.</summary>
    private MatchNode? DeclareVar(VarDecl v)
    {
        MatchNode? node = v.Init is not null ? Coerce(NodeOf(v.Init), v.Type, v.Loc) : NewNode(v.Type, v.Loc);
        foreach (var c in v.Constraints)
        {
            switch (c)
            {
                case ValueConstraintRef { TypeExpr: { } te } when node is ValueNode value:
                    if (NodeOf(te) is TypeNode t) value.Types.Add(t);
                    break;
                case AttrConstraintRef { TypeExpr: { } te } when node is AttrNode attr:
                    if (NodeOf(te) is TypeNode at) attr.Types.Add(at);
                    break;
                case OpConstraintRef { OpName: { } name } when node is OpNode { Name: null } && v.Init is not null:
                    Fail(c.Loc, $"unable to constrain an existing operation expression to `{name}`");
                    break;
                case UserConstraintRef { Resolved: { } decl } when node is not null:
                    Apply(decl, [node], negated: false, c.Loc);
                    break;
            }
        }
        if (!v.IsWildcard) Frame[v] = node;
        return node;
    }

    private MatchNode? NewNode(PdllType type, SourceLoc loc)
    {
        if (type == PdllType.Value || type == PdllType.ValueRange) return Track(new ValueNode(loc, type == PdllType.ValueRange));
        if (type == PdllType.Attr) return Track(new AttrNode(loc, null));
        if (type == PdllType.Type || type == PdllType.TypeRange) return Track(new TypeNode(loc, type == PdllType.TypeRange, null));
        if (type is PdllType.OpType op)
        {
            var def = op.OpName is null ? null : _ctx.GetOperationName(op.OpName).Definition;
            var node = Track(new OpNode(loc, op.OpName, def));
            _opOrder.Add(node);
            return node;
        }
        Fail(loc, $"unable to match a variable of type `{type}`");
        return null;
    }

    /// <summary>Uses an op where a value (or range) is expected: its single result (or all results).</summary>
    private MatchNode? Coerce(MatchNode? node, PdllType to, SourceLoc loc)
    {
        if (node is OpNode op && (to == PdllType.Value || to == PdllType.ValueRange))
        {
            bool range = to == PdllType.ValueRange && !op.HasSingleResult;
            return op.Result(range ? -1 : 0, range, loc);
        }
        return node;
    }

    private OpNode OpNodeOf(OperationExpr o)
    {
        var op = Track(new OpNode(o.Loc, o.OpName, o.Definition));
        if (o.Operands is { } operands)
        {
            var groups = o.Definition?.OperandDefs;
            op.Operands = new List<ValueNode>();
            for (int i = 0; i < operands.Count; i++)
            {
                bool rangeExpected = groups is not null && groups.Count == operands.Count
                    ? groups[i].Arity != Arity.Single
                    : operands[i].Type == PdllType.ValueRange || (groups is not null && operands.Count == 1);
                var node = Coerce(NodeOf(operands[i]), rangeExpected ? PdllType.ValueRange : PdllType.Value, operands[i].Loc);
                if (node is ValueNode v) op.Operands.Add(v);
                else if (!_failed) Fail(operands[i].Loc, "expected a value operand");
            }
        }
        foreach (var a in o.Attributes)
        {
            var node = a.Value is null ? Track(new AttrNode(a.Loc, UnitAttr.Get(_ctx))) : NodeOf(a.Value);
            if (node is AttrNode attr) op.Attributes.Add((a.Name, attr));
            else if (!_failed) Fail(a.Loc, "expected an attribute");
        }
        if (o.ResultTypes is { } types)
        {
            op.ResultTypes = new List<TypeNode>();
            foreach (var t in types)
            {
                if (NodeOf(t) is TypeNode tn) op.ResultTypes.Add(tn);
                else if (!_failed) Fail(t.Loc, "expected a type");
            }
        }
        _opOrder.Add(op);
        return op;
    }

    private MatchNode? Call(CallExpr c)
    {
        var decl = c.Resolved!;
        var args = c.Args.Select((a, i) => Coerce(NodeOf(a), decl.Parameters[i].Type, a.Loc)).ToList();
        if (args.Any(a => a is null)) { Fail(c.Loc, "unable to bind a constraint argument"); return null; }
        return Apply(decl, args!, c.IsNegated, c.Loc);
    }

    /// <summary>Applies a constraint: natives become predicates, PDLL bodies are inlined with their parameters bound.</summary>
    private MatchNode? Apply(CallableDecl decl, List<MatchNode> args, bool negated, SourceLoc loc)
    {
        if (decl.BodyKind == CallableBodyKind.External)
        {
            var results = decl.Results.Select(r => NewNode(r.Type, loc)).ToList();
            if (results.Any(r => r is null)) return null;
            _natives.Add(new NativeApplication(loc, decl.Name, args, results!, negated));
            return results.Count switch { 0 => null, 1 => results[0], _ => new TupleNode(loc, results) };
        }
        if (negated) { Fail(loc, "unable to negate a constraint that has a PDLL body"); return null; }
        var frame = new Dictionary<VarDecl, MatchNode?>();
        for (int i = 0; i < args.Count; i++) frame[decl.Parameters[i]] = args[i];
        _frames.Push(frame);
        try
        {
            if (decl.Lambda is not null) return NodeOf(decl.Lambda);
            MatchNode? result = null;
            foreach (var s in decl.Body!)
            {
                if (s is ReturnStmt r) { result = NodeOf(r.Value); break; }
                MatchStmt(s);
            }
            return result;
        }
        finally { _frames.Pop(); }
    }
}
