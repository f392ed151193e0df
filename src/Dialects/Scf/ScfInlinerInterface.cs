namespace Lce.Dialects.Scf;

using Lce.IR;

/// <summary>scf ops and regions may be inlined, and scf bodies accept inlined calls; an inlined `scf.yield` forwards its operands.</summary>
internal sealed class ScfInlinerInterface : AllLegalInlinerInterface
{
    public override void HandleTerminator(Operation op, IReadOnlyList<Value> valuesToReplace)
    {
        if (op.Name != ScfOps.YieldName) return;
        for (int i = 0; i < Math.Min(op.NumOperands, valuesToReplace.Count); i++)
            valuesToReplace[i].ReplaceAllUsesWith(op.GetOperand(i));
    }
}
