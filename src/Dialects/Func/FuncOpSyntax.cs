namespace Lce.Dialects.Func;

using Lce.IR;

/// <summary>
/// Custom syntax of `func.func` (MLIR's function_interface_impl::parseFunctionOp /
/// printFunctionOp): `func.func private @f(%arg0: i32 {a.b}, %arg1: f32) -> (i32 {r.x}) attributes {...} {...}`,
/// and for declarations `func.func private @ext(i32 {a.b}, f32) -> i32`.
/// </summary>
public static class FuncOpSyntax
{
    private static readonly string[] Visibilities = ["public", "private", "nested"];

    internal static void Parse(IOpAsmParser p, OperationState state)
    {
        var ctx = p.Context;
        foreach (var v in Visibilities)
            if (p.ParseOptionalKeyword(v)) { state.AddAttribute(SymbolTable.VisibilityAttrName, StringAttr.Get(ctx, v)); break; }
        var name = p.ParseSymbolName();
        state.AddAttribute(SymbolTable.SymbolAttrName, StringAttr.Get(ctx, name));

        var args = ParseArgumentList(p);
        var (resultTypes, resultAttrs) = p.ParseOptionalArrow() ? ParseResultList(p) : ([], []);
        var type = FunctionType.Get(ctx, args.Select(a => a.Type!), resultTypes);
        state.AddAttribute(FuncOp.FunctionTypeAttrName, TypeAttr.Get(ctx, type));

        var attrLoc = p.CurrentLocation;
        var parsed = new List<NamedAttribute>();
        p.ParseOptionalAttrDictWithKeyword(parsed);
        foreach (var disallowed in new[] { SymbolTable.VisibilityAttrName, SymbolTable.SymbolAttrName, FuncOp.FunctionTypeAttrName })
            if (parsed.Exists(a => a.Name == disallowed))
                throw p.Error(attrLoc, $"'{disallowed}' is an inferred attribute and should not be specified in the explicit attribute dictionary");
        state.Attributes.AddRange(parsed);

        // call_interface_impl::addArgAndResultAttrs: only when some dictionary is non-empty.
        var empty = DictionaryAttr.Empty(ctx);
        var argDicts = args.Select(a => a.Attributes ?? empty).ToList();
        if (argDicts.Any(d => !d.IsEmpty)) state.AddAttribute(FuncOp.ArgAttrsName, ArrayAttr.Get(ctx, argDicts));
        if (resultAttrs.Any(d => !d.IsEmpty)) state.AddAttribute(FuncOp.ResAttrsName, ArrayAttr.Get(ctx, resultAttrs));

        var body = state.AddRegion();
        var bodyLoc = p.CurrentLocation;
        bool named = args.Count > 0 && args[0].Ssa.Name.Length > 0;
        if (p.ParseOptionalRegion(body, named ? args : []) && body.IsEmpty)
            throw p.Error(bodyLoc, "expected non-empty function body");
    }

    /// <summary>parseFunctionArgumentList: all arguments named (`%a: i32 {attrs} loc(..)`) or all bare types.</summary>
    private static List<RegionArgument> ParseArgumentList(IOpAsmParser p)
    {
        var args = new List<RegionArgument>();
        p.ParsePunct("(");
        if (p.ParseOptionalPunct(")")) return args;
        do
        {
            var loc = p.CurrentLocation;
            if (p.ParseOptionalArgument(allowType: true, allowAttrs: true) is { } arg)
            {
                if (args.Count > 0 && args[^1].Ssa.Name.Length == 0)
                    throw p.Error(arg.Ssa.Location, "expected type instead of SSA identifier");
                args.Add(arg);
            }
            else
            {
                if (args.Count > 0 && args[^1].Ssa.Name.Length > 0)
                    throw p.Error(loc, "expected SSA identifier");
                var type = p.ParseType();
                var attrs = new List<NamedAttribute>();
                p.ParseOptionalAttrDict(attrs);
                var srcLoc = p.ParseOptionalLocationSpecifier();
                args.Add(new RegionArgument(new UnresolvedOperand("", 0, loc), type, DictionaryAttr.Get(p.Context, attrs), srcLoc));
            }
        } while (p.ParseOptionalComma());
        p.ParsePunct(")");
        return args;
    }

    /// <summary>parseFunctionResultList: a bare non-function type, or `(t {attrs}, ...)`.</summary>
    private static (List<IRType>, List<DictionaryAttr>) ParseResultList(IOpAsmParser p)
    {
        var types = new List<IRType>();
        var attrs = new List<DictionaryAttr>();
        var empty = DictionaryAttr.Empty(p.Context);
        if (!p.ParseOptionalPunct("("))
        {
            types.Add(p.ParseType());
            attrs.Add(empty);
            return (types, attrs);
        }
        if (p.ParseOptionalPunct(")")) return (types, attrs);
        do
        {
            types.Add(p.ParseType());
            var list = new List<NamedAttribute>();
            p.ParseOptionalAttrDict(list);
            attrs.Add(DictionaryAttr.Get(p.Context, list));
        } while (p.ParseOptionalComma());
        p.ParsePunct(")");
        return (types, attrs);
    }

    internal static void Print(Operation op, IOpAsmPrinter p)
    {
        p.Write(' ');
        if (op.GetProp(SymbolTable.VisibilityAttrName) is StringAttr vis) p.Write(vis.Value + " ");
        p.PrintSymbolName(FuncOp.Name(op));
        PrintSignature(op, p);
        p.PrintOptionalAttrDictWithKeyword(Builtin.ModuleOp.MergedAttributes(op),
            [SymbolTable.SymbolAttrName, SymbolTable.VisibilityAttrName, FuncOp.FunctionTypeAttrName, FuncOp.ArgAttrsName, FuncOp.ResAttrsName]);
        var body = op.GetRegion(0);
        if (!body.IsEmpty)
        {
            p.Write(' ');
            p.PrintRegion(body, printEntryBlockArgs: false, printBlockTerminators: true);
        }
    }

    private static void PrintSignature(Operation op, IOpAsmPrinter p)
    {
        var type = FuncOp.Type(op);
        var body = op.GetRegion(0);
        bool external = body.IsEmpty;
        var argAttrs = op.GetProp(FuncOp.ArgAttrsName) as ArrayAttr;
        p.Write('(');
        for (int i = 0; i < type.Inputs.Count; i++)
        {
            if (i > 0) p.Write(", ");
            var attrs = argAttrs?[i] as DictionaryAttr;
            if (!external) p.PrintRegionArgument(body.Blocks[0].GetArgument(i), attrs);
            else
            {
                p.PrintType(type.Inputs[i]);
                if (attrs is not null) p.PrintOptionalAttrDict(attrs);
            }
        }
        p.Write(')');
        if (type.Results.Count == 0) return;
        p.Write(" -> ");
        var resAttrs = op.GetProp(FuncOp.ResAttrsName) as ArrayAttr;
        bool parens = type.Results.Count > 1 || type.Results[0] is FunctionType
            || (resAttrs is not null && resAttrs[0] is DictionaryAttr { IsEmpty: false });
        if (parens) p.Write('(');
        for (int i = 0; i < type.Results.Count; i++)
        {
            if (i > 0) p.Write(", ");
            p.PrintType(type.Results[i]);
            if (resAttrs?[i] is DictionaryAttr d) p.PrintOptionalAttrDict(d);
        }
        if (parens) p.Write(')');
    }
}
