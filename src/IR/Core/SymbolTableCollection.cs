namespace Lce.IR;

/// <summary>
/// Symbol tables built on demand and cached per table op (MLIR's SymbolTableCollection), for
/// passes that resolve many references while the symbols do not change.
/// </summary>
public sealed class SymbolTableCollection
{
    private readonly Dictionary<Operation, SymbolTable> _tables = new();

    public SymbolTable GetSymbolTable(Operation op)
    {
        if (!_tables.TryGetValue(op, out var table)) _tables[op] = table = new SymbolTable(op);
        return table;
    }

    /// <summary>Forgets the cached table of <paramref name="op"/> (after its symbols changed).</summary>
    public void Invalidate(Operation op) => _tables.Remove(op);

    /// <summary>
    /// Resolves <paramref name="reference"/> in <paramref name="symbolTableOp"/>, appending the
    /// root, each intermediate table and the leaf to <paramref name="resolved"/>; false when a
    /// part is missing or an intermediate symbol is not a symbol table.
    /// </summary>
    public bool LookupSymbolIn(Operation symbolTableOp, SymbolRefAttr reference, List<Operation> resolved)
    {
        var current = GetSymbolTable(symbolTableOp).Lookup(reference.RootReference);
        if (current is null) return false;
        resolved.Add(current);
        var nested = reference.NestedReferences;
        if (nested.Count == 0) return true;
        if (!current.HasTrait<Traits.SymbolTableTrait>()) return false;
        for (int i = 0; i < nested.Count - 1; i++)
        {
            current = GetSymbolTable(current).Lookup(nested[i]);
            if (current is null || !current.HasTrait<Traits.SymbolTableTrait>()) return false;
            resolved.Add(current);
        }
        var leaf = GetSymbolTable(current).Lookup(nested[^1]);
        if (leaf is null) return false;
        resolved.Add(leaf);
        return true;
    }

    /// <summary>The symbol <paramref name="reference"/> names in <paramref name="symbolTableOp"/>, or null.</summary>
    public Operation? LookupSymbolIn(Operation symbolTableOp, SymbolRefAttr reference)
    {
        var resolved = new List<Operation>();
        return LookupSymbolIn(symbolTableOp, reference, resolved) ? resolved[^1] : null;
    }

    /// <summary>Resolves the reference in the nearest symbol table enclosing <paramref name="from"/> (MLIR's lookupNearestSymbolFrom).</summary>
    public Operation? LookupNearestSymbolFrom(Operation from, SymbolRefAttr reference) =>
        SymbolTable.GetNearestSymbolTable(from) is { } table ? LookupSymbolIn(table, reference) : null;
}
