namespace Lce.IR.Rewrite.Pdll;

/// <summary>Options that relax the checker.</summary>
public sealed record PdllOptions
{
    /// <summary>Accept op names the IRContext does not define (then nothing is known about their operands and results).</summary>
    public bool AllowUnregisteredOps { get; init; }
}

/// <summary>
/// Resolves names and types of a parsed PDLL file in one pass, in source order as PDLL does
/// (a name must be declared before it is used), reporting PDLL's messages: undefined or
/// redefined names, type mismatches, ill-formed pattern bodies. It also checks what PDLL leaves
/// to ODS or to run time: ops must be registered in the IRContext with matching operand/result
/// group counts, and body-less natives must be bound in the <see cref="NativeRegistry"/>.
/// </summary>
public sealed partial class PdllChecker
{
    private readonly IRContext _ctx;
    private readonly NativeRegistry _natives;
    private readonly PdllDiagnostics _diags;
    private readonly PdllOptions _options;
    private readonly Dictionary<string, PdllNode> _globals = new(StringComparer.Ordinal);
    private Scope _scope = new(null);
    private bool _inRewrite;
    private CallableDecl? _currentCallable;

    public PdllChecker(IRContext ctx, NativeRegistry natives, PdllDiagnostics diags, PdllOptions? options = null)
    {
        _ctx = ctx;
        _natives = natives;
        _diags = diags;
        _options = options ?? new PdllOptions();
    }

    public List<PatternDecl> Patterns { get; } = new();
    public List<CallableDecl> Callables { get; } = new();

    private sealed class Scope(Scope? parent)
    {
        public readonly Dictionary<string, VarDecl> Vars = new(StringComparer.Ordinal);
        public Scope? Parent { get; } = parent;
        public VarDecl? Find(string name) => Vars.TryGetValue(name, out var v) ? v : Parent?.Find(name);
    }

    /// <summary>Checks every declaration; the file is usable only if no error was reported.</summary>
    public void Check(PdllFile file)
    {
        int anonymous = 0;
        foreach (var decl in file.Declarations)
        {
            int before = _diags.All.Count;
            switch (decl)
            {
                case CallableDecl c: CheckCallable(c); if (!AddGlobal(c.Name, c.Loc, c)) continue; Callables.Add(c); break;
                case PatternDecl p:
                    CheckPattern(p);
                    if (p.Name is not null && !AddGlobal(p.Name, p.NameLoc, p)) continue;
                    if (p.Name is null) anonymous++;
                    Patterns.Add(p);
                    break;
            }
            // PDLL stops at the first erroneous declaration.
            if (_diags.HasErrors && _diags.All.Count > before) return;
        }
    }

    private bool AddGlobal(string name, SourceLoc loc, PdllNode node)
    {
        if (_globals.TryGetValue(name, out var prev))
        {
            Redefinition(name, loc, prev is PatternDecl p ? p.NameLoc : prev.Loc);
            return false;
        }
        _globals[name] = node;
        return true;
    }

    private void Redefinition(string name, SourceLoc loc, SourceLoc previous) =>
        _diags.Error(loc, $"`{name}` has already been defined").Notes.Add(new PdllDiagnostic(DiagnosticSeverity.Note, previous, "see previous definition here"));

    // ------------------------------------------------------------------ declarations

    private void CheckCallable(CallableDecl c)
    {
        var saved = (_scope, _inRewrite, _currentCallable);
        _scope = new Scope(null);
        _inRewrite = c.IsRewrite;
        _currentCallable = c;
        try
        {
            foreach (var p in c.Parameters) DefineVar(p, isParameter: true);
            foreach (var r in c.Results) r.Type = TypeOfConstraints(r, r.Constraints) ?? PdllType.None;
            c.ResultType = c.Results.Count switch
            {
                0 => PdllType.None,
                1 => c.Results[0].Type,
                _ => new PdllType.TupleType(c.Results.Select(r => r.Type).ToList(), c.Results.Select(r => r.Name.Length == 0 ? null : r.Name).ToList()),
            };
            switch (c.BodyKind)
            {
                case CallableBodyKind.CodeBlock:
                    _diags.Error(c.Loc, $"native code blocks (`[{{ ... }}]`) are not supported: declare `{c.Name}` without a body " +
                        $"(`{c.Kind} {c.Name}(...);`) and bind it to a C# function in the NativeRegistry");
                    break;
                case CallableBodyKind.External:
                    if (c.IsRewrite ? _natives.FindRewrite(c.Name) is null : _natives.FindConstraint(c.Name) is null)
                        _diags.Error(c.Loc, $"native {c.Kind.ToLowerInvariant()} `{c.Name}` is declared without a body but is not bound in the NativeRegistry");
                    break;
                case CallableBodyKind.Lambda:
                    var t = CheckExpr(c.Lambda!);
                    if (c.Results.Count > 0) Convert(c.Lambda!, c.ResultType!);
                    else c.ResultType = t;
                    break;
                case CallableBodyKind.Compound:
                    foreach (var s in c.Body!) CheckStmt(s, inPatternBody: false);
                    break;
            }
        }
        finally { (_scope, _inRewrite, _currentCallable) = saved; }
    }

    private void CheckPattern(PatternDecl p)
    {
        var saved = _scope;
        _scope = new Scope(null);
        _inRewrite = false;
        try
        {
            if (p.Benefit > ushort.MaxValue) _diags.Error(p.Loc, "expected benefit to fit in 16 bits");
            bool terminated = false;
            foreach (var s in p.Body)
            {
                if (terminated)
                {
                    _diags.Error(s.Loc, "Pattern body was terminated by an operation rewrite statement, but found trailing statements");
                    return;
                }
                CheckStmt(s, inPatternBody: true);
                if (_diags.HasErrors) return;
                terminated = s is EraseStmt or ReplaceStmt or RewriteStmt;
            }
            if (!terminated)
                _diags.Error(p.Loc, "expected Pattern body to terminate with an operation rewrite statement, such as `erase`");
        }
        finally { _scope = saved; }
    }

    // ------------------------------------------------------------------ statements

    private void CheckStmt(Stmt s, bool inPatternBody)
    {
        switch (s)
        {
            case LetStmt l:
                if (l.Variable.Init is null && _inRewrite)
                {
                    _diags.Error(l.Variable.Loc, "expected expression: variables defined within a rewrite section must be initialized");
                    return;
                }
                DefineVar(l.Variable, isParameter: false);
                break;
            case EraseStmt e:
                RewriteSection(() => ExpectOp(e.Op));
                break;
            case ReplaceStmt r:
                RewriteSection(() =>
                {
                    if (!ExpectOp(r.Op)) return;
                    for (int k = 0; k < r.Values.Count; k++)
                        if (r.Values[k] is OperationExpr { ResultTypes: null } created)
                        {
                            if (r.Values.Count == 1) created.ReplacesAllResults = true;
                            else created.ReplacesResult = k;
                        }
                    foreach (var v in r.Values)
                    {
                        var t = CheckExpr(v);
                        if (t is not (PdllType.OpType) && t != PdllType.Value && t != PdllType.ValueRange)
                            _diags.Error(v.Loc, $"expected `Op`, `Value` or `ValueRange` expression, but got `{t}`");
                    }
                    CheckReplacementCounts(r);
                });
                break;
            case RewriteStmt rw:
                RewriteSection(() =>
                {
                    if (!ExpectOp(rw.Op)) return;
                    var saved = _scope;
                    _scope = new Scope(_scope);
                    try { foreach (var inner in rw.Body) CheckStmt(inner, inPatternBody: false); }
                    finally { _scope = saved; }
                });
                break;
            case ReturnStmt ret:
                if (_currentCallable is null || _currentCallable.BodyKind != CallableBodyKind.Compound)
                {
                    _diags.Error(ret.Loc, "`return` statements are only permitted within a `Constraint` or `Rewrite` body");
                    return;
                }
                CheckExpr(ret.Value);
                if (_currentCallable.Results.Count > 0) Convert(ret.Value, _currentCallable.ResultType!);
                break;
            case ExprStmt es:
                CheckExpr(es.Expr);
                break;
        }
    }

    /// <summary>Operation rewrite statements check their operands in rewrite context (unless nested in one already).</summary>
    private void RewriteSection(Action check)
    {
        var saved = _inRewrite;
        // The op being rewritten is a match-side reference; everything else in the statement builds IR.
        _inRewrite = true;
        try { check(); }
        finally { _inRewrite = saved; }
    }

    private bool ExpectOp(Expr e)
    {
        var saved = _inRewrite;
        if (e is OperationExpr or InlineVarExpr) _inRewrite = false;
        var t = CheckExpr(e);
        _inRewrite = saved;
        if (t is PdllType.OpType) return true;
        if (t != PdllType.None) _diags.Error(e.Loc, "expected `Op` expression");
        return false;
    }

    /// <summary>A replacement op of a registered kind must produce as many results as the replaced op.</summary>
    private void CheckReplacementCounts(ReplaceStmt r)
    {
        if (r.Values.Count != 1 || r.Values[0].Type is not PdllType.OpType { OpName: { } newName }) return;
        if (r.Op.Type is not PdllType.OpType { OpName: { } oldName }) return;
        var (a, b) = (FixedResultCount(oldName), FixedResultCount(newName));
        if (a is { } x && b is { } y && x != y)
            _diags.Error(r.Values[0].Loc, $"`{newName}` has {y} result(s) but replaces `{oldName}` with {x} result(s)");
    }

    private int? FixedResultCount(string opName)
    {
        var def = _ctx.GetOperationName(opName).Definition;
        if (def is null || def.ResultDefs.Any(d => d.Arity != Arity.Single)) return null;
        return def.ResultDefs.Count;
    }

    // ------------------------------------------------------------------ variables

    private void DefineVar(VarDecl v, bool isParameter)
    {
        if (v.Init is not null && v.Constraints.FirstOrDefault(c => c is AttrConstraintRef { TypeExpr: not null } or ValueConstraintRef { TypeExpr: not null }) is { } typed)
        {
            _diags.Error(typed.Loc, "type constraints are not permitted on variables with initializers");
            return;
        }
        var constrained = TypeOfConstraints(v, v.Constraints);
        PdllType type;
        if (v.Init is not null)
        {
            var initType = CheckExpr(v.Init);
            if (constrained is not null) { Convert(v.Init, constrained); type = constrained; }
            else type = initType;
        }
        else if (constrained is not null) type = constrained;
        else
        {
            _diags.Error(v.Loc, $"expected `:` after `{v.Name}` variable");
            type = PdllType.None;
        }
        v.Type = type;
        if (type == PdllType.None && v.Init is not null && v.Init.Type == PdllType.None && !_diags.HasErrors)
            _diags.Error(v.Init.Loc, "unable to bind a variable to an expression that has no value");
        if (v.IsWildcard) return;
        if (_scope.Vars.TryGetValue(v.Name, out var prev) || (!isParameter && _scope.Parent?.Find(v.Name) is { } prev2 && (prev = prev2) is not null))
        {
            Redefinition(v.Name, v.Loc, prev!.Loc);
            return;
        }
        _scope.Vars[v.Name] = v;
    }

    /// <summary>The type a constraint list gives a variable (null if the list is empty).</summary>
    private PdllType? TypeOfConstraints(PdllNode owner, IReadOnlyList<ConstraintRef> constraints)
    {
        PdllType? type = null;
        foreach (var c in constraints)
        {
            PdllType? t = null;
            switch (c)
            {
                case AttrConstraintRef a:
                    if (a.TypeExpr is not null) ExpectType(a.TypeExpr, PdllType.Type);
                    t = PdllType.Attr;
                    break;
                case OpConstraintRef o:
                    if (o.OpName is not null) LookupOp(o.OpName, o.Loc);
                    t = new PdllType.OpType(o.OpName);
                    break;
                case TypeConstraintRef tc: t = tc.IsRange ? PdllType.TypeRange : PdllType.Type; break;
                case ValueConstraintRef vc:
                    if (vc.TypeExpr is not null) ExpectType(vc.TypeExpr, vc.IsRange ? PdllType.TypeRange : PdllType.Type);
                    t = vc.IsRange ? PdllType.ValueRange : PdllType.Value;
                    break;
                case UserConstraintRef u:
                    if (!_globals.TryGetValue(u.Name, out var g) || g is not CallableDecl { IsRewrite: false } cd)
                    {
                        _diags.Error(u.Loc, $"undefined reference to `{u.Name}`");
                        continue;
                    }
                    if (cd.Parameters.Count != 1)
                    {
                        _diags.Error(u.Loc, $"expected `{u.Name}` to have exactly one argument to be used as a variable constraint");
                        continue;
                    }
                    u.Resolved = cd;
                    t = cd.Parameters[0].Type;
                    break;
            }
            if (t is null) continue;
            // Core constraints fix the type; user constraints must agree with it.
            if (type is null) type = t;
            else if (c is UserConstraintRef && !CanConvert(type, t) && !CanConvert(t, type))
                _diags.Error(c.Loc, $"unable to apply constraint of type `{t}` to variable of type `{type}`");
        }
        return type;
    }

    private void ExpectType(Expr e, PdllType expected)
    {
        CheckExpr(e);
        Convert(e, expected);
    }

    internal OpDefinition? LookupOp(string name, SourceLoc loc)
    {
        var def = _ctx.GetOperationName(name).Definition;
        if (def is null && !_options.AllowUnregisteredOps)
            _diags.Error(loc, $"unknown operation `{name}`: it is not registered in the IRContext (is its dialect loaded?)");
        return def;
    }
}
