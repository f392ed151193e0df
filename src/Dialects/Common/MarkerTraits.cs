namespace Lce.Dialects.Traits;

using Lce.IR;

/// <summary>`op(x, x) == x` (andi, ori).</summary>
public sealed class Idempotent : OpTrait
{
    public static readonly Idempotent Instance = new();

    /// <summary>MLIR's foldIdempotent: `op(op(x))` is `op(x)` for unary ops, `op(x, x)` is `x` for binary ones.</summary>
    public override bool Fold(Operation op, IReadOnlyList<IRAttribute?> operands, List<object> results)
    {
        Value? folded = null;
        if (op.NumOperands == 1)
        {
            if (op.GetOperand(0).DefiningOp is { } inner && ReferenceEquals(inner.OpName, op.OpName)) folded = op.GetOperand(0);
        }
        else if (op.NumOperands >= 2 && ReferenceEquals(op.GetOperand(0), op.GetOperand(1))) folded = op.GetOperand(0);
        if (folded is null) return false;
        if (op.NumResults != 1 || !ReferenceEquals(folded, op.GetResult(0))) results.Add(folded);
        return true;
    }
}

/// <summary>
/// Free of memory effects but not always safe to speculate (integer division may trap): MLIR
/// gives these ops NoMemoryEffect + ConditionallySpeculatable instead of Pure. They also carry
/// <see cref="IR.Traits.Pure"/> here so that dead ones are erased, as MLIR does for any op
/// without memory effects; hoisting transformations must check this trait.
/// </summary>
public sealed class ConditionallySpeculatable : OpTrait { public static readonly ConditionallySpeculatable Instance = new(); }

/// <summary>The op implements CastOpInterface (one input, one output, checked with areCastCompatible).</summary>
public sealed class CastOpInterface : OpTrait { public static readonly CastOpInterface Instance = new(); }

/// <summary>`op(op(x)) == x`.</summary>
public sealed class Involution : OpTrait
{
    public static readonly Involution Instance = new();

    /// <summary>MLIR's foldInvolution: `op(op(x))` is `x`.</summary>
    public override bool Fold(Operation op, IReadOnlyList<IRAttribute?> operands, List<object> results)
    {
        if (op.NumOperands < 1 || op.GetOperand(0).DefiningOp is not { } inner || inner.Name != op.Name || inner.NumOperands < 1) return false;
        results.Add(inner.GetOperand(0));
        return true;
    }
}
