using Lce.Dialects.Func;
using Lce.IR;

namespace Lce.Transforms.Tfl.Quantize;

/// <summary>
/// The quantize ops on a function's arguments and the dequantize ops on its results (the adaptors
/// that let a quantized model take and return floats), and their removal: TF's
/// RemoveQuantizationAdaptorOps in `tfl-post-quantize`, and LCE's int8 inference input/output
/// types in `lce-convert`, which only take 8-bit signed adaptors.
/// </summary>
public static class QuantizationAdaptors
{
    /// <summary>Arguments whose only use is a tfl.quantize with an accepted result type take that type; the quantize goes. Returns how many.</summary>
    public static int RemoveInputQuantizes(Operation func, Func<IRType, bool> accept)
    {
        int removed = 0;
        foreach (var arg in func.GetRegion(0).EntryBlock!.Arguments)
        {
            if (!arg.HasOneUse || arg.Users.First() is not { Name: "tfl.quantize" } quantize || !accept(quantize.GetResult(0).Type)) continue;
            arg.Type = quantize.GetResult(0).Type;
            quantize.GetResult(0).ReplaceAllUsesWith(arg);
            quantize.Erase();
            removed++;
        }
        if (removed > 0) UpdateSignature(func);
        return removed;
    }

    /// <summary>Results produced by a tfl.dequantize of an accepted operand type return that operand; a dequantize left unused goes. Returns how many.</summary>
    public static int RemoveOutputDequantizes(Operation func, Func<IRType, bool> accept)
    {
        if (func.GetRegion(0).Blocks.Last().Terminator is not { } ret) return 0;
        int removed = 0;
        for (int i = 0; i < ret.NumOperands; i++)
        {
            if (ret.GetOperand(i).DefiningOp is not { Name: "tfl.dequantize" } dequantize || !accept(dequantize.GetOperand(0).Type)) continue;
            ret.SetOperand(i, dequantize.GetOperand(0));
            if (!dequantize.GetResult(0).HasUses) dequantize.Erase();
            removed++;
        }
        if (removed > 0) UpdateSignature(func);
        return removed;
    }

    /// <summary>The function type from the entry block's arguments and the last block's return.</summary>
    private static void UpdateSignature(Operation func)
    {
        var ctx = func.Context;
        var region = func.GetRegion(0);
        var inputs = region.EntryBlock!.Arguments.Select(a => a.Type).ToArray();
        var results = region.Blocks.Last().Terminator?.Operands.Select(v => v.Type).ToArray() ?? [];
        func.SetProp(FuncOp.FunctionTypeAttrName, TypeAttr.Get(ctx, FunctionType.Get(ctx, inputs, results)));
    }
}
