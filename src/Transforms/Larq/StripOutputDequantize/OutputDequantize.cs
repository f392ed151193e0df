using Lce.Dialects.Quant;
using Lce.IR;
using Lce.Transforms.Larq.LegalizeLce;

namespace Lce.Transforms.Larq.StripOutputDequantize;

/// <summary>
/// A returned value that unpacks a bitpacked tensor: an LCE dequantize (`lq.Dequantize`, or its
/// legalized form `tfl.custom` with code `LceDequantize`) of an `i32` tensor, optionally followed
/// by the `tfl.dequantize` that turns its int8 result into float (what an int8 model returns).
/// </summary>
public sealed record OutputDequantize(Value Bitpacked, Operation LceDequantize, Operation? Int8Dequantize)
{
    public const string CustomCode = "LceDequantize";

    /// <summary>The chain that produces <paramref name="returned"/>, or null if it is not one.</summary>
    public static OutputDequantize? Match(Value returned)
    {
        var op = returned.DefiningOp;
        if (op is { Name: "tfl.dequantize", NumOperands: 1 } && op.GetOperand(0).DefiningOp is { } inner
            && IsLceDequantize(inner) && IsInt8Quantized(inner.GetResult(0).Type))
            return new OutputDequantize(inner.GetOperand(0), inner, op);
        return op is not null && IsLceDequantize(op) ? new OutputDequantize(op.GetOperand(0), op, null) : null;
    }

    /// <summary>
    /// The unpacked channel count (the innermost dimension the dequantize produced), or null when
    /// it is not static.
    /// </summary>
    public long? Channels =>
        LceDequantize.GetResult(0).Type is RankedTensorType { Rank: > 0 } t && t.Shape[^1] != ShapedType.Dynamic ? t.Shape[^1] : null;

    /// <summary>One operand holding bitpacked words (`i32`) and one result, in either form.</summary>
    public static bool IsLceDequantize(Operation op)
    {
        bool named = op.Name == LqCustomOps.Dequantize
            || (op.Name == "tfl.custom" && op.GetAttr("custom_code") is StringAttr { Value: CustomCode });
        return named && op.NumOperands == 1 && op.NumResults == 1
            && op.GetOperand(0).Type is ShapedType { ElementType: IntegerType { Width: 32 } };
    }

    private static bool IsInt8Quantized(IRType t) =>
        t is ShapedType { ElementType: QuantizedType { StorageTypeIntegralWidth: 8 } };
}
