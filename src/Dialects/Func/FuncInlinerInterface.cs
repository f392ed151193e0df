namespace Lce.Dialects.Func;

using Lce.IR;

/// <summary>
/// Inlining for the func dialect (MLIR's FuncInlinerInterface): every call, op and function
/// body may be inlined; an inlined `func.return` becomes a `cf.br` to the block after the call,
/// or, when one block was inlined, its operands replace the call results. Calls marked
/// `no_inline` stay calls.
/// </summary>
internal sealed class FuncInlinerInterface : AllLegalInlinerInterface
{
    public override bool IsLegalToInline(Operation call, Operation callable, bool wouldBeCloned) =>
        call.GetProp("no_inline") is null;

    public override void HandleTerminator(Operation op, Block newDest)
    {
        if (op.Name != "func.return") return;
        var builder = new Builder(op.Context);
        builder.SetInsertionPoint(op);
        builder.Insert(Operation.Create(op.Context, "cf.br", op.Location, op.Operands.ToList(), successors: [newDest]));
        op.Erase();
    }

    public override void HandleTerminator(Operation op, IReadOnlyList<Value> valuesToReplace)
    {
        for (int i = 0; i < op.NumOperands; i++) valuesToReplace[i].ReplaceAllUsesWith(op.GetOperand(i));
    }
}
