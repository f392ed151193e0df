namespace Lce.IR;

/// <summary>The kinds of memory effect MLIR's MemoryEffects models.</summary>
public enum MemoryEffectKind { Allocate, Free, Read, Write, Init }

/// <summary>
/// One effect of an operation (MLIR's MemoryEffects::EffectInstance): its kind, the value it
/// acts on (null when it affects memory in general) and the resource it touches.
/// </summary>
public readonly record struct MemoryEffect(MemoryEffectKind Kind, Value? Value = null, string Resource = MemoryEffect.DefaultResource)
{
    public const string DefaultResource = "<Default>";
    public const string AutomaticAllocationScopeResource = "AutomaticAllocationScope";
}

public sealed partial class OpDefinition
{
    /// <summary>
    /// The op's memory effects (MLIR's MemoryEffectOpInterface::getEffects). Ops with the
    /// <see cref="Traits.Pure"/> trait implement the interface with no effects; ops with neither
    /// this hook nor Pure (nor <see cref="Traits.RecursiveMemoryEffects"/>) have unknown effects.
    /// </summary>
    public Func<Operation, IReadOnlyList<MemoryEffect>>? MemoryEffects { get; private set; }

    /// <summary>Declares the op's memory effects (the op then implements MemoryEffectOpInterface).</summary>
    public OpDefinition Effects(Func<Operation, IReadOnlyList<MemoryEffect>> effects)
    {
        MemoryEffects = effects;
        return this;
    }
}
