namespace Lce.IR.Traits;

/// <summary>The kinds of memory effect MLIR's MemoryEffectOpInterface reports.</summary>
public enum MemoryEffectKind { Read, Write, Allocate, Free }

/// <summary>
/// The op's own memory effects (MLIR's MemoryEffectOpInterface with ODS `MemRead`, `MemWrite`,
/// `MemAlloc`, `MemFree`). An <see cref="MemoryEffectKind.Allocate"/> effect is on the op's first
/// result, as for `memref.alloc`. <see cref="Pure"/> ops have the interface with no effects.
/// </summary>
public sealed class MemoryEffects(params MemoryEffectKind[] effects) : OpTrait
{
    public IReadOnlyList<MemoryEffectKind> Effects { get; } = effects;

    public static readonly MemoryEffects None = new();
    public static readonly MemoryEffects Read = new(MemoryEffectKind.Read);
    public static readonly MemoryEffects Write = new(MemoryEffectKind.Write);
    public static readonly MemoryEffects Allocate = new(MemoryEffectKind.Allocate);
    public static readonly MemoryEffects Free = new(MemoryEffectKind.Free);
}

/// <summary>
/// The op's effects are those of the ops nested in its regions (MLIR's RecursiveMemoryEffects,
/// e.g. `scf.if`, `scf.for`).
/// </summary>
public sealed class RecursiveMemoryEffects : OpTrait { public static readonly RecursiveMemoryEffects Instance = new(); }
