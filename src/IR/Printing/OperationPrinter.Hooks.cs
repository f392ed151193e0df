using System.Text;

namespace Lce.IR.Printing;

/// <summary>The <see cref="IOpAsmPrinter"/> surface used by custom op printers.</summary>
public sealed partial class OperationPrinter
{
    public void Write(string text) => _sb.Append(text);
    public void Write(char c) => _sb.Append(c);

    public void PrintOperand(Value v)
    {
        if (!Collecting) _names!.AppendValueName(_sb, v);
    }

    public void PrintOperands(IEnumerable<Value> values, string separator = ", ")
    {
        bool first = true;
        foreach (var v in values)
        {
            if (!first) _sb.Append(separator);
            first = false;
            PrintOperand(v);
        }
    }

    public void PrintType(IRType type)
    {
        if (Collecting) _collect!.VisitType(type); else _attrs.PrintType(type);
    }

    public void PrintTypes(IEnumerable<IRType> types, string separator = ", ")
    {
        bool first = true;
        foreach (var t in types)
        {
            if (!first) _sb.Append(separator);
            first = false;
            PrintType(t);
        }
    }

    public void PrintAttribute(IRAttribute attr)
    {
        if (Collecting) _collect!.VisitAttribute(attr); else _attrs.PrintAttribute(attr);
    }

    public void PrintAttributeWithoutType(IRAttribute attr)
    {
        if (Collecting) _collect!.VisitAttribute(attr); else _attrs.PrintAttribute(attr, TypeElision.Must);
    }

    public void PrintOptionalAttrDict(DictionaryAttr attrs, IEnumerable<string>? elided = null) =>
        PrintAttrDict(attrs, elided, withKeyword: false);

    public void PrintOptionalAttrDictWithKeyword(DictionaryAttr attrs, IEnumerable<string>? elided = null) =>
        PrintAttrDict(attrs, elided, withKeyword: true);

    private void PrintAttrDict(DictionaryAttr attrs, IEnumerable<string>? elided, bool withKeyword)
    {
        IReadOnlyList<NamedAttribute> entries = attrs.Entries;
        if (elided is not null)
        {
            var skip = elided as ISet<string> ?? new HashSet<string>(elided);
            entries = entries.Where(e => !skip.Contains(e.Name)).ToList();
        }
        if (entries.Count == 0) return;
        if (Collecting) { foreach (var e in entries) _collect!.VisitAttribute(e.Value); return; }
        _sb.Append(withKeyword ? " attributes " : " ");
        _attrs.PrintDictionary(entries);
    }

    public void PrintSymbolName(string name) => TextEscaping.AppendSymbol(_sb, name);
    public void PrintString(string s) => TextEscaping.AppendQuoted(_sb, s);
    public void PrintKeywordOrString(string s) => TextEscaping.AppendKeywordOrString(_sb, s);

    public void PrintSuccessor(Block b)
    {
        if (!Collecting) _sb.Append(_names!.BlockName(b));
    }

    public void PrintSuccessorAndUseList(Block b, IReadOnlyList<Value> operands)
    {
        PrintSuccessor(b);
        if (operands.Count == 0) return;
        _sb.Append('(');
        PrintOperands(operands);
        _sb.Append(" : ");
        PrintTypes(operands.Select(o => o.Type));
        _sb.Append(')');
    }

    public void PrintFunctionalType(Operation op)
    {
        if (Collecting)
        {
            for (int i = 0; i < op.NumOperands; i++) _collect!.VisitType(op.GetOperand(i).Type);
            for (int i = 0; i < op.NumResults; i++) _collect!.VisitType(op.GetResult(i).Type);
            return;
        }
        _sb.Append('(');
        for (int i = 0; i < op.NumOperands; i++)
        {
            if (i > 0) _sb.Append(", ");
            _attrs.PrintType(op.GetOperand(i).Type);
        }
        _sb.Append(") -> ");
        if (op.NumResults == 1 && op.GetResult(0).Type is not FunctionType) _attrs.PrintType(op.GetResult(0).Type);
        else
        {
            _sb.Append('(');
            for (int i = 0; i < op.NumResults; i++)
            {
                if (i > 0) _sb.Append(", ");
                _attrs.PrintType(op.GetResult(i).Type);
            }
            _sb.Append(')');
        }
    }

    public void PrintArrowTypeList(IReadOnlyList<IRType> types)
    {
        if (Collecting) { foreach (var t in types) _collect!.VisitType(t); return; }
        _attrs.PrintResultTypes(types);
    }

    public void PrintRegionArgument(BlockArgument arg, DictionaryAttr? attrs = null, bool omitType = false)
    {
        if (Collecting)
        {
            if (!omitType) _collect!.VisitType(arg.Type);
            if (attrs is not null) foreach (var e in attrs.Entries) _collect!.VisitAttribute(e.Value);
            if (_flags.PrintDebugInfo) _collect!.VisitAttribute(arg.Location, canBeDeferred: false);
            return;
        }
        _names!.AppendValueName(_sb, arg);
        if (!omitType) { _sb.Append(": "); _attrs.PrintType(arg.Type); }
        if (attrs is not null && attrs.Count > 0) { _sb.Append(' '); _attrs.PrintDictionary(attrs.Entries); }
        if (_flags.PrintDebugInfo) _attrs.PrintTrailingLocation(arg.Location, allowAlias: false);
    }

    public void PrintNewline()
    {
        _sb.Append('\n');
        Indent();
    }

    public void ShadowRegionArgs(Region region, IReadOnlyList<Value> names) => _names?.Shadow(region, names);

    public string NameOf(Value v)
    {
        if (_names is null) return "";
        var sb = new StringBuilder();
        _names.AppendValueName(sb, v);
        return sb.ToString();
    }
}
