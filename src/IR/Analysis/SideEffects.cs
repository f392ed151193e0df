namespace Lce.IR;

/// <summary>
/// Memory-effect queries with MLIR's semantics (SideEffectInterfaces.cpp): which ops
/// implement the effect interface, which are free of effects, and which are trivially dead.
/// </summary>
public static class SideEffects
{
    private static readonly IReadOnlyList<MemoryEffect> NoEffects = [];

    /// <summary>
    /// The op's effects if it implements MemoryEffectOpInterface (Pure ops have none); null when
    /// its effects are unknown (unregistered ops, ops without the interface).
    /// </summary>
    public static IReadOnlyList<MemoryEffect>? GetEffects(Operation op)
    {
        if (op.Definition is not { } def) return null;
        if (def.MemoryEffects is { } effects) return effects(op);
        return def.HasTrait<Traits.Pure>() ? NoEffects : null;
    }

    public static bool HasRecursiveEffects(Operation op) => op.HasTrait<Traits.RecursiveMemoryEffects>();

    /// <summary>Whether the op implements the interface and reports an effect of <paramref name="kind"/>.</summary>
    public static bool HasEffect(Operation op, MemoryEffectKind kind)
    {
        if (GetEffects(op) is not { } effects) return false;
        foreach (var e in effects) if (e.Kind == kind) return true;
        return false;
    }

    /// <summary>Whether the op implements the interface and every effect it reports is of <paramref name="kind"/>.</summary>
    public static bool OnlyHasEffect(Operation op, MemoryEffectKind kind)
    {
        if (GetEffects(op) is not { } effects) return false;
        foreach (var e in effects) if (e.Kind != kind) return false;
        return true;
    }

    /// <summary>
    /// MLIR's getEffectsRecursively: the op's effects plus, through RecursiveMemoryEffects,
    /// those of every nested op; null when any of them has unknown effects.
    /// </summary>
    public static List<MemoryEffect>? GetEffectsRecursively(Operation root)
    {
        var effects = new List<MemoryEffect>();
        var pending = new Stack<Operation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var op = pending.Pop();
            bool recursive = HasRecursiveEffects(op);
            if (recursive) PushNestedOps(pending, op);
            if (GetEffects(op) is { } own) { effects.AddRange(own); continue; }
            if (!recursive) return null;
        }
        return effects;
    }

    /// <summary>MLIR's isMemoryEffectFree: no effects, recursively through RecursiveMemoryEffects regions.</summary>
    public static bool IsMemoryEffectFree(Operation op)
    {
        if (GetEffects(op) is { } effects)
        {
            if (effects.Count != 0) return false;
            if (!HasRecursiveEffects(op)) return true;
        }
        else if (!HasRecursiveEffects(op)) return false;

        foreach (var region in op.Regions)
            foreach (var block in region.Blocks)
                for (var nested = block.FirstOp; nested is not null; nested = nested.NextNode)
                    if (!IsMemoryEffectFree(nested)) return false;
        return true;
    }

    /// <summary>Whether the op implements SymbolOpInterface and names a symbol (MLIR's isa&lt;SymbolOpInterface&gt;).</summary>
    public static bool IsSymbolOp(Operation op) =>
        (op.HasTrait<Traits.Symbol>() || op.HasTrait<Traits.OptionalSymbol>())
        && op.GetInherentOrDiscardable(SymbolTable.SymbolAttrName) is not null;

    /// <summary>MLIR's isOpTriviallyDead: no uses and no effects that would keep it.</summary>
    public static bool IsOpTriviallyDead(Operation op) => op.UseEmpty && WouldOpBeTriviallyDead(op);

    /// <summary>MLIR's wouldOpBeTriviallyDead (ignores uses).</summary>
    public static bool WouldOpBeTriviallyDead(Operation op)
    {
        // Unregistered ops might be terminators.
        if (op.Definition is null || op.HasTrait<Traits.IsTerminator>()) return false;
        if (IsSymbolOp(op)) return false;
        return WouldBeDeadIgnoringTerminators(op);
    }

    private static bool WouldBeDeadIgnoringTerminators(Operation root)
    {
        var pending = new Stack<Operation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var op = pending.Pop();
            bool recursive = HasRecursiveEffects(op);
            if (recursive) PushNestedOps(pending, op);

            if (GetEffects(op) is { } effects)
            {
                // Allocations of the op's own results may be dropped together with the op; any
                // other effect except a read keeps it alive.
                foreach (var e in effects)
                {
                    bool ownAllocation = e.Value is OpResult r && ReferenceEquals(r.Owner, op)
                        && effects.Any(a => a.Kind == MemoryEffectKind.Allocate && ReferenceEquals(a.Value, e.Value));
                    if (!ownAllocation && e.Kind != MemoryEffectKind.Read) return false;
                }
                continue;
            }
            if (recursive) continue;
            return false;
        }
        return true;
    }

    private static void PushNestedOps(Stack<Operation> pending, Operation op)
    {
        foreach (var region in op.Regions)
            foreach (var block in region.Blocks)
                for (var nested = block.FirstOp; nested is not null; nested = nested.NextNode)
                    pending.Push(nested);
    }
}
