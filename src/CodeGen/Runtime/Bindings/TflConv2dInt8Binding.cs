namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static Int8BindingSupport;
using static TflBindingSupport;

/// <summary>`tfl.conv_2d` on int8: per-tensor input/output, OHWI filter quantized per output channel (axis 0) or per tensor, optional int32 bias.</summary>
public sealed class TflConv2dInt8Binding : IOpBinding
{
    public string OpName => "tfl.conv_2d";

    public Kernel Bind(BindingContext ctx)
    {
        var (input, iq) = Int8Input(ctx, 0);
        int[] inShape = input.Shape, fShape = ctx.Input(1).Shape;
        var p = new Conv2DParams(Int(ctx, "stride_h"), Int(ctx, "stride_w"), Int(ctx, "dilation_h_factor"),
            Int(ctx, "dilation_w_factor"), Padding(ctx), Activation(ctx));
        var oq = Int8Output(ctx, Shape(ctx, () => Conv2D.OutputShape(inShape, fShape, p)));
        var scales = FilterScales(ctx, 1, axis: 0);
        bool hasBias = Bias(ctx, 2, fShape[0]);
        var stage = Prepare(ctx, () => Int8OutputStage.Create(iq.Scale, scales, fShape[0], oq, p.Activation));
        return io => QuantizedConv2D.Run(io.Input(0).Span<sbyte>(), inShape, iq.ZeroPoint, io.Input(1).Span<sbyte>(), fShape,
            hasBias ? io.Input(2).Span<int>() : [], io.Output(0).Span<sbyte>(), p, stage);
    }
}
