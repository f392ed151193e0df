using Lce.Dialects.Func;

namespace Lce.ConvertCli;

/// <summary>
/// LCE's `inference_input_type` / `inference_output_type` = int8 (util.modify_integer_quantized_model_io_type,
/// which LCE applies to the flatbuffer), done on the IR: a function argument whose only use is a
/// `tfl.quantize` to an 8-bit signed type takes that type and the quantize goes; a returned
/// `tfl.dequantize` of such a type is returned undequantized. A model without such ops is not
/// quantized and cannot have int8 inputs or outputs (LCE raises the same error).
/// </summary>
public static class IoTypes
{
    public static bool ApplyInt8Inputs(Operation func, Action<string> error)
    {
        var entry = func.GetRegion(0).EntryBlock!;
        int changed = 0;
        foreach (var arg in entry.Arguments)
        {
            if (arg.Uses.Take(2).Count() != 1 || arg.Users.First() is not { Name: "tfl.quantize" } quantize || !IsInt8(quantize.GetResult(0).Type)) continue;
            arg.Type = quantize.GetResult(0).Type;
            quantize.GetResult(0).ReplaceAllUsesWith(arg);
            quantize.Erase();
            changed++;
        }
        if (changed == 0) { error($"@{FuncOp.Name(func)}: --inference-input-type int8 needs a quantized model, but no input is quantized to int8 (tfl.quantize)"); return false; }
        UpdateSignature(func);
        return true;
    }

    public static bool ApplyInt8Outputs(Operation func, Action<string> error)
    {
        var ret = func.GetRegion(0).Blocks.Last().Operations.Last();
        int changed = 0;
        for (int i = 0; i < ret.NumOperands; i++)
        {
            if (ret.GetOperand(i).DefiningOp is not { Name: "tfl.dequantize" } dequantize || !IsInt8(dequantize.GetOperand(0).Type)) continue;
            ret.SetOperand(i, dequantize.GetOperand(0));
            if (!dequantize.GetResult(0).HasUses) dequantize.Erase();
            changed++;
        }
        if (changed == 0) { error($"@{FuncOp.Name(func)}: --inference-output-type int8 needs a quantized model, but no output is dequantized from int8 (tfl.dequantize)"); return false; }
        UpdateSignature(func);
        return true;
    }

    private static bool IsInt8(IRType t) =>
        t is ShapedType { ElementType: Lce.Dialects.Quant.QuantizedType { StorageTypeIntegralWidth: 8, IsSigned: true } };

    private static void UpdateSignature(Operation func)
    {
        var ctx = func.Context;
        var inputs = func.GetRegion(0).EntryBlock!.Arguments.Select(a => a.Type).ToArray();
        var ret = func.GetRegion(0).Blocks.Last().Operations.Last();
        var results = ret.Operands.Select(v => v.Type).ToArray();
        func.SetProp(FuncOp.FunctionTypeAttrName, TypeAttr.Get(ctx, FunctionType.Get(ctx, inputs, results)));
    }
}
