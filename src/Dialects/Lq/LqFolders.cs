namespace Lce.Dialects.Lq;

using Lce.IR;

/// <summary>
/// Constant folding of lq.Quantize (f32 → bitpacked i32) and lq.Dequantize (bitpacked i32 →
/// ±1). LCE's folders assume rank 4; these pack the innermost axis of any static rank ≥ 1,
/// which gives the same result for rank 4 and the only meaningful one otherwise.
/// </summary>
internal static class LqFolders
{
    public static IReadOnlyList<object>? Quantize(Operation op, IReadOnlyList<IRAttribute?> operands)
    {
        if (operands[0] is not DenseElementsAttr input || !input.IsF32()) return null;
        if (op.GetResult(0).Type is not RankedTensorType result || !result.HasStaticShape || result.Rank == 0) return null;
        if (!LqShapes.IsPackedOf(input.ShapedType, result)) return null;
        int channels = (int)input.ShapedType.Shape[^1];
        if (channels == 0) return null;
        var packed = Bitpacking.PackF32(input.ToF32Array(), channels);
        return [DenseElementsValues.FromI32(op.Context, result, packed)];
    }

    public static IReadOnlyList<object>? Dequantize(Operation op, IReadOnlyList<IRAttribute?> operands)
    {
        if (operands[0] is not DenseElementsAttr input || !input.IsI32()) return null;
        if (op.GetResult(0).Type is not RankedTensorType result || !result.HasStaticShape || result.Rank == 0) return null;
        if (!LqShapes.IsPackedOf(result, input.ShapedType)) return null;
        int channels = (int)result.Shape[^1];
        if (channels == 0) return null;
        var words = input.ToI32Array();
        if (LqConstraints.IsF32(result.ElementType))
            return [DenseElementsValues.FromF32(op.Context, result, Bitpacking.UnpackF32(words, channels))];
        // A quantized result is not folded: LCE computes the int8 values, but no constant op can
        // hold them (arith.constant rejects quantized element types), so its fold never lands.
        return null;
    }
}
