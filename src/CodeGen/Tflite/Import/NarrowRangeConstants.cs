using Lce.Dialects.Quant;

namespace Lce.CodeGen.Tflite.Import;

/// <summary>
/// TF's PostProcessFuncOp: 8-bit quantized constants are imported with the narrow storage range
/// TFLite uses for weights (minimum + 1), since the file does not say which tensors are weights.
/// Uses that do not require the narrow range (anything but the filter of conv_2d,
/// depthwise_conv_2d, fully_connected and transpose_conv, and the function's return) get a
/// full-range copy of the constant; a constant left without uses is erased.
/// </summary>
internal static class NarrowRangeConstants
{
    private static readonly HashSet<string> NarrowFilterOps = new(StringComparer.Ordinal)
    {
        "tfl.conv_2d", "tfl.depthwise_conv_2d", "tfl.fully_connected", "tfl.transpose_conv",
    };

    public static void Widen(IRContext ctx, Block body)
    {
        foreach (var cst in body.Operations.Where(o => o.Name == "tfl.pseudo_qconst").ToList())
        {
            var value = cst.GetResult(0);
            if (value.Type is not RankedTensorType type || Widened(ctx, type.ElementType) is not { } full) continue;
            Value? fullRange = null;
            foreach (var use in value.Uses.ToList())
            {
                if (use.Owner.Name == "func.return") continue;
                if (use.Index == 1 && NarrowFilterOps.Contains(use.Owner.Name)) continue;
                if (fullRange is null)
                {
                    var fullType = RankedTensorType.Get(ctx, type.Shape, full);
                    var b = new Builder(ctx);
                    b.SetInsertionPointAfter(cst);
                    fullRange = b.Create("tfl.pseudo_qconst", cst.Location, [], [fullType], null,
                        [new NamedAttribute("qtype", TypeAttr.Get(ctx, fullType)), new NamedAttribute("value", cst.GetAttr("value")!)]).GetResult(0);
                }
                use.Set(fullRange);
            }
            if (!value.HasUses) cst.Erase();
        }
    }

    /// <summary>The full-range form of an 8-bit narrow-range uniform type; null for other types.</summary>
    private static QuantizedType? Widened(IRContext ctx, IRType element) => element switch
    {
        UniformQuantizedType { StorageTypeIntegralWidth: 8 } q => UniformQuantizedType.TryGet(ctx, q.Flags, q.StorageType,
            q.ExpressedType, q.Scale, q.ZeroPoint, q.StorageTypeMin - 1, q.StorageTypeMax, out _),
        UniformQuantizedPerAxisType { StorageTypeIntegralWidth: 8 } q => UniformQuantizedPerAxisType.TryGet(ctx, q.Flags, q.StorageType,
            q.ExpressedType, q.Scales, q.ZeroPoints, q.QuantizedDimension, q.StorageTypeMin - 1, q.StorageTypeMax, out _),
        _ => null,
    };
}
