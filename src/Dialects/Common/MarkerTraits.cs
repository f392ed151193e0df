namespace Lce.Dialects.Traits;

using Lce.IR;

/// <summary>`op(x, x) == x` (andi, ori).</summary>
public sealed class Idempotent : OpTrait { public static readonly Idempotent Instance = new(); }

/// <summary>
/// Free of memory effects but not always safe to speculate (integer division may trap): MLIR
/// gives these ops NoMemoryEffect + ConditionallySpeculatable instead of Pure. They also carry
/// <see cref="IR.Traits.Pure"/> here so that dead ones are erased, as MLIR does for any op
/// without memory effects; hoisting transformations must check this trait.
/// </summary>
public sealed class ConditionallySpeculatable : OpTrait { public static readonly ConditionallySpeculatable Instance = new(); }

/// <summary>The op implements CastOpInterface (one input, one output, checked with areCastCompatible).</summary>
public sealed class CastOpInterface : OpTrait { public static readonly CastOpInterface Instance = new(); }
