namespace Lce.IR;

/// <summary>
/// Symbol lookup inside an op with the SymbolTable trait (e.g. a module): maps `sym_name` to
/// the defining op, and resolves nested references `@a::@b` through nested tables.
/// </summary>
public sealed class SymbolTable
{
    public const string SymbolAttrName = "sym_name";
    public const string VisibilityAttrName = "sym_visibility";

    private readonly Dictionary<string, Operation> _symbols = new(StringComparer.Ordinal);
    public Operation Owner { get; }

    public SymbolTable(Operation owner)
    {
        Owner = owner;
        if (owner.NumRegions == 0 || owner.GetRegion(0).EntryBlock is not { } body) return;
        foreach (var op in body.Operations)
            if (GetSymbolName(op) is { } name) _symbols.TryAdd(name, op);
    }

    public static string? GetSymbolName(Operation op) =>
        (op.GetInherentOrDiscardable(SymbolAttrName) as StringAttr)?.Value;

    public static string GetVisibility(Operation op) =>
        (op.GetInherentOrDiscardable(VisibilityAttrName) as StringAttr)?.Value ?? "public";

    public Operation? Lookup(string name) => _symbols.TryGetValue(name, out var op) ? op : null;

    public IEnumerable<Operation> Symbols => _symbols.Values;

    /// <summary>Adds a symbol op to the table's body (at the end) and the lookup map.</summary>
    public void Insert(Operation op)
    {
        var name = GetSymbolName(op) ?? throw new ArgumentException("op has no symbol name");
        if (op.ParentBlock is null) Owner.GetRegion(0).EntryBlock!.Append(op);
        _symbols[name] = op;
    }

    public void Erase(Operation op)
    {
        if (GetSymbolName(op) is { } name) _symbols.Remove(name);
        op.Erase();
    }

    /// <summary>Resolves a (possibly nested) symbol reference starting from the table op <paramref name="from"/>.</summary>
    public static Operation? LookupSymbolIn(Operation from, SymbolRefAttr reference)
    {
        var current = new SymbolTable(from).Lookup(reference.RootReference);
        foreach (var nested in reference.NestedReferences)
        {
            if (current is null || !current.HasTrait<Traits.SymbolTableTrait>()) return null;
            current = new SymbolTable(current).Lookup(nested);
        }
        return current;
    }

    /// <summary>
    /// The nearest op at or above <paramref name="from"/> with the SymbolTable trait; null when
    /// there is none or an op on the way might be an unknown symbol table (MLIR's getNearestSymbolTable).
    /// </summary>
    public static Operation? GetNearestSymbolTable(Operation from)
    {
        if (SymbolUses.IsPotentiallyUnknownSymbolTable(from)) return null;
        for (Operation? op = from; op is not null; op = op.ParentOp)
        {
            if (op.HasTrait<Traits.SymbolTableTrait>()) return op;
            if (op.ParentOp is { } parent && SymbolUses.IsPotentiallyUnknownSymbolTable(parent)) return null;
        }
        return null;
    }

    /// <summary>Finds the nearest enclosing symbol table of <paramref name="op"/> and resolves the reference there.</summary>
    public static Operation? LookupNearestSymbolFrom(Operation op, SymbolRefAttr reference)
    {
        for (var p = op.HasTrait<Traits.SymbolTableTrait>() ? op : op.ParentOp; p is not null; p = p.ParentOp)
            if (p.HasTrait<Traits.SymbolTableTrait>()) return LookupSymbolIn(p, reference);
        return null;
    }
}
