namespace Lce.Dialects.Traits;

using Lce.IR;

/// <summary>`op(x, x) == x` (andi, ori).</summary>
public sealed class Idempotent : OpTrait
{
    public static readonly Idempotent Instance = new();

    public override bool HasFolder => true;

    /// <summary>
    /// OpTrait::impl::foldIdempotent: `op(op(x))` is `op(x)` for a unary op, `op(x, x)` is `x`
    /// for a binary one.
    /// </summary>
    public override bool Fold(Operation op, IReadOnlyList<IRAttribute?> operands, List<object> results)
    {
        if (op.NumOperands == 1)
        {
            if (op.GetOperand(0).DefiningOp is { } inner && inner.Name == op.Name) { results.Add(op.GetOperand(0)); return true; }
            return false;
        }
        if (op.NumOperands >= 2 && ReferenceEquals(op.GetOperand(0), op.GetOperand(1))) { results.Add(op.GetOperand(0)); return true; }
        return false;
    }
}

/// <summary>`op(op(x)) == x`.</summary>
public sealed class Involution : OpTrait
{
    public static readonly Involution Instance = new();

    public override bool HasFolder => true;

    /// <summary>OpTrait::impl::foldInvolution: `op(op(x))` is `x`.</summary>
    public override bool Fold(Operation op, IReadOnlyList<IRAttribute?> operands, List<object> results)
    {
        if (op.NumOperands < 1 || op.GetOperand(0).DefiningOp is not { } inner || inner.Name != op.Name || inner.NumOperands < 1) return false;
        results.Add(inner.GetOperand(0));
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
public sealed class CastOpInterface : OpTrait
{
    public static readonly CastOpInterface Instance = new();

    public override bool HasFolder => true;

    /// <summary>The interface's trait fold (impl::foldCastInterfaceOp): a cast whose result types equal its operand types folds to its operands.</summary>
    public override bool Fold(Operation op, IReadOnlyList<IRAttribute?> operands, List<object> results)
    {
        if (op.NumOperands == 0 || op.NumOperands != op.NumResults) return false;
        for (int i = 0; i < op.NumOperands; i++)
            if (!ReferenceEquals(op.GetOperand(i).Type, op.GetResult(i).Type)) return false;
        results.AddRange(op.Operands);
        return true;
    }
}
