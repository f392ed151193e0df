namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static Int8BindingSupport;
using static TflBindingSupport;

/// <summary>
/// `tfl.depthwise_conv_2d`, filter [1, H, W, C · depth_multiplier]: float32 (optional float
/// bias), or int8 with the filter quantized per output channel (axis 3) or per tensor and an
/// optional int32 bias.
/// </summary>
public sealed class TflDepthwiseConv2dBinding : IOpBinding
{
    public string OpName => "tfl.depthwise_conv_2d";

    public Kernel Bind(BindingContext ctx)
    {
        var input = ctx.Input(0);
        int[] inShape = input.Shape, fShape = ctx.Input(1).Shape;
        int multiplier = Int(ctx, "depth_multiplier");
        var p = new Conv2DParams(Int(ctx, "stride_h"), Int(ctx, "stride_w"), Int(ctx, "dilation_h_factor"),
            Int(ctx, "dilation_w_factor"), Padding(ctx), Activation(ctx));
        int[] outShape = Shape(ctx, () => DepthwiseConv2D.OutputShape(inShape, fShape, multiplier, p));
        int channels = fShape[3];
        if (input.DType == DType.Int8)
        {
            var iq = PerTensor(ctx, input, "operand #0");
            var oq = Int8Output(ctx, outShape);
            var scales = FilterScales(ctx, 1, axis: 3);
            bool hasBias = Bias(ctx, 2, channels);
            var stage = Prepare(ctx, () => Int8OutputStage.Create(iq.Scale, scales, channels, oq, p.Activation));
            return io => QuantizedDepthwiseConv2D.Run(io.Input(0).Span<sbyte>(), inShape, iq.ZeroPoint, io.Input(1).Span<sbyte>(), fShape,
                hasBias ? io.Input(2).Span<int>() : [], io.Output(0).Span<sbyte>(), multiplier, p, stage);
        }
        Float32Input(ctx, 0);
        Float32Input(ctx, 1);
        bool floatBias = ctx.Inputs.Count > 2 && ctx.Inputs[2] is not null;
        if (floatBias && Float32Input(ctx, 2).ElementCount != channels)
            throw ctx.Error($"bias {ctx.Inputs[2]} does not have {channels} elements");
        RequireOutput(ctx, outShape);
        return io => DepthwiseConv2D.Run(io.Input(0).Span<float>(), inShape, io.Input(1).Span<float>(), fShape,
            io.OptionalInput(2) is { } b ? b.Span<float>() : [], io.Output(0).Span<float>(), multiplier, p);
    }
}
