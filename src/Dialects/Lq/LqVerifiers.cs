namespace Lce.Dialects.Lq;

using Lce.IR;

/// <summary>
/// Checks beyond LCE's ODS constraints: what LCE's kernels cannot run is rejected at
/// verification (activations TANH/SIGN_BIT, pad_values other than 0/1, non-positive strides,
/// and channel counts that disagree between the attributes and the operand shapes), instead
/// of failing in the runtime or serializing undefined option values.
/// </summary>
internal static class LqVerifiers
{
    public static bool Quantize(Operation op) =>
        PackedShapes(op, (ShapedType)op.GetOperand(0).Type, (ShapedType)op.GetResult(0).Type, "result", "operand");

    public static bool Dequantize(Operation op) =>
        PackedShapes(op, (ShapedType)op.GetResult(0).Type, (ShapedType)op.GetOperand(0).Type, "operand", "result");

    private static bool PackedShapes(Operation op, ShapedType unpacked, ShapedType packed, string packedName, string unpackedName)
    {
        if (LqShapes.IsPackedOf(unpacked, packed)) return true;
        op.EmitOpError($"{packedName} type '{packed}' is not the bitpacked form of the {unpackedName} type '{unpacked}' " +
            "(same leading dimensions, innermost dimension C packed into ceil(C/32) words)");
        return false;
    }

    public static bool Bconv2d(Operation op)
    {
        if (!SupportedActivation(op) || !Positive(op, "stride_height", "stride_width", "dilation_height_factor", "dilation_width_factor", "channels_in"))
            return false;
        long padValues = Int(op, "pad_values");
        if (padValues is not (0 or 1))
        {
            op.EmitOpError($"'pad_values' must be 0 (pad with zeros) or 1 (pad with ones), but is {padValues}");
            return false;
        }
        return new BconvShapeCheck(op).Run();
    }

    public static bool BMaxPool2d(Operation op)
    {
        if (!Positive(op, "stride_height", "stride_width", "filter_height", "filter_width")) return false;
        var input = op.GetOperand(0).Type as RankedTensorType;
        var output = op.GetResult(0).Type as RankedTensorType;
        if (input is { Rank: not 4 } || output is { Rank: not 4 })
        {
            op.EmitOpError("expects 4-D bitpacked input and output (NHWC)");
            return false;
        }
        if (input is not null && output is not null && Static(input.Shape[3]) && Static(output.Shape[3]) && input.Shape[3] != output.Shape[3])
        {
            op.EmitOpError($"output has {output.Shape[3]} channel words, but the input has {input.Shape[3]}");
            return false;
        }
        return true;
    }

    private static bool SupportedActivation(Operation op)
    {
        string act = ((StringAttr)op.GetProp("fused_activation_function")!).Value;
        if (act is Tfl.TflEnums.None or Tfl.TflEnums.Relu or Tfl.TflEnums.ReluN1To1 or Tfl.TflEnums.Relu6) return true;
        op.EmitOpError($"fused activation '{act}' is not supported by binary convolutions (expected NONE, RELU, RELU_N1_TO_1 or RELU6)");
        return false;
    }

    private static bool Positive(Operation op, params string[] names)
    {
        foreach (var name in names)
        {
            long v = Int(op, name);
            if (v > 0) continue;
            op.EmitOpError($"'{name}' must be positive, but is {v}");
            return false;
        }
        return true;
    }

    /// <summary>An i32 property; an absent default-valued one (pad_values) reads as its default 0.</summary>
    internal static long Int(Operation op, string name) => op.GetProp(name) is IntegerAttr a ? a.Int64 : 0;
    internal static bool Static(long d) => d != ShapedType.Dynamic;
}
