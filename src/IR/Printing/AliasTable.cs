using System.Text;

namespace Lce.IR.Printing;

/// <summary>
/// The aliases the printer emits (`#map`, `#loc3`, `!tuple`), collected by visiting everything
/// that will be printed, in print order (as MLIR's AliasInitializer does). Aliases are ordered by
/// nesting depth, then types before attributes, then name, stable in first-visit order; numbering
/// within a name follows that order (`#map`, `#map1`, ...).
/// </summary>
public sealed class AliasTable
{
    private sealed class Entry
    {
        public required object Symbol;
        public string? Name;
        public bool IsType;
        public bool CanBeDeferred;
        public int Depth;
        public List<int> Children = new();
        public string? Text;
    }

    private readonly Dictionary<object, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly List<Entry> _entries = new();
    private readonly IRContext _ctx;
    private bool _finalized;
    private List<Entry> _ordered = new();

    public AliasTable(IRContext ctx) { _ctx = ctx; }

    /// <summary>Resource blobs referenced by printed attributes, in order of first use.</summary>
    public List<ResourceBlob> ReferencedResources { get; } = new();

    public string? Lookup(IRAttribute a) => _finalized && _index.TryGetValue(a, out int i) ? _entries[i].Text : null;
    public string? Lookup(IRType t) => _finalized && _index.TryGetValue(t, out int i) ? _entries[i].Text : null;

    // ---- collection ----
    public void VisitType(IRType t, bool canBeDeferred = false) => Visit(t, canBeDeferred);
    public void VisitAttribute(IRAttribute a, bool canBeDeferred = false) => Visit(a, canBeDeferred);

    /// <summary>Returns (index, depth contribution) of the visited symbol.</summary>
    private (int index, int depth) Visit(object symbol, bool canBeDeferred)
    {
        if (_index.TryGetValue(symbol, out int existing))
        {
            if (!canBeDeferred) MarkNonDeferrable(existing);
            return (existing, _entries[existing].Depth);
        }
        if (symbol is DenseResourceElementsAttr dr && !ReferencedResources.Contains(dr.Blob)) ReferencedResources.Add(dr.Blob);
        var e = new Entry { Symbol = symbol, IsType = symbol is IRType, CanBeDeferred = canBeDeferred, Name = AliasNameFor(symbol) };
        int idx = _entries.Count;
        _entries.Add(e);
        _index[symbol] = idx;
        int maxDepth = 0;
        foreach (var child in PrintedChildren(symbol))
        {
            var (ci, cd) = Visit(child, canBeDeferred);
            var ce = _entries[ci];
            e.Children.Add(ci);
            maxDepth = Math.Max(maxDepth, ce.Name is not null ? cd + 1 : cd);
        }
        e.Depth = maxDepth;
        return (idx, e.Depth);
    }

    private void MarkNonDeferrable(int idx)
    {
        if (!_entries[idx].CanBeDeferred) return;
        var stack = new Stack<int>();
        stack.Push(idx);
        while (stack.Count > 0)
        {
            var e = _entries[stack.Pop()];
            if (!e.CanBeDeferred) continue;
            e.CanBeDeferred = false;
            foreach (var c in e.Children) stack.Push(c);
        }
    }

    private string? AliasNameFor(object symbol)
    {
        string? name = symbol switch
        {
            AffineMapAttr => "map",
            IntegerSetAttr => "set",
            Location => "loc",
            // A distinct attribute over `unit` is printed inline (`distinct[0]<>`), never aliased.
            DistinctAttr d => d.Referenced is UnitAttr ? null : "distinct",
            TupleType tt when tt.Types.Count > 16 => "tuple",
            DialectAttribute da => da.Dialect.GetAlias(da),
            DialectType dt => dt.Dialect.GetAlias(dt),
            _ => null
        };
        return name is null ? null : TextEscaping.SanitizeIdentifier(name, "$_-", allowTrailingDigit: false);
    }

    /// <summary>The nested types/attributes that printing <paramref name="symbol"/> prints.</summary>
    private static IEnumerable<object> PrintedChildren(object symbol)
    {
        switch (symbol)
        {
            case ComplexType ct: yield return ct.ElementType; break;
            case TupleType tt: foreach (var t in tt.Types) yield return t; break;
            case FunctionType ft: foreach (var t in ft.Inputs) yield return t; foreach (var t in ft.Results) yield return t; break;
            case RankedTensorType rt: yield return rt.ElementType; if (rt.Encoding is { } e) yield return e; break;
            case UnrankedTensorType ut: yield return ut.ElementType; break;
            case VectorType vt: yield return vt.ElementType; break;
            case MemRefType mt:
                yield return mt.ElementType;
                if (mt.Layout is { } l) yield return l;
                if (mt.MemorySpace is { } ms) yield return ms;
                break;
            case UnrankedMemRefType um: yield return um.ElementType; if (um.MemorySpace is { } ums) yield return ums; break;
            case ArrayAttr arr: foreach (var a in arr.Elements) yield return a; break;
            case DictionaryAttr d: foreach (var na in d.Entries) if (na.Value is not UnitAttr) yield return na.Value; break;
            case IntegerAttr ia when !ia.IsBool: yield return ia.Type; break;
            case FloatAttr fa: yield return fa.Type; break;
            case StringAttr sa when sa.Type is not NoneType: yield return sa.Type; break;
            case TypeAttr ta: yield return ta.Value; break;
            case ElementsAttr ea: yield return ea.Type; break;
            case DenseArrayAttr da: yield return da.ElementType; break;
            case DistinctAttr di when di.Referenced is not UnitAttr: yield return di.Referenced; break;
            case NameLoc nl when nl.Child is not UnknownLoc: yield return nl.Child; break;
            case CallSiteLoc cs: yield return cs.Callee; yield return cs.Caller; break;
            case FusedLoc fl:
                if (fl.Metadata is { } md) yield return md;
                foreach (var loc in fl.Locations) yield return loc;
                break;
        }
    }

    // ---- finalization and output ----
    /// <summary>Orders and names the aliases; after this, lookups return alias text.</summary>
    public void FinalizeAliases(PrinterFlags flags)
    {
        var withAlias = _entries.Where(e => e.Name is not null).ToList();
        // Stable sort: depth, then types before attributes, then name (ordinal).
        _ordered = withAlias
            .Select((e, i) => (e, i))
            .OrderBy(x => x.e.Depth).ThenBy(x => x.e.IsType ? 0 : 1).ThenBy(x => x.e.Name, StringComparer.Ordinal).ThenBy(x => x.i)
            .Select(x => x.e).ToList();
        var counts = new Dictionary<string, int>();
        foreach (var e in _ordered)
        {
            counts.TryGetValue(e.Name!, out int n);
            counts[e.Name!] = n + 1;
            e.Text = (e.IsType ? "!" : "#") + e.Name + (n == 0 ? "" : n.ToString());
        }
        _finalized = true;
    }

    /// <summary>Writes `#alias = value` lines for the deferred or the non-deferred aliases.</summary>
    public void PrintAliases(StringBuilder sb, PrinterFlags flags, bool deferred, Dictionary<DistinctAttr, int> distinctIds)
    {
        var p = new AttrTypePrinter(sb, flags, this, distinctIds);
        foreach (var e in _ordered)
        {
            if (e.CanBeDeferred != deferred) continue;
            sb.Append(e.Text).Append(" = ");
            if (e.Symbol is IRType t) p.PrintTypeNoAlias(t);
            else p.PrintAttributeNoAlias((IRAttribute)e.Symbol);
            sb.Append('\n');
        }
    }

    public bool IsEmpty => _ordered.Count == 0;
}
