namespace Lce.IR;

/// <summary>A reference to a symbol held by an operation's attributes.</summary>
public readonly record struct SymbolUse(Operation User, SymbolRefAttr Reference);

/// <summary>
/// Symbol references held by operations, found as MLIR's SymbolTable::getSymbolUses finds
/// them: every SymbolRefAttr inside an op's attributes and properties (nested arrays and
/// dictionaries included), in the ops nested under it but not inside nested symbol tables.
/// </summary>
public static class SymbolUses
{
    /// <summary>
    /// An op of an unloaded dialect with one region might define a symbol table we cannot see
    /// (MLIR's isPotentiallyUnknownSymbolTable).
    /// </summary>
    public static bool IsPotentiallyUnknownSymbolTable(Operation op) =>
        op.NumRegions == 1 && op.Context.GetDialect(op.OpName.DialectNamespace) is null;

    /// <summary>
    /// The uses in <paramref name="from"/> and below it (its own attributes, then nested ops;
    /// a symbol table's own regions are a different scope and are not entered). Null when an
    /// op that may be an unknown symbol table is met, as uses cannot then be computed reliably.
    /// </summary>
    public static List<SymbolUse>? Collect(Operation from)
    {
        if (IsPotentiallyUnknownSymbolTable(from)) return null;
        var uses = new List<SymbolUse>();
        WalkReferences(from, uses);
        if (from.HasTrait<Traits.SymbolTableTrait>()) return uses;
        return CollectInRegions(from.Regions, uses) ? uses : null;
    }

    /// <summary>The uses inside <paramref name="regions"/> (not the owner's own attributes); null as for <see cref="Collect"/>.</summary>
    public static List<SymbolUse>? CollectIn(IReadOnlyList<Region> regions)
    {
        var uses = new List<SymbolUse>();
        return CollectInRegions(regions, uses) ? uses : null;
    }

    private static bool CollectInRegions(IReadOnlyList<Region> regions, List<SymbolUse> uses)
    {
        // Regions are taken from the back of a worklist (MLIR's walk order, which fixes the use order).
        var worklist = new List<Region>(regions);
        while (worklist.Count > 0)
        {
            var region = worklist[^1];
            worklist.RemoveAt(worklist.Count - 1);
            foreach (var block in region.Blocks)
                for (var op = block.FirstOp; op is not null; op = op.NextNode)
                {
                    if (IsPotentiallyUnknownSymbolTable(op)) return false;
                    WalkReferences(op, uses);
                    if (!op.HasTrait<Traits.SymbolTableTrait>()) worklist.AddRange(op.Regions);
                }
        }
        return true;
    }

    /// <summary>
    /// The symbol references in the op's attribute dictionary: inherent and discardable
    /// attributes by name. Properties of unregistered ops are opaque and not part of it.
    /// </summary>
    public static void WalkReferences(Operation op, List<SymbolUse> uses)
    {
        var props = op.Definition is not null ? op.Properties?.Entries ?? [] : [];
        var attrs = op.Attributes.Entries;
        int p = 0, a = 0;
        while (p < props.Count || a < attrs.Count)
        {
            bool takeProp = a >= attrs.Count || (p < props.Count && string.CompareOrdinal(props[p].Name, attrs[a].Name) <= 0);
            var value = takeProp ? props[p++].Value : attrs[a++].Value;
            WalkAttribute(op, value, uses);
        }
    }

    private static void WalkAttribute(Operation op, IRAttribute attr, List<SymbolUse> uses)
    {
        switch (attr)
        {
            case SymbolRefAttr s: uses.Add(new SymbolUse(op, s)); break;
            case ArrayAttr arr: foreach (var e in arr.Elements) WalkAttribute(op, e, uses); break;
            case DictionaryAttr dict: foreach (var e in dict.Entries) WalkAttribute(op, e.Value, uses); break;
            case DistinctAttr d: WalkAttribute(op, d.Referenced, uses); break;
        }
    }
}
