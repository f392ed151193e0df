namespace Lce.Dialects.Tfl;

using Lce.IR;

/// <summary>
/// Conv2DOp's InferTypeOpInterface as TF implements it: the result is NHWC with batch from the
/// input and channels from the OHWI filter, spatial sizes from TF's windowed-output formula,
/// and the declared result type must be shape-compatible with the inferred one.
/// </summary>
internal static class ConvShape
{
    public static bool VerifyConv2DResultType(Operation op)
    {
        switch (InferConv2D(op, out var inferred))
        {
            case Inference.InvalidRanks:
                op.EmitError("Invalid ranks");
                break;
            case Inference.Failed:
                break;
            case Inference.Ok when TypeUtil.AreCompatibleShapes(inferred!, op.GetResult(0).Type):
                return true;
            default:
                op.EmitError($"'{op.Name}' op inferred type(s) '{inferred}' are incompatible with return type(s) of operation '{op.GetResult(0).Type}'");
                break;
        }
        op.EmitOpError("failed to infer returned types");
        return false;
    }

    private enum Inference { Ok, InvalidRanks, Failed }

    private static Inference InferConv2D(Operation op, out IRType? inferred)
    {
        inferred = null;
        var input = op.GetOperand(0).Type as RankedTensorType;
        var filter = op.GetOperand(1).Type as RankedTensorType;
        if (input is { Rank: not 4 } || filter is { Rank: not 4 }) return Inference.InvalidRanks;
        if (input is null || filter is null)
        {
            inferred = UnrankedTensorType.Get(op.Context, TypeUtil.ElementTypeOrSelf(op.GetOperand(0).Type));
            return Inference.Ok;
        }
        long strideH = I64(op, "stride_h"), strideW = I64(op, "stride_w");
        long dilationH = I64(op, "dilation_h_factor"), dilationW = I64(op, "dilation_w_factor");
        bool same = op.GetAttr("padding") is StringAttr { Value: TflEnums.Same };
        var shape = new[] { input.Shape[0], ShapedType.Dynamic, ShapedType.Dynamic, filter.Shape[0] };
        for (int d = 1; d <= 2; d++)
        {
            if (input.Shape[d] == ShapedType.Dynamic || filter.Shape[d] == ShapedType.Dynamic) continue;
            var size = WindowedOutputSize(input.Shape[d], filter.Shape[d], d == 1 ? dilationH : dilationW, d == 1 ? strideH : strideW, same);
            if (size is null) return Inference.Failed;
            shape[d] = size.Value;
        }
        inferred = RankedTensorType.Get(op.Context, shape, input.ElementType);
        return Inference.Ok;
    }

    private static long I64(Operation op, string name) => op.GetAttr(name) is IntegerAttr i ? (long)i.Value : 0;

    /// <summary>
    /// tensorflow::GetWindowedOutputSizeVerbose for VALID and SAME padding; null where TF
    /// reports an error (stride below 1, dilation below 1, negative output size).
    /// </summary>
    public static long? WindowedOutputSize(long inputSize, long filterSize, long dilation, long stride, bool same)
    {
        if (stride <= 0 || dilation < 1) return null;
        long effectiveFilter = (filterSize - 1) * dilation + 1;
        long output = same ? (inputSize + stride - 1) / stride : (inputSize - effectiveFilter + stride) / stride;
        return output < 0 ? null : output;
    }
}
