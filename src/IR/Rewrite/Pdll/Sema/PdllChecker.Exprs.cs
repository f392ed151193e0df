using System.Globalization;
using Lce.IR.Parsing;

namespace Lce.IR.Rewrite.Pdll;

public sealed partial class PdllChecker
{
    /// <summary>Types an expression (stored in <see cref="Expr.Type"/>); None after an error.</summary>
    private PdllType CheckExpr(Expr e)
    {
        var t = e switch
        {
            DeclRefExpr d => CheckDeclRef(d),
            InlineVarExpr v => CheckInlineVar(v),
            OperationExpr o => CheckOperation(o),
            AttrLiteralExpr a => CheckAttrLiteral(a),
            TypeLiteralExpr t2 => CheckTypeLiteral(t2),
            CallExpr c => CheckCall(c),
            MemberAccessExpr m => CheckMemberAccess(m),
            TupleExpr tu => CheckTuple(tu),
            _ => PdllType.None,
        };
        e.Type = t;
        return t;
    }

    private PdllType CheckDeclRef(DeclRefExpr d)
    {
        if (_scope.Find(d.Name) is { } v) { d.Resolved = v; return v.Type; }
        _diags.Error(d.Loc, $"undefined reference to `{d.Name}`");
        return PdllType.None;
    }

    private PdllType CheckInlineVar(InlineVarExpr v)
    {
        if (_inRewrite)
        {
            _diags.Error(v.Loc, $"unable to define variable `{v.Variable.Name}` inline within a rewrite section");
            return PdllType.None;
        }
        DefineVar(v.Variable, isParameter: false);
        return v.Variable.Type;
    }

    private PdllType CheckAttrLiteral(AttrLiteralExpr a)
    {
        var attr = MlirParser.TryParseAttribute(_ctx, a.Text, out var diag);
        if (attr is null) _diags.Error(a.Loc, $"invalid attribute `{a.Text}`: {diag?.Message ?? "parse error"}");
        a.Value = attr;
        return PdllType.Attr;
    }

    private PdllType CheckTypeLiteral(TypeLiteralExpr t)
    {
        var type = MlirParser.TryParseType(_ctx, t.Text, out var diag);
        if (type is null) _diags.Error(t.Loc, $"invalid type `{t.Text}`: {diag?.Message ?? "parse error"}");
        t.Value = type;
        return PdllType.Type;
    }

    private PdllType CheckTuple(TupleExpr t)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in t.Names)
            if (n is not null && !seen.Add(n)) _diags.Error(t.Loc, $"duplicate tuple element label `{n}`");
        var types = t.Elements.Select(CheckExpr).ToList();
        foreach (var (e, type) in t.Elements.Zip(types))
            if (type is PdllType.TupleType)
            {
                _diags.Error(e.Loc, $"unable to build a tuple with `{type}` element");
                return PdllType.None;
            }
        return new PdllType.TupleType(types, t.Names);
    }

    private PdllType CheckCall(CallExpr c)
    {
        if (!_globals.TryGetValue(c.Callee, out var g) || g is not CallableDecl decl)
        {
            _diags.Error(c.Loc, $"undefined reference to `{c.Callee}`");
            return PdllType.None;
        }
        c.Resolved = decl;
        if (decl.IsRewrite && !_inRewrite) { _diags.Error(c.Loc, "unable to invoke `Rewrite` within a match section"); return PdllType.None; }
        if (!decl.IsRewrite && _inRewrite) { _diags.Error(c.Loc, "unable to invoke `Constraint` within a rewrite section"); return PdllType.None; }
        if (c.IsNegated && decl.IsRewrite) { _diags.Error(c.Loc, "unable to negate a Rewrite"); return PdllType.None; }
        if (c.Args.Count != decl.Parameters.Count)
        {
            _diags.Error(c.Loc, $"invalid number of arguments for {decl.Kind.ToLowerInvariant()} call; expected {decl.Parameters.Count}, but got {c.Args.Count}")
                .Notes.Add(new PdllDiagnostic(DiagnosticSeverity.Note, decl.Loc, $"see the definition of {decl.Name} here"));
            return PdllType.None;
        }
        for (int i = 0; i < c.Args.Count; i++)
        {
            CheckExpr(c.Args[i]);
            Convert(c.Args[i], decl.Parameters[i].Type);
        }
        if (c.IsNegated && decl.Results.Count > 0) { _diags.Error(c.Loc, "unable to negate a constraint that has results"); return PdllType.None; }
        return decl.ResultType ?? PdllType.None;
    }

    private PdllType CheckMemberAccess(MemberAccessExpr m)
    {
        var parent = CheckExpr(m.Parent);
        bool isIndex = int.TryParse(m.Member, NumberStyles.None, CultureInfo.InvariantCulture, out int index);
        switch (parent)
        {
            case PdllType.OpType op:
            {
                var def = op.OpName is null ? null : _ctx.GetOperationName(op.OpName).Definition;
                if (def is null)
                {
                    if (isIndex) { m.Index = index; return PdllType.Value; }
                    break;
                }
                int group = isIndex ? index : IndexOfName(def.ResultDefs, m.Member);
                if (group < 0 || group >= def.ResultDefs.Count) break;
                m.Index = group;
                return def.ResultDefs[group].Arity == Arity.Single ? PdllType.Value : PdllType.ValueRange;
            }
            case PdllType.TupleType tuple:
            {
                int i = isIndex ? index : tuple.Names.ToList().IndexOf(m.Member);
                if (i < 0 || i >= tuple.Elements.Count) break;
                m.Index = i;
                return tuple.Elements[i];
            }
            case var t when t == PdllType.None:
                return PdllType.None;
        }
        _diags.Error(m.Loc, $"invalid member access `{m.Member}` on expression of type `{parent}`");
        return PdllType.None;
    }

    private static int IndexOfName(IReadOnlyList<ValueDef> defs, string name)
    {
        for (int i = 0; i < defs.Count; i++) if (defs[i].Name == name) return i;
        return -1;
    }

    // ------------------------------------------------------------------ operation expressions

    private PdllType CheckOperation(OperationExpr o)
    {
        OpDefinition? def = null;
        if (o.OpName is null)
        {
            if (_inRewrite) { _diags.Error(o.Loc, "unable to create an operation without a name: write `op<dialect.name>`"); return PdllType.None; }
        }
        else
        {
            def = LookupOp(o.OpName, o.NameLoc);
            if (def is null && !_options.AllowUnregisteredOps) return PdllType.None;
        }
        o.Definition = def;
        if (o.Operands is not null)
            CheckGroups(o, o.Operands, def?.OperandDefs, "operand", PdllType.Value, PdllType.ValueRange);
        foreach (var a in o.Attributes)
        {
            if (a.Value is null) continue;
            var t = CheckExpr(a.Value);
            if (t != PdllType.Attr && t != PdllType.None) _diags.Error(a.Value.Loc, $"expected `Attr` expression, but got `{t}`");
        }
        if (o.ResultTypes is not null)
            CheckGroups(o, o.ResultTypes, def?.ResultDefs, "result", PdllType.Type, PdllType.TypeRange);
        else if (_inRewrite && def is not null && def.ResultDefs.Count > 0)
        {
            o.InfersFromOperands = def.ResultTypesFollowFromOperands();
            if (!o.InfersFromOperands && !o.ReplacesAllResults && o.ReplacesResult < 0)
                _diags.Error(o.Loc, $"unable to infer the result types of `{o.OpName}`: its definition does not derive them from the operands " +
                    "and it does not directly replace an operation; give them with `-> (...)`");
        }
        return new PdllType.OpType(o.OpName);
    }

    /// <summary>
    /// Operand or result-type lists: with a definition, one entry per declared group (or one
    /// range covering all of them); without, any number of values/ranges.
    /// </summary>
    private void CheckGroups(OperationExpr o, IReadOnlyList<Expr> entries, IReadOnlyList<ValueDef>? groups, string kind, PdllType single, PdllType range)
    {
        var types = entries.Select(CheckExpr).ToList();
        if (groups is null)
        {
            foreach (var e in entries) Convert(e, range);
            return;
        }
        if (entries.Count == 1 && types[0] == range && groups.Count != 1) return;
        if (entries.Count != groups.Count)
        {
            _diags.Error(o.Loc, $"invalid number of {kind} groups for `{o.OpName}`; expected {groups.Count}, but got {entries.Count}");
            return;
        }
        for (int i = 0; i < entries.Count; i++)
            Convert(entries[i], groups[i].Arity == Arity.Single ? single : range);
    }

    // ------------------------------------------------------------------ conversions

    /// <summary>Reports PDLL's conversion error unless <paramref name="e"/> can be used where <paramref name="to"/> is expected.</summary>
    private bool Convert(Expr e, PdllType to)
    {
        if (e.Type == PdllType.None && to != PdllType.None) return false; // already reported
        if (CanConvert(e.Type, to)) return true;
        _diags.Error(e.Loc, $"unable to convert expression of type `{e.Type}` to the expected type of `{to}`");
        return false;
    }

    private bool CanConvert(PdllType from, PdllType to)
    {
        if (from == to) return true;
        switch (to)
        {
            case PdllType.OpType { OpName: null }: return from is PdllType.OpType;
            case PdllType.OpType: return false;
            case PdllType.TupleType tt:
                return from is PdllType.TupleType ft && ft.Elements.Count == tt.Elements.Count
                    && ft.Elements.Zip(tt.Elements).All(p => CanConvert(p.First, p.Second));
        }
        if (to == PdllType.Value)
        {
            if (from is not PdllType.OpType op) return false;
            var def = op.OpName is null ? null : _ctx.GetOperationName(op.OpName).Definition;
            return def is null || (def.ResultDefs.Count == 1 && def.ResultDefs[0].Arity == Arity.Single);
        }
        if (to == PdllType.ValueRange)
            return from == PdllType.Value || from is PdllType.OpType
                || (from is PdllType.TupleType t && t.Elements.All(el => el == PdllType.Value || el == PdllType.ValueRange));
        if (to == PdllType.TypeRange)
            return from == PdllType.Type || (from is PdllType.TupleType t && t.Elements.All(el => el == PdllType.Type || el == PdllType.TypeRange));
        return false;
    }
}
