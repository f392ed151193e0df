using Lce.Dialects.Func;
using Lce.Transforms.Tfl.Quantize;

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
        if (QuantizationAdaptors.RemoveInputQuantizes(func, IsInt8) > 0) return true;
        error($"@{FuncOp.Name(func)}: --inference-input-type int8 needs a quantized model, but no input is quantized to int8 (tfl.quantize)");
        return false;
    }

    public static bool ApplyInt8Outputs(Operation func, Action<string> error)
    {
        if (QuantizationAdaptors.RemoveOutputDequantizes(func, IsInt8) > 0) return true;
        error($"@{FuncOp.Name(func)}: --inference-output-type int8 needs a quantized model, but no output is dequantized from int8 (tfl.dequantize)");
        return false;
    }

    private static bool IsInt8(IRType t) =>
        t is ShapedType { ElementType: Lce.Dialects.Quant.QuantizedType { StorageTypeIntegralWidth: 8, IsSigned: true } };
}
