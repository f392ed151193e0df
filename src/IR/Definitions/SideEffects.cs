using Lce.IR.Traits;

namespace Lce.IR;

/// <summary>
/// Side-effect queries used by DCE, folding and CSE (MLIR's SideEffectInterfaces.cpp). An op
/// without any effect description (no <see cref="Pure"/>, <see cref="MemoryEffects"/> or
/// <see cref="RecursiveMemoryEffects"/>; every unregistered op) conservatively has effects.
/// </summary>
public static class SideEffects
{
    /// <summary>The effects the op itself declares, or null when it has no effect interface.</summary>
    public static IReadOnlyList<MemoryEffectKind>? DeclaredEffects(Operation op)
    {
        var def = op.Definition;
        if (def is null) return null;
        if (def.GetTrait<MemoryEffects>() is { } effects) return effects.Effects;
        return def.HasTrait<Pure>() ? [] : null;
    }

    /// <summary>Whether the op has no memory effects, looking into regions of recursive-effect ops (isMemoryEffectFree).</summary>
    public static bool IsMemoryEffectFree(Operation op)
    {
        var stack = new Stack<Operation>();
        stack.Push(op);
        while (stack.Count > 0)
        {
            var o = stack.Pop();
            bool recursive = o.HasTrait<RecursiveMemoryEffects>();
            var effects = DeclaredEffects(o);
            if (effects is { Count: > 0 }) return false;
            if (effects is null && !recursive) return false;
            if (!recursive) continue;
            foreach (var region in o.Regions)
                foreach (var block in region.Blocks)
                    foreach (var nested in block.Operations) stack.Push(nested);
        }
        return true;
    }

    /// <summary>
    /// Whether the op could be erased if its results had no uses: never terminators (or ops that
    /// might be, i.e. unregistered ones) or symbols; otherwise every effect of the op and of the
    /// ops its recursive-effect regions contain must be a read or an allocation of its own result.
    /// </summary>
    public static bool WouldOpBeTriviallyDead(Operation op)
    {
        if (!op.OpName.IsRegistered || op.HasTrait<IsTerminator>()) return false;
        if (op.HasTrait<Symbol>()) return false;
        // Common case first: an op without recursive effects is judged by its own effects.
        if (!op.HasTrait<RecursiveMemoryEffects>()) return OwnEffectsAllowErasure(op);
        var work = new Stack<Operation>();
        work.Push(op);
        while (work.Count > 0)
        {
            var o = work.Pop();
            bool recursive = o.HasTrait<RecursiveMemoryEffects>();
            if (recursive)
                foreach (var region in o.Regions)
                    foreach (var block in region.Blocks)
                        foreach (var nested in block.Operations) work.Push(nested);
            if (DeclaredEffects(o) is not null)
            {
                if (!OwnEffectsAllowErasure(o)) return false;
                continue;
            }
            if (recursive) continue;
            return false;
        }
        return true;
    }

    /// <summary>The op has an effect interface and only reads or allocates its own result.</summary>
    private static bool OwnEffectsAllowErasure(Operation op)
    {
        if (DeclaredEffects(op) is not { } effects) return false;
        foreach (var e in effects)
        {
            if (e == MemoryEffectKind.Read) continue;
            if (e == MemoryEffectKind.Allocate && op.NumResults > 0) continue;
            return false;
        }
        return true;
    }

    /// <summary>Unused and <see cref="WouldOpBeTriviallyDead"/> (MLIR's isOpTriviallyDead).</summary>
    public static bool IsOpTriviallyDead(Operation op) => op.UseEmpty && WouldOpBeTriviallyDead(op);

    /// <summary>Pure: no memory effects and always speculatable (MLIR's isPure on the op's traits).</summary>
    public static bool IsPure(Operation op) => op.HasTrait<Pure>()
        || (op.HasTrait<RecursiveMemoryEffects>() && IsMemoryEffectFree(op));
}
