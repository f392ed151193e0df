namespace Lce.Dialects.Tf;

using Lce.IR;

/// <summary>
/// TF_Idempotent (TF::IsIdempotent): `f(f(x))` folds to `f(x)` for unary ops; a binary op of two
/// equal operands folds to the operand.
/// </summary>
public sealed class TfIdempotent : OpTrait
{
    public static readonly TfIdempotent Instance = new();

    public override bool HasFolder => true;

    public override bool Fold(Operation op, IReadOnlyList<IRAttribute?> operands, List<object> results)
    {
        if (op.NumOperands == 1)
        {
            if (op.GetOperand(0).DefiningOp is not { } inner || inner.Name != op.Name) return false;
            results.Add(op.GetOperand(0));
            return true;
        }
        if (op.NumOperands == 2 && ReferenceEquals(op.GetOperand(0), op.GetOperand(1)))
        {
            results.Add(op.GetOperand(0));
            return true;
        }
        return false;
    }
}

/// <summary>TF_Involution (TF::IsInvolution): `f(f(x))` folds to x.</summary>
public sealed class TfInvolution : OpTrait
{
    public static readonly TfInvolution Instance = new();

    public override bool HasFolder => true;

    public override bool Fold(Operation op, IReadOnlyList<IRAttribute?> operands, List<object> results)
    {
        if (op.NumOperands != 1 || op.GetOperand(0).DefiningOp is not { } inner || inner.Name != op.Name || inner.NumOperands != 1) return false;
        results.Add(inner.GetOperand(0));
        return true;
    }
}
