using Lce.Dialects.Func;
using Lce.IR;
using Lce.IR.Passes;

namespace Lce.Transforms.Larq.SetBatchSize;

/// <summary>
/// `mlir-setbatchsize` (LCE's SetBatchSizePass): a function argument that is a ranked tensor
/// whose first dimension is dynamic gets batch size 1, in the function type and on the entry
/// block argument alike. Results, attributes and other types are left alone; propagating the
/// new shapes is shape inference's job.
/// </summary>
public sealed class SetBatchSizePass : Pass
{
    public override string Argument => "mlir-setbatchsize";
    // PassWrapper names a pass by its C++ type (llvm::getTypeName), as IR dump headers show.
    public override string Name => "mlir::SetBatchSizePass";
    public override string Description => "Set batch size to 1";
    public override string? AnchorName => "func.func";

    protected override void RunOnOperation()
    {
        var func = Operation;
        var ctx = func.Context;
        var type = FuncOp.Type(func);
        var inputs = type.Inputs.Select(t => WithBatchOne(ctx, t) ?? t).ToArray();
        func.SetProp(FuncOp.FunctionTypeAttrName, TypeAttr.Get(ctx, FunctionType.Get(ctx, inputs, type.Results)));
        if (func.GetRegion(0).IsEmpty) return;
        foreach (var arg in func.GetRegion(0).EntryBlock!.Arguments)
            if (WithBatchOne(ctx, arg.Type) is { } batched) arg.Type = batched;
    }

    /// <summary>The type with dimension 0 set to 1 if it is a ranked tensor with a dynamic dimension 0; else null.</summary>
    public static IRType? WithBatchOne(IRContext ctx, IRType type)
    {
        if (type is not RankedTensorType { Rank: > 0 } t || t.Shape[0] != ShapedType.Dynamic) return null;
        var shape = t.Shape.ToArray();
        shape[0] = 1;
        return RankedTensorType.Get(ctx, shape, t.ElementType, t.Encoding);
    }
}
