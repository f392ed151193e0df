namespace Lce.Dialects.Pdl;

using Lce.IR;

/// <summary>
/// Custom syntax of the pdl ops. Parsing is hand-written throughout (PDL result and operand
/// types are implied by the op, which the format interpreter cannot infer); printing uses the
/// declared format except where MLIR uses custom directives or `attr-dict-with-keyword`.
/// </summary>
internal static class PdlSyntax
{
    private static IRType T(IRContext c) => PdlType.TypeHandle(c);
    private static IRType V(IRContext c) => PdlType.ValueHandle(c);
    private static IRType O(IRContext c) => PdlType.Operation(c);
    private static IRType A(IRContext c) => PdlType.Attribute(c);

    /// <summary>`%a, %b : t1, t2` (possibly empty on both sides), resolved into <paramref name="into"/>; returns the count.</summary>
    private static int ParseValuesAndTypes(IOpAsmParser p, List<Value> into)
    {
        var uses = p.ParseOperandList();
        p.ParseColon();
        var types = uses.Count == 0 && p.PeekPunct(")") ? new List<IRType>() : p.ParseTypeList();
        p.ResolveOperands(uses, types, p.CurrentLocation, into);
        return uses.Count;
    }

    private static void PrintValuesAndTypes(IOpAsmPrinter p, IReadOnlyList<Value> values)
    {
        p.PrintOperands(values);
        p.Write(" : ");
        p.PrintTypes(values.Select(v => v.Type));
    }

    private static DictionaryAttr Merged(Operation op) =>
        op.Properties is null || op.Properties.IsEmpty ? op.Attributes
            : DictionaryAttr.Get(op.Context, op.Properties.Entries.Concat(op.Attributes.Entries));

    internal static void ParseApplyNativeConstraint(IOpAsmParser p, OperationState state)
    {
        state.AddProperty("name", p.ParseAttribute());
        p.ParsePunct("(");
        ParseValuesAndTypes(p, state.Operands);
        p.ParsePunct(")");
        if (p.ParseOptionalColon()) state.Types.AddRange(p.ParseTypeList());
        p.ParseOptionalAttrDict(state.Attributes);
    }

    internal static void ParseApplyNativeRewrite(IOpAsmParser p, OperationState state)
    {
        state.AddProperty("name", p.ParseAttribute());
        if (p.ParseOptionalPunct("("))
        {
            ParseValuesAndTypes(p, state.Operands);
            p.ParsePunct(")");
        }
        if (p.ParseOptionalColon()) state.Types.AddRange(p.ParseTypeList());
        p.ParseOptionalAttrDict(state.Attributes);
    }

    internal static void ParseAttributeOp(IOpAsmParser p, OperationState state)
    {
        if (p.ParseOptionalColon()) state.Operands.Add(p.ResolveOperand(p.ParseOperand(), T(p.Context)));
        if (p.ParseOptionalPunct("=")) state.AddProperty("value", p.ParseAttribute());
        p.ParseOptionalAttrDictWithKeyword(state.Attributes);
        state.Types.Add(A(p.Context));
    }

    internal static void PrintAttributeOp(Operation op, IOpAsmPrinter p)
    {
        if (op.NumOperands > 0) { p.Write(" : "); p.PrintOperand(op.GetOperand(0)); }
        if (op.GetProp("value") is { } v) { p.Write(" = "); p.PrintAttribute(v); }
        p.PrintOptionalAttrDictWithKeyword(Merged(op), ["value"]);
    }

    internal static void ParseErase(IOpAsmParser p, OperationState state)
    {
        state.Operands.Add(p.ResolveOperand(p.ParseOperand(), O(p.Context)));
        p.ParseOptionalAttrDict(state.Attributes);
    }

    internal static void ParseOperandOp(IOpAsmParser p, OperationState state, IRType operandType, IRType resultType)
    {
        if (p.ParseOptionalColon()) state.Operands.Add(p.ResolveOperand(p.ParseOperand(), operandType));
        p.ParseOptionalAttrDict(state.Attributes);
        state.Types.Add(resultType);
    }

    internal static void ParseOperation(IOpAsmParser p, OperationState state)
    {
        var ctx = p.Context;
        if (p.ParseOptionalString() is { } name) state.AddProperty("opName", StringAttr.Get(ctx, name));
        int operands = 0, attrs = 0, types = 0;
        if (p.ParseOptionalPunct("("))
        {
            operands = ParseValuesAndTypes(p, state.Operands);
            p.ParsePunct(")");
        }
        var names = new List<IRAttribute>();
        if (p.ParseOptionalPunct("{"))
        {
            do
            {
                var n = p.ParseAttribute();
                if (n is not StringAttr) throw p.Error("expected string attribute");
                names.Add(n);
                p.ParseEqual();
                state.Operands.Add(p.ResolveOperand(p.ParseOperand(), A(ctx)));
                attrs++;
            } while (p.ParseOptionalComma());
            p.ParsePunct("}");
        }
        state.AddProperty("attributeValueNames", ArrayAttr.Get(ctx, names));
        if (p.ParseOptionalArrow())
        {
            p.ParsePunct("(");
            types = ParseValuesAndTypes(p, state.Operands);
            p.ParsePunct(")");
        }
        p.ParseOptionalAttrDict(state.Attributes);
        state.AddProperty("operandSegmentSizes", DenseArrayAttr.GetI32(ctx, [operands, attrs, types]));
        state.Types.Add(O(ctx));
    }

    internal static void PrintOperation(Operation op, IOpAsmPrinter p)
    {
        if (op.GetProp("opName") is StringAttr name) { p.Write(' '); p.PrintAttribute(name); }
        var operands = OpValueGroups.Operands(op, "operandValues")!;
        var attrs = OpValueGroups.Operands(op, "attributeValues")!;
        var types = OpValueGroups.Operands(op, "typeValues")!;
        if (operands.Count > 0) { p.Write('('); PrintValuesAndTypes(p, operands); p.Write(')'); }
        p.Write(' ');
        if (op.GetProp("attributeValueNames") is ArrayAttr names && names.Count > 0)
        {
            p.Write(" {");
            for (int i = 0; i < names.Count; i++)
            {
                if (i > 0) p.Write(", ");
                p.PrintAttribute(names[i]);
                p.Write(" = ");
                if (i < attrs.Count) p.PrintOperand(attrs[i]);
            }
            p.Write('}');
        }
        if (types.Count > 0) { p.Write(" -> ("); PrintValuesAndTypes(p, types); p.Write(')'); }
        p.PrintOptionalAttrDict(Merged(op), ["opName", "attributeValueNames", "operandSegmentSizes"]);
    }

    internal static void ParsePattern(IOpAsmParser p, OperationState state)
    {
        var ctx = p.Context;
        if (p.ParseOptionalString() is { } vis) state.AddProperty(SymbolTable.VisibilityAttrName, StringAttr.Get(ctx, vis));
        if (p.ParseOptionalSymbolName() is { } sym) state.AddProperty(SymbolTable.SymbolAttrName, StringAttr.Get(ctx, sym));
        p.ParseColon();
        p.ParseKeyword("benefit");
        p.ParsePunct("(");
        state.AddProperty("benefit", p.ParseAttribute(IntegerType.Get(ctx, 16)));
        p.ParsePunct(")");
        p.ParseOptionalAttrDictWithKeyword(state.Attributes);
        p.ParseRegion(state.AddRegion());
    }

    internal static void PrintPattern(Operation op, IOpAsmPrinter p)
    {
        if (op.GetProp(SymbolTable.VisibilityAttrName) is StringAttr vis) { p.Write(' '); p.PrintAttribute(vis); }
        if (op.GetProp(SymbolTable.SymbolAttrName) is StringAttr sym) { p.Write(' '); p.PrintSymbolName(sym.Value); }
        p.Write(" : benefit(");
        if (op.GetProp("benefit") is { } b) p.PrintAttributeWithoutType(b);
        p.Write(')');
        p.PrintOptionalAttrDictWithKeyword(Merged(op), ["benefit", SymbolTable.SymbolAttrName, SymbolTable.VisibilityAttrName]);
        p.Write(' ');
        p.PrintRegion(op.GetRegion(0));
    }

    internal static void ParseRange(IOpAsmParser p, OperationState state)
    {
        var uses = p.ParseOperandList();
        if (uses.Count > 0)
        {
            p.ParseColon();
            var types = p.ParseTypeList();
            p.ResolveOperands(uses, types, p.CurrentLocation, state.Operands);
            var element = PdlType.ElementOrSelf(types[0]);
            state.Types.Add(element is PdlType pe ? PdlType.Range(p.Context, pe) : element);
        }
        else state.Types.Add(p.ParseColonType());
        p.ParseOptionalAttrDict(state.Attributes);
    }

    internal static void PrintRange(Operation op, IOpAsmPrinter p)
    {
        if (op.NumOperands > 0) { p.Write(' '); PrintValuesAndTypes(p, op.Operands.ToList()); }
        p.Write(' ');
        if (op.NumOperands == 0) { p.Write(": "); p.PrintType(op.GetResult(0).Type); }
        p.PrintOptionalAttrDict(op.Attributes);
    }

    internal static void ParseReplace(IOpAsmParser p, OperationState state)
    {
        var ctx = p.Context;
        state.Operands.Add(p.ResolveOperand(p.ParseOperand(), O(ctx)));
        p.ParseKeyword("with");
        int repl = 0, values = 0;
        var valueList = new List<Value>();
        if (p.ParseOptionalPunct("("))
        {
            values = ParseValuesAndTypes(p, valueList);
            p.ParsePunct(")");
        }
        if (p.ParseOptionalOperand() is { } r) { state.Operands.Add(p.ResolveOperand(r, O(ctx))); repl = 1; }
        state.Operands.AddRange(valueList);
        p.ParseOptionalAttrDict(state.Attributes);
        state.AddProperty("operandSegmentSizes", DenseArrayAttr.GetI32(ctx, [1, repl, values]));
    }

    internal static void ParseResult(IOpAsmParser p, OperationState state)
    {
        var ctx = p.Context;
        state.AddProperty("index", p.ParseAttribute(IntegerType.Get(ctx, 32)));
        p.ParseKeyword("of");
        state.Operands.Add(p.ResolveOperand(p.ParseOperand(), O(ctx)));
        p.ParseOptionalAttrDict(state.Attributes);
        state.Types.Add(V(ctx));
    }

    internal static void ParseResults(IOpAsmParser p, OperationState state)
    {
        var ctx = p.Context;
        bool hasIndex = !p.PeekKeyword("of");
        if (hasIndex) state.AddProperty("index", p.ParseAttribute(IntegerType.Get(ctx, 32)));
        p.ParseKeyword("of");
        state.Operands.Add(p.ResolveOperand(p.ParseOperand(), O(ctx)));
        if (hasIndex) { p.ParseArrow(); state.Types.Add(p.ParseType()); }
        else state.Types.Add(PdlType.Range(ctx, PdlType.ValueHandle(ctx)));
        p.ParseOptionalAttrDict(state.Attributes);
    }

    internal static void PrintResults(Operation op, IOpAsmPrinter p)
    {
        var index = op.GetProp("index");
        if (index is not null) { p.Write(' '); p.PrintAttributeWithoutType(index); }
        p.Write(" of ");
        p.PrintOperand(op.GetOperand(0));
        p.Write(' ');
        if (index is not null) { p.Write(" -> "); p.PrintType(op.GetResult(0).Type); }
        p.PrintOptionalAttrDict(Merged(op), ["index"]);
    }

    internal static void ParseRewrite(IOpAsmParser p, OperationState state)
    {
        var ctx = p.Context;
        int root = 0, args = 0;
        if (p.ParseOptionalOperand() is { } r) { state.Operands.Add(p.ResolveOperand(r, O(ctx))); root = 1; }
        if (p.ParseOptionalKeyword("with"))
        {
            state.AddProperty("name", p.ParseAttribute());
            if (p.ParseOptionalPunct("("))
            {
                args = ParseValuesAndTypes(p, state.Operands);
                p.ParsePunct(")");
            }
        }
        p.ParseOptionalRegion(state.AddRegion());
        p.ParseOptionalAttrDictWithKeyword(state.Attributes);
        state.AddProperty("operandSegmentSizes", DenseArrayAttr.GetI32(ctx, [root, args]));
    }

    internal static void PrintRewrite(Operation op, IOpAsmPrinter p)
    {
        var root = OpValueGroups.Operands(op, "root")!;
        var args = OpValueGroups.Operands(op, "externalArgs")!;
        if (root.Count > 0) { p.Write(' '); p.PrintOperand(root[0]); }
        if (op.GetProp("name") is { } name)
        {
            p.Write(" with ");
            p.PrintAttribute(name);
            if (args.Count > 0) { p.Write('('); PrintValuesAndTypes(p, args); p.Write(')'); }
        }
        if (!op.GetRegion(0).IsEmpty) { p.Write(' '); p.PrintRegion(op.GetRegion(0)); }
        p.PrintOptionalAttrDictWithKeyword(Merged(op), ["name", "operandSegmentSizes"]);
    }

    internal static void ParseTypeOp(IOpAsmParser p, OperationState state, string attrName, IRType resultType)
    {
        p.ParseOptionalAttrDict(state.Attributes);
        if (p.ParseOptionalColon())
            state.AddProperty(attrName, attrName == "constantType" ? TypeAttr.Get(p.Context, p.ParseType()) : p.ParseAttribute());
        state.Types.Add(resultType);
    }
}
