using System.Reflection;

namespace Lce.CodeGen.Jit;

/// <summary>
/// The primitive operations a binary-convolution back end emits calls to. Each back end maps
/// the ones it uses to a static method (a hardware intrinsic, or a software stand-in with the
/// same signature, which is how the NEON emitter is tested on x86).
/// </summary>
public enum SimdOp
{
    /// <summary>Vector load from a byte pointer.</summary>
    Load,
    /// <summary>A uint broadcast to every 32-bit lane.</summary>
    Broadcast,
    /// <summary>The uint-lane vector reinterpreted as bytes.</summary>
    AsBytes,
    /// <summary>The byte vector reinterpreted as uint lanes.</summary>
    AsUInt32,
    Xor,
    And,
    Or,
    /// <summary>Lane-wise byte addition (wrapping).</summary>
    AddBytes,
    /// <summary>x86: byte table lookup (vpshufb), for the nibble popcount.</summary>
    Shuffle,
    /// <summary>x86: logical right shift of uint lanes by an immediate.</summary>
    ShiftRightUInt32,
    /// <summary>AVX-512: vpternlog on bytes.</summary>
    TernaryLogic,
    /// <summary>x86: u8×s8 pairwise multiply-add to int16 (vpmaddubsw).</summary>
    MultiplyAddBytes,
    /// <summary>x86: int16 pairwise multiply-add to int32 (vpmaddwd).</summary>
    MultiplyAddShorts,
    /// <summary>NEON: per-byte popcount (cnt).</summary>
    PopCountBytes,
    /// <summary>NEON: pairwise widening add u8→u16 (uaddlp).</summary>
    AddPairwiseWideningBytes,
    /// <summary>NEON: pairwise widening add u16 accumulated into u32 (uadalp).</summary>
    AddPairwiseWideningAndAddShorts,
    /// <summary>32-bit lane addition of accumulators.</summary>
    AddAccumulators,
    /// <summary>Left shift of 32-bit accumulator lanes by an immediate.</summary>
    ShiftLeftAccumulators,
    /// <summary>Store of an accumulator vector to an int/uint pointer.</summary>
    StoreAccumulators,
    /// <summary>Scalar: population count of a uint.</summary>
    PopCount,
}

/// <summary>
/// The <see cref="SimdOp"/> → <see cref="MethodInfo"/> table one emitter calls through. Emitters
/// never name an intrinsic class directly, so a table of software emulations with identical
/// signatures runs the same generated code on a CPU that lacks the instructions.
/// </summary>
public sealed class IntrinsicTable(string name, IReadOnlyDictionary<SimdOp, MethodInfo> methods)
{
    /// <summary>What the table targets, e.g. "neon (emulated)".</summary>
    public string Name { get; } = name;

    public IReadOnlyDictionary<SimdOp, MethodInfo> Methods { get; } = methods;

    public MethodInfo this[SimdOp op] =>
        Methods.TryGetValue(op, out var m) ? m : throw new InvalidOperationException($"the {Name} table has no {op}");

    /// <summary>The same table with some entries replaced (e.g. intrinsics by emulations).</summary>
    public IntrinsicTable With(string name, IReadOnlyDictionary<SimdOp, MethodInfo> replacements)
    {
        var d = new Dictionary<SimdOp, MethodInfo>(Methods);
        foreach (var (k, v) in replacements) d[k] = v;
        return new IntrinsicTable(name, d);
    }

    /// <summary>A public static method by name and exact parameter types (throws when absent: a table bug).</summary>
    internal static MethodInfo Method(Type owner, string name, params Type[] parameters) =>
        owner.GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
        ?? throw new MissingMethodException(owner.FullName, $"{name}({string.Join(", ", parameters.Select(p => p.Name))})");

    /// <summary>A generic public static method instantiated with <paramref name="typeArgs"/>, by name and parameter count.</summary>
    internal static MethodInfo Generic(Type owner, string name, int parameterCount, params Type[] typeArgs) =>
        owner.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == name && m.IsGenericMethodDefinition && m.GetGenericArguments().Length == typeArgs.Length
                && m.GetParameters().Length == parameterCount)
            .MakeGenericMethod(typeArgs);
}
