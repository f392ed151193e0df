using Lce.IR.Parsing.AssemblyFormat;

namespace Lce.IR.Printing;

/// <summary>
/// Prints an op with its declared ODS-style assembly format, with the spacing rules of MLIR's
/// generated printers: a space before each element except after `(`, `[`, `{`, `&lt;` and before
/// closing punctuation and commas; an empty literal suppresses the next space.
/// </summary>
internal static class AssemblyFormatPrinter
{
    public static void Print(OpDefinition def, Operation op, OperationPrinter p)
    {
        var format = FormatDefinition.For(def);
        var state = new State(op, p, Used(format.Elements, def));
        foreach (var e in format.Elements) state.PrintElement(e);
    }

    /// <summary>Names of attributes the format prints itself (elided from attr-dict).</summary>
    private static HashSet<string> Used(IReadOnlyList<FormatElement> elems, OpDefinition def)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        void Walk(FormatElement e)
        {
            switch (e)
            {
                case VariableElement v when def.FindAttr(v.Name) is not null: set.Add(v.Name); break;
                case OptionalGroup g: foreach (var x in g.Then) Walk(x); foreach (var x in g.Else) Walk(x); break;
                case QualifiedDirective q: Walk(q.Inner); break;
            }
        }
        foreach (var e in elems) Walk(e);
        if (def.HasTrait<Traits.AttrSizedOperandSegments>()) set.Add("operandSegmentSizes");
        if (def.HasTrait<Traits.AttrSizedResultSegments>()) set.Add("resultSegmentSizes");
        return set;
    }

    private sealed class State(Operation op, OperationPrinter p, HashSet<string> used)
    {
        private bool _space = true;
        private bool _lastWasPunctuation;
        private bool _qualified;

        public void PrintElement(FormatElement e)
        {
            switch (e)
            {
                case LiteralElement lit: Literal(lit.Text); break;
                case AttrDictElement ad:
                    if (ad.WithKeyword) p.PrintOptionalAttrDictWithKeyword(AttrDictContents(), used);
                    else p.PrintOptionalAttrDict(AttrDictContents(), used);
                    _space = true; _lastWasPunctuation = false;
                    break;
                case PropDictElement:
                    if (op.Properties is { Count: > 0 } props && props.Entries.Any(x => !used.Contains(x.Name)))
                    {
                        Space();
                        p.Write("<");
                        p.PrintAttribute(DictionaryAttr.Get(op.Context, props.Entries.Where(x => !used.Contains(x.Name))));
                        p.Write(">");
                    }
                    Done();
                    break;
                case OptionalGroup g:
                    foreach (var x in IsPresent(g.Anchor) ? g.Then : g.Else) PrintElement(x);
                    break;
                case QualifiedDirective q:
                    _qualified = true;
                    PrintElement(q.Inner);
                    _qualified = false;
                    break;
                default:
                    Space();
                    PrintValueElement(e);
                    Done();
                    break;
            }
        }

        /// <summary>Properties and discardable attributes together, minus default-valued properties at their default.</summary>
        private DictionaryAttr AttrDictContents()
        {
            var def = op.Definition!;
            var entries = new List<NamedAttribute>();
            if (op.Properties is { } props)
                foreach (var na in props.Entries)
                {
                    var d = def.FindAttr(na.Name);
                    if (d?.Default is { } dflt && ReferenceEquals(dflt(op.Context), na.Value)) continue;
                    entries.Add(na);
                }
            entries.AddRange(op.Attributes.Entries);
            return DictionaryAttr.Get(op.Context, entries);
        }

        private void Space()
        {
            if (_space) p.Write(' ');
        }

        private void Done() { _space = true; _lastWasPunctuation = false; }

        private void Literal(string text)
        {
            if (text.Length == 0) { _space = false; _lastWasPunctuation = false; return; }
            if (text == " ") { p.Write(' '); _space = false; _lastWasPunctuation = false; return; }
            if (text == "\\n") { p.PrintNewline(); _space = false; return; }
            if (_space && SpaceBefore(text)) p.Write(' ');
            p.Write(text);
            _space = text.Length != 1 || !"<({[".Contains(text[0]);
            _lastWasPunctuation = text[0] != '_' && !char.IsAsciiLetter(text[0]);
        }

        private bool SpaceBefore(string value)
        {
            if (value.Length != 1 && value != "->") return true;
            if (_lastWasPunctuation) return !">)}],".Contains(value[0]);
            return !"<>(){}[],".Contains(value[0]);
        }

        private bool IsPresent(FormatElement? anchor)
        {
            switch (anchor)
            {
                case VariableElement v:
                    if (op.Definition!.FindAttr(v.Name) is { } ad)
                    {
                        var val = op.GetInherentOrDiscardable(v.Name);
                        if (val is null) return false;
                        return ad.Default is null || !ReferenceEquals(ad.Default(op.Context), val);
                    }
                    if (OpValueGroups.Operands(op, v.Name) is { } ops) return ops.Count > 0;
                    if (OpValueGroups.Results(op, v.Name) is { } res) return res.Count > 0;
                    int ri = op.Definition.RegionDefs.ToList().FindIndex(r => r.Name == v.Name);
                    if (ri >= 0) return ri < op.NumRegions && !op.GetRegion(ri).IsEmpty;
                    return false;
                case TypeDirective t: return IsPresent(t.Target);
                default: return false;
            }
        }

        private void PrintValueElement(FormatElement e)
        {
            switch (e)
            {
                case VariableElement v: PrintVariable(v.Name); break;
                case AllOfKindElement { Kind: "operands" }: p.PrintOperands(op.Operands); break;
                case AllOfKindElement { Kind: "results" }: p.PrintOperands(op.Results); break;
                case AllOfKindElement { Kind: "regions" }:
                    for (int i = 0; i < op.NumRegions; i++) { if (i > 0) p.Write(", "); p.PrintRegion(op.GetRegion(i)); }
                    break;
                case AllOfKindElement { Kind: "successors" }:
                    int k = 0;
                    foreach (var s in op.Successors) { if (k++ > 0) p.Write(", "); p.PrintSuccessor(s); }
                    break;
                case TypeDirective t: p.PrintTypes(TypesOf(t.Target)); break;
                case FunctionalTypeDirective ft:
                    p.Write("(");
                    p.PrintTypes(TypesOf(ft.Inputs));
                    p.Write(") -> ");
                    p.PrintArrowTypeList(TypesOf(ft.Results).ToList());
                    break;
            }
        }

        private IEnumerable<IRType> TypesOf(FormatElement arg) => arg switch
        {
            VariableElement v => (OpValueGroups.Operands(op, v.Name) ?? OpValueGroups.Results(op, v.Name) ?? []).Select(x => x.Type),
            AllOfKindElement { Kind: "operands" } => op.OperandTypes,
            AllOfKindElement { Kind: "results" } => op.ResultTypes,
            _ => []
        };

        private void PrintVariable(string name)
        {
            var def = op.Definition!;
            if (def.FindAttr(name) is not null)
            {
                var val = op.GetInherentOrDiscardable(name);
                if (val is null) return;
                if (def.GetAttrSyntax(name) is { } syntax) { syntax.Print(val, p); return; }
                if (!_qualified && val is DialectAttribute da && ReferenceEquals(da.Dialect, def.Dialect))
                {
                    // Attributes of the op's own dialect print stripped of `#dialect.mnemonic`
                    // (the format's literal names them): `overflow` `` $flags prints `overflow<nsw>`.
                    var text = AsmPrinter.AttributeToString(val);
                    var prefix = "#" + da.Dialect.Namespace + ".";
                    if (text.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        int i = prefix.Length;
                        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
                        text = text[i..];
                    }
                    p.Write(text);
                }
                else if (val is ITypedAttribute) p.PrintAttributeWithoutType(val);
                else p.PrintAttribute(val);
                return;
            }
            if (OpValueGroups.Operands(op, name) is { } ops) { p.PrintOperands(ops); return; }
            int ri = def.RegionDefs.ToList().FindIndex(r => r.Name == name);
            if (ri >= 0) { p.PrintRegion(op.GetRegion(ri)); return; }
            int si = def.SuccessorDefs.ToList().FindIndex(s => s.Name == name);
            if (si >= 0) { p.PrintSuccessor(op.GetSuccessor(si)); return; }
        }
    }
}
