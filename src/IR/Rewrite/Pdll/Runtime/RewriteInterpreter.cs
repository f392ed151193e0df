namespace Lce.IR.Rewrite.Pdll;

/// <summary>
/// Executes a pattern's rewrite section on a match: creates ops at the rewriter's insertion
/// point (located at the fused locations of the matched ops, as MLIR's PDL bytecode does),
/// calls native and PDLL-bodied rewrites, and performs `erase`/`replace` through the rewriter.
/// </summary>
internal sealed class RewriteInterpreter(IRContext ctx, PatternRewriter rewriter, NativeRegistry natives, Location location, Operation root)
{
    private Location _loc = location;

    private sealed class ReturnSignal(object? value) : Exception { public object? Value { get; } = value; }

    private Dictionary<VarDecl, object?> _env = new();

    public void Bind(VarDecl v, object? value) => _env[v] = value;

    /// <summary>Runs the terminal statement of a pattern (the match section is already bound).</summary>
    public void RunTerminal(Stmt terminal)
    {
        switch (terminal)
        {
            case EraseStmt: rewriter.EraseOp(root); break;
            case ReplaceStmt r: Replace(root, r.Values); break;
            case RewriteStmt rw: Run(rw.Body); break;
        }
    }

    private void Run(IReadOnlyList<Stmt> stmts)
    {
        foreach (var s in stmts)
        {
            switch (s)
            {
                case LetStmt l: _env[l.Variable] = Convert(Eval(l.Variable.Init!), l.Variable.Type); break;
                case EraseStmt e: rewriter.EraseOp((Operation)Eval(e.Op)!); break;
                case ReplaceStmt r: Replace((Operation)Eval(r.Op)!, r.Values); break;
                case RewriteStmt rw:
                    Eval(rw.Op);
                    Run(rw.Body);
                    break;
                case ReturnStmt ret: throw new ReturnSignal(Eval(ret.Value));
                case ExprStmt es: Eval(es.Expr); break;
            }
        }
    }

    private void Replace(Operation op, IReadOnlyList<Expr> values)
    {
        var replacement = new List<Value>();
        foreach (var v in values) Flatten(Eval(v), replacement);
        rewriter.ReplaceOp(op, replacement);
    }

    private object? Eval(Expr e) => e switch
    {
        DeclRefExpr d => _env.TryGetValue(d.Resolved!, out var v) ? v : null,
        InlineVarExpr iv => _env.TryGetValue(iv.Variable, out var v) ? v : null,
        OperationExpr o => Create(o),
        AttrLiteralExpr a => a.Value,
        TypeLiteralExpr t => t.Value,
        CallExpr c => Call(c),
        MemberAccessExpr m => Member(Eval(m.Parent), m),
        TupleExpr t => t.Elements.Select(Eval).ToArray(),
        _ => null,
    };

    private object? Member(object? parent, MemberAccessExpr m)
    {
        if (parent is object?[] tuple) return tuple[m.Index];
        if (parent is not Operation op) return null;
        var def = op.Definition;
        if (def is null || def.ResultDefs.All(r => r.Arity == Arity.Single)) return m.Index < op.NumResults ? op.GetResult(m.Index) : null;
        var group = OpValueGroups.Results(op, def.ResultDefs[m.Index].Name);
        return m.Type == PdllType.Value ? group?.FirstOrDefault() : group;
    }

    private Operation Create(OperationExpr o)
    {
        var state = new OperationState(ctx, o.OpName!, _loc);
        foreach (var operand in o.Operands ?? []) Flatten(Eval(operand), state.Operands);
        foreach (var a in o.Attributes)
            state.AddInherent(a.Name, a.Value is null ? UnitAttr.Get(ctx) : (IRAttribute)Eval(a.Value)!);
        if (o.ResultTypes is not null)
            foreach (var t in o.ResultTypes) FlattenTypes(Eval(t), state.Types);
        else state.Types.AddRange(InferResultTypes(o, state.Operands));
        return rewriter.Create(state);
    }

    private IEnumerable<IRType> InferResultTypes(OperationExpr o, List<Value> operands)
    {
        var def = o.Definition;
        if (def is null || def.ResultDefs.Count == 0) return [];
        if (o.InfersFromOperands && OperandGroupTypes(def, operands) is { } known)
        {
            var types = new List<IRType>();
            foreach (var r in def.ResultDefs)
            {
                var inferred = def.InferTypes(ctx, r.Name, known);
                if (inferred is null) { types = null; break; }
                types.AddRange(inferred);
            }
            if (types is not null) return types;
        }
        if (o.ReplacesAllResults) return root.ResultTypes.ToList();
        if (o.ReplacesResult >= 0 && o.ReplacesResult < root.NumResults) return [root.GetResult(o.ReplacesResult).Type];
        throw new InvalidOperationException($"cannot infer the result types of '{o.OpName}' at {o.Loc}");
    }

    /// <summary>Operand types per declared group (null when the split is ambiguous: several variadic groups).</summary>
    private static Dictionary<string, IReadOnlyList<IRType>>? OperandGroupTypes(OpDefinition def, List<Value> operands)
    {
        var defs = def.OperandDefs;
        int variadic = defs.Count(d => d.Arity != Arity.Single);
        if (variadic > 1) return null;
        int rest = operands.Count - (defs.Count - variadic);
        var known = new Dictionary<string, IReadOnlyList<IRType>>(StringComparer.Ordinal);
        int at = 0;
        foreach (var d in defs)
        {
            int n = d.Arity == Arity.Single ? 1 : Math.Max(0, rest);
            if (at + n > operands.Count) return null;
            known[d.Name] = operands.Skip(at).Take(n).Select(v => v.Type).ToList();
            at += n;
        }
        return known;
    }

    private object? Call(CallExpr c)
    {
        var decl = c.Resolved!;
        var args = c.Args.Select((a, i) => Convert(Eval(a), decl.Parameters[i].Type)).ToArray();
        if (decl.BodyKind == CallableBodyKind.External)
        {
            var call = new NativeCall(ctx, rewriter, args) { Location = _loc };
            var result = natives.FindRewrite(decl.Name)!(call);
            _loc = call.Location ?? _loc;
            return result;
        }
        var saved = _env;
        _env = new Dictionary<VarDecl, object?>();
        for (int i = 0; i < args.Length; i++) _env[decl.Parameters[i]] = args[i];
        try
        {
            if (decl.Lambda is not null) return Eval(decl.Lambda);
            Run(decl.Body!);
            return null;
        }
        catch (ReturnSignal r) { return r.Value; }
        finally { _env = saved; }
    }

    /// <summary>Applies PDLL's implicit conversions (an op used as a value is its single result, as a range its results).</summary>
    private static object? Convert(object? value, PdllType to)
    {
        if (value is Operation op)
        {
            if (to == PdllType.Value) return op.NumResults > 0 ? op.GetResult(0) : null;
            if (to == PdllType.ValueRange) return op.Results.Cast<Value>().ToList();
        }
        if (value is Value v && to == PdllType.ValueRange) return new List<Value> { v };
        if (value is object?[] tuple && to == PdllType.ValueRange)
        {
            var values = new List<Value>();
            Flatten(tuple, values);
            return values;
        }
        if (value is IRType t && to == PdllType.TypeRange) return new List<IRType> { t };
        return value;
    }

    private static void Flatten(object? value, List<Value> into)
    {
        switch (value)
        {
            case Value v: into.Add(v); break;
            case Operation op: foreach (var r in op.Results) into.Add(r); break;
            case IEnumerable<Value> vs: into.AddRange(vs); break;
            case object?[] tuple: foreach (var x in tuple) Flatten(x, into); break;
        }
    }

    private static void FlattenTypes(object? value, List<IRType> into)
    {
        switch (value)
        {
            case IRType t: into.Add(t); break;
            case IEnumerable<IRType> ts: into.AddRange(ts); break;
            case object?[] tuple: foreach (var x in tuple) FlattenTypes(x, into); break;
        }
    }
}
