namespace Lce.Dialects.Tf;

using Lce.IR;

/// <summary>
/// tf.Conv2D's checks: the result type TF infers from the input, filter, strides, dilations and
/// padding (InferTypeOpInterface, checked before the op verifier), and Conv2DOp::verify.
/// </summary>
public static class Conv2DRules
{
    private const int NumDims = 4;

    public static bool Verify(Operation op)
    {
        var attrs = TfAttrs.Conv(op);
        var input = (ShapedType)op.GetOperand(0).Type;
        var filter = (ShapedType)op.GetOperand(1).Type;
        if (CanInfer(input, filter, attrs))
        {
            var inferred = InferResultType(op.Context, input, filter, attrs);
            if (inferred is null) { op.EmitOpError("failed to infer returned types"); return false; }
            if (!InferredTypes.Check(op, [inferred])) return false;
        }

        if (!TfTypeUtil.IsOfRankOrUnranked(input, NumDims) || !TfTypeUtil.IsOfRankOrUnranked(filter, NumDims))
            return Plain(op, $"requires operands to be {NumDims}D tensor");
        if (attrs.Padding == "EXPLICIT")
        {
            if (attrs.ExplicitPaddings.Count == 0) return Plain(op, "requires attribute 'explicit_paddings' with 'EXPLICIT' padding mode");
            if (attrs.ExplicitPaddings.Count != NumDims * 2) return Plain(op, $"requires explicit_paddings attribute length to be {NumDims * 2}");
            if (attrs.ExplicitPaddings.Any(p => p < 0)) return Plain(op, "requires non negative explicit paddings");
        }
        if (attrs.Strides.Count != NumDims) return Plain(op, $"requires strides attribute length to be {NumDims}");
        if (attrs.Strides.Any(s => s <= 0)) return Plain(op, "requires positive strides");
        if (attrs.Dilations.Count != NumDims) return Plain(op, $"requires dilations attribute length to be {NumDims}");
        if (attrs.Dilations.Any(d => d <= 0)) return Plain(op, "requires positive dilations");

        long inputChannels = input is RankedTensorType ri ? ri.Shape[FeatureDim(attrs.DataFormat)] : ShapedType.Dynamic;
        long filterChannels = filter is RankedTensorType rf ? rf.Shape[2] : ShapedType.Dynamic;
        if (inputChannels == ShapedType.Dynamic || filterChannels == ShapedType.Dynamic) return true;
        if (filterChannels != 0 && inputChannels % filterChannels != 0)
            return TfDialect.Fail(op, "requires the number of input channels to be divisible by the number of filter input channels; " +
                $"found {inputChannels} and {filterChannels}, respectively");
        return true;
    }

    /// <summary>Whether TF's inference can run at all on these operands (else TF reads out of range).</summary>
    private static bool CanInfer(ShapedType input, ShapedType filter, TfAttrs.ConvAttrs a) =>
        TfTypeUtil.IsOfRankOrUnranked(input, NumDims) && TfTypeUtil.IsOfRankOrUnranked(filter, NumDims)
        && a.Strides.Count == NumDims && a.Dilations.Count == NumDims
        && (a.Padding != "EXPLICIT" || a.ExplicitPaddings.Count == NumDims * 2);

    /// <summary>
    /// inferConvReturnTypeComponents: batch from the input, channels from the filter's last (HWIO)
    /// dimension, spatial sizes from GetWindowedOutputSizeVerboseV2 when both sizes are known.
    /// Null when the inputs do not allow inference or a size would be invalid.
    /// </summary>
    public static IRType? InferResultType(IRContext ctx, ShapedType input, ShapedType filter, TfAttrs.ConvAttrs a)
    {
        if (!CanInfer(input, filter, a)) return null;
        var shape = Enumerable.Repeat(ShapedType.Dynamic, NumDims).ToArray();
        int feature = FeatureDim(a.DataFormat);
        if (input.HasRank) shape[0] = input.Shape[0];
        if (filter.HasRank) shape[feature] = filter.Shape[3];
        if (input.HasRank && filter.HasRank)
        {
            for (int i = 0; i < 2; i++)
            {
                int dim = SpatialDim(a.DataFormat, i);
                long inSize = input.Shape[dim], filterSize = filter.Shape[i];
                if (inSize == ShapedType.Dynamic || filterSize == ShapedType.Dynamic) continue;
                long padLow = 0, padHigh = 0;
                if (a.Padding == "EXPLICIT") { padLow = a.ExplicitPaddings[2 * dim]; padHigh = a.ExplicitPaddings[2 * dim + 1]; }
                var size = WindowedOutputSize(inSize, filterSize, a.Dilations[dim], a.Strides[dim], a.Padding, padLow, padHigh);
                if (size is null) return null;
                shape[dim] = size.Value;
            }
        }
        return RankedTensorType.Get(ctx, shape, input.ElementType);
    }

    /// <summary>TensorFlow's GetWindowedOutputSizeVerboseV2 (C++ integer division, truncating toward zero).</summary>
    public static long? WindowedOutputSize(long input, long filter, long dilation, long stride, string padding, long padLow, long padHigh)
    {
        if (stride <= 0 || dilation < 1) return null;
        long effective = (filter - 1) * dilation + 1;
        long output = padding switch
        {
            "VALID" => (input - effective + stride) / stride,
            "EXPLICIT" => (input + padLow + padHigh - effective + stride) / stride,
            _ => (input + stride - 1) / stride,
        };
        return output < 0 ? null : output;
    }

    /// <summary>GetTensorFeatureDimIndex for 4-D NHWC / NCHW.</summary>
    public static int FeatureDim(string format) => format == "NCHW" ? 1 : 3;

    /// <summary>GetTensorSpatialDimIndex for 4-D NHWC / NCHW.</summary>
    public static int SpatialDim(string format, int i) => format == "NCHW" ? 2 + i : 1 + i;

    /// <summary>An error at the op without the op-name prefix or the op dump (TF's emitOptionalError).</summary>
    private static bool Plain(Operation op, string message)
    {
        op.Context.Diagnostics.Emit(new Diagnostic(DiagnosticSeverity.Error, op.Location, message));
        return false;
    }
}
