using System.Numerics;
using System.Text;
using Lce.IR.Numerics;

namespace Lce.IR.Printing;

/// <summary>Whether an attribute's `: type` suffix may be dropped (MLIR's AttrTypeElision).</summary>
public enum TypeElision { Never, May, Must }

/// <summary>
/// Prints builtin types and attributes exactly as MLIR's AsmPrinter does, substituting
/// aliases (`#map`, `#loc3`, `!tuple`) when an alias table is given.
/// </summary>
public sealed partial class AttrTypePrinter
{
    private readonly StringBuilder _sb;
    private readonly PrinterFlags _flags;
    private readonly AliasTable? _aliases;
    private readonly Dictionary<DistinctAttr, int> _distinctIds;

    public AttrTypePrinter(StringBuilder sb, PrinterFlags flags, AliasTable? aliases, Dictionary<DistinctAttr, int>? distinctIds = null)
    {
        _sb = sb; _flags = flags; _aliases = aliases;
        _distinctIds = distinctIds ?? new Dictionary<DistinctAttr, int>(ReferenceEqualityComparer.Instance);
    }

    public StringBuilder Output => _sb;

    /// <summary>
    /// Hands the buffered text to the output (set when printing to a writer). Large hex payloads are
    /// then written in slices instead of being held whole in the buffer.
    /// </summary>
    internal Action? Flush { get; set; }

    // ---------------- types ----------------
    public void PrintType(IRType type)
    {
        if (_aliases?.Lookup(type) is { } alias) { _sb.Append(alias); return; }
        if (type is RankedTensorType { Encoding: null } or VectorType)
        {
            // Shaped types repeat on every op of a function (operands, results); their text is fixed
            // for this printer (same flags and aliases), so it is made once.
            if (_typeText.TryGetValue(type, out var text)) { _sb.Append(text); return; }
            int start = _sb.Length;
            PrintTypeNoAlias(type);
            _typeText[type] = _sb.ToString(start, _sb.Length - start);
            return;
        }
        PrintTypeNoAlias(type);
    }

    private readonly Dictionary<IRType, string> _typeText = new(ReferenceEqualityComparer.Instance);

    public void PrintTypeNoAlias(IRType type)
    {
        switch (type)
        {
            case IntegerType it:
                _sb.Append(it.Signedness switch { Signedness.Signed => "si", Signedness.Unsigned => "ui", _ => "i" }).Append(it.Width);
                break;
            case IndexType: _sb.Append("index"); break;
            case NoneType: _sb.Append("none"); break;
            case FloatType ft: _sb.Append(ft.Name); break;
            case ComplexType ct: _sb.Append("complex<"); PrintType(ct.ElementType); _sb.Append('>'); break;
            case TupleType tt:
                _sb.Append("tuple<");
                PrintTypeList(tt.Types);
                _sb.Append('>');
                break;
            case FunctionType fn: PrintFunctionType(fn.Inputs, fn.Results); break;
            case RankedTensorType rt:
                _sb.Append("tensor<");
                PrintDims(rt.Shape, null);
                PrintType(rt.ElementType);
                if (rt.Encoding is { } enc) { _sb.Append(", "); PrintAttribute(enc); }
                _sb.Append('>');
                break;
            case UnrankedTensorType ut: _sb.Append("tensor<*x"); PrintType(ut.ElementType); _sb.Append('>'); break;
            case VectorType vt:
                _sb.Append("vector<");
                PrintDims(vt.Shape, vt.ScalableDims);
                PrintType(vt.ElementType);
                _sb.Append('>');
                break;
            case MemRefType mt:
                _sb.Append("memref<");
                PrintDims(mt.Shape, null);
                PrintType(mt.ElementType);
                if (mt.Layout is { } layout) { _sb.Append(", "); PrintAttribute(layout, TypeElision.May); }
                if (mt.MemorySpace is { } ms) { _sb.Append(", "); PrintAttribute(ms, TypeElision.May); }
                _sb.Append('>');
                break;
            case UnrankedMemRefType um:
                _sb.Append("memref<*x");
                PrintType(um.ElementType);
                if (um.MemorySpace is { } ums) { _sb.Append(", "); PrintAttribute(ums, TypeElision.May); }
                _sb.Append('>');
                break;
            case OpaqueType ot: _sb.Append('!').Append(ot.DialectNamespace).Append(ot.Body); break;
            case DialectType dt:
                _sb.Append('!').Append(dt.Dialect.Namespace);
                if (!dt.Dialect.PrintType(dt, new DialectPrinter(this))) _sb.Append("<<unprintable>>");
                break;
            default: _sb.Append("<<unknown type ").Append(type.GetType().Name).Append(">>"); break;
        }
    }

    private void PrintDims(IReadOnlyList<long> shape, IReadOnlyList<bool>? scalable)
    {
        for (int i = 0; i < shape.Count; i++)
        {
            bool sc = scalable is not null && scalable[i];
            if (sc) _sb.Append('[');
            if (shape[i] == ShapedType.Dynamic) _sb.Append('?'); else _sb.Append(shape[i]);
            if (sc) _sb.Append(']');
            _sb.Append('x');
        }
    }

    public void PrintTypeList(IReadOnlyList<IRType> types)
    {
        for (int i = 0; i < types.Count; i++)
        {
            if (i > 0) _sb.Append(", ");
            PrintType(types[i]);
        }
    }

    /// <summary>`(a, b) -> c`; results are parenthesized unless there is exactly one non-function type.</summary>
    public void PrintFunctionType(IReadOnlyList<IRType> inputs, IReadOnlyList<IRType> results)
    {
        _sb.Append('(');
        PrintTypeList(inputs);
        _sb.Append(") -> ");
        PrintResultTypes(results);
    }

    public void PrintResultTypes(IReadOnlyList<IRType> results)
    {
        if (results.Count == 1 && results[0] is not FunctionType) PrintType(results[0]);
        else { _sb.Append('('); PrintTypeList(results); _sb.Append(')'); }
    }

    // ---------------- attributes ----------------
    public void PrintAttribute(IRAttribute attr, TypeElision elision = TypeElision.Never)
    {
        if (_aliases?.Lookup(attr) is { } alias) { _sb.Append(alias); return; }
        PrintAttributeNoAlias(attr, elision);
    }

    public void PrintAttributeNoAlias(IRAttribute attr, TypeElision elision = TypeElision.Never)
    {
        switch (attr)
        {
            case UnitAttr: _sb.Append("unit"); return;
            case OpaqueAttr oa: _sb.Append('#').Append(oa.DialectNamespace).Append(oa.Body); return;
            case DialectAttribute da:
                _sb.Append('#').Append(da.Dialect.Namespace);
                if (!da.Dialect.PrintAttribute(da, new DialectPrinter(this))) _sb.Append("<<unprintable>>");
                return;
            case DistinctAttr d:
                if (!_distinctIds.TryGetValue(d, out int id)) _distinctIds[d] = id = _distinctIds.Count;
                _sb.Append("distinct[").Append(id).Append("]<");
                if (d.Referenced is not UnitAttr) PrintAttribute(d.Referenced);
                _sb.Append('>');
                return;
            case DictionaryAttr dict: PrintDictionary(dict.Entries); return;
            case IntegerAttr ia:
                if (ia.IsBool) { _sb.Append(ia.Value.IsZero ? "false" : "true"); return; }
                _sb.Append(ia.Value.ToString());
                if (elision == TypeElision.Never || (elision == TypeElision.May && !IsI64(ia.Type))) PrintTypeSuffix(ia.Type);
                return;
            case FloatAttr fa:
                int start = _sb.Length;
                FloatFormatter.AppendTo(_sb, fa.Bits, fa.FloatType.Semantics);
                // A hex bit pattern does not say which float type it is, so its type is always printed.
                bool hex = _sb.Length > start + 1 && _sb[start] == '0' && _sb[start + 1] == 'x';
                if (elision == TypeElision.Never || hex || (elision == TypeElision.May && fa.FloatType.Semantics != FloatSemantics.Double)) PrintTypeSuffix(fa.Type);
                return;
            case StringAttr sa:
                TextEscaping.AppendQuoted(_sb, sa.Bytes);
                if (sa.Type is not NoneType && elision != TypeElision.Must) PrintTypeSuffix(sa.Type);
                return;
            case ArrayAttr arr:
                _sb.Append('[');
                for (int i = 0; i < arr.Count; i++)
                {
                    if (i > 0) _sb.Append(", ");
                    PrintAttribute(arr[i], TypeElision.May);
                }
                _sb.Append(']');
                return;
            case AffineMapAttr am: _sb.Append("affine_map<").Append(am.Map.ToString()).Append('>'); return;
            case IntegerSetAttr iset: _sb.Append("affine_set<").Append(iset.Set.ToString()).Append('>'); return;
            case TypeAttr ta: PrintType(ta.Value); return;
            case SymbolRefAttr sr:
                TextEscaping.AppendSymbol(_sb, sr.RootReference);
                foreach (var n in sr.NestedReferences) { _sb.Append("::"); TextEscaping.AppendSymbol(_sb, n); }
                return;
            case StridedLayoutAttr sl:
                _sb.Append("strided<[");
                for (int i = 0; i < sl.Strides.Count; i++)
                {
                    if (i > 0) _sb.Append(", ");
                    AppendMaybeDynamic(sl.Strides[i]);
                }
                _sb.Append(']');
                if (sl.Offset != 0) { _sb.Append(", offset: "); AppendMaybeDynamic(sl.Offset); }
                _sb.Append('>');
                return;
            case DenseArrayAttr da: PrintDenseArray(da); return;
            case ElementsAttr ea: PrintElements(ea, elision); return;
            case Location loc:
                if (_flags.PrettyDebugInfo) { PrintLocationBody(loc); return; }
                _sb.Append("loc("); PrintLocationBody(loc); _sb.Append(')');
                return;
            default: _sb.Append("<<unknown attribute ").Append(attr.GetType().Name).Append(">>"); return;
        }
    }

    private static bool IsI64(IRType t) => t is IntegerType { Width: 64, Signedness: Signedness.Signless };

    private void PrintTypeSuffix(IRType t) { _sb.Append(" : "); PrintType(t); }

    private void AppendMaybeDynamic(long v)
    {
        if (v == ShapedType.Dynamic) _sb.Append('?'); else _sb.Append(v);
    }

    public void PrintDictionary(IReadOnlyList<NamedAttribute> entries)
    {
        _sb.Append('{');
        for (int i = 0; i < entries.Count; i++)
        {
            if (i > 0) _sb.Append(", ");
            PrintNamedAttribute(entries[i]);
        }
        _sb.Append('}');
    }

    public void PrintNamedAttribute(NamedAttribute na)
    {
        TextEscaping.AppendKeywordOrString(_sb, na.Name);
        if (na.Value is UnitAttr) return;
        _sb.Append(" = ");
        PrintAttribute(na.Value);
    }

    private void PrintDenseArray(DenseArrayAttr da)
    {
        _sb.Append("array<");
        PrintType(da.ElementType);
        if (da.Size > 0) _sb.Append(": ");
        for (int i = 0; i < da.Size; i++)
        {
            if (i > 0) _sb.Append(", ");
            PrintScalarElement(da.ElementBytes(i), da.ElementType);
        }
        _sb.Append('>');
    }

    /// <summary>One integer (bool as true/false, signed unless unsigned type) or float element.</summary>
    internal void PrintScalarElement(ReadOnlySpan<byte> bytes, IRType elementType)
    {
        switch (elementType)
        {
            case IntegerType { Width: 1 }: _sb.Append(bytes[0] != 0 ? "true" : "false"); break;
            case FloatType ft: FloatFormatter.AppendTo(_sb, DenseElementsAttr.ReadBits(bytes), ft.Semantics); break;
            default: _sb.Append(DenseElementsAttr.ReadInteger(bytes, elementType).ToString()); break;
        }
    }

    /// <summary>Prints through the dialect printer interface.</summary>
    private sealed class DialectPrinter(AttrTypePrinter p) : IDialectAsmPrinter
    {
        public void Write(string text) => p._sb.Append(text);
        public void PrintType(IRType type) => p.PrintType(type);
        public void PrintAttribute(IRAttribute attr) => p.PrintAttribute(attr);
        public void PrintFloat(double value) => FloatFormatter.AppendTo(p._sb, BitConverter.DoubleToUInt64Bits(value), FloatSemantics.Double);
        public PrinterFlags Flags => p._flags;
    }
}
