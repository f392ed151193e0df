namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;
using static TfBindingSupport;

/// <summary>
/// `tf.DepthwiseConv2dNative` (float32, NHWC) on TFLite's depthwise convolution: the
/// [H, W, C, M] filter has the memory layout of TFLite's [1, H, W, C·M] (output channel c·M + m),
/// so it is only reinterpreted. Padding as <see cref="TfConv2DBinding"/>.
/// </summary>
public sealed class TfDepthwiseConv2dNativeBinding : IOpBinding
{
    public string OpName => "tf.DepthwiseConv2dNative";

    public Kernel Bind(BindingContext ctx)
    {
        int[] input = Float32Input(ctx, 0).Shape, filter = Float32Input(ctx, 1).Shape;
        RequireNhwc(ctx);
        if (filter.Length != 4) throw ctx.Error($"filter {ctx.Inputs[1]} is not rank 4 (HWCM)");
        var strides = Spatial(ctx, "strides");
        var dilations = Spatial(ctx, "dilations", (1, 1));
        var kind = PaddingKind(ctx);
        var pads = ExplicitPaddings(ctx, kind);
        var (h, w) = Windows(ctx, input, (filter[0], filter[1]), strides, dilations, kind, pads);
        if (filter[2] != input[3]) throw ctx.Error($"filter depth {filter[2]} differs from the input depth {input[3]}");
        int multiplier = filter[3];
        RequireOutput(ctx, [input[0], h.Output, w.Output, input[3] * multiplier]);

        var p = new Conv2DParams(strides.H, strides.W, dilations.H, dilations.W,
            kind == TfPaddingKind.Same ? TflPadding.Same : TflPadding.Valid, TflActivation.None);
        var padder = ExplicitPadder.Create(input, kind, pads);
        int[] tflFilter = [1, filter[0], filter[1], filter[2] * multiplier];
        return io => DepthwiseConv2D.Run(padder.Apply(io.Input(0).Span<float>()), padder.Shape, io.Input(1).Span<float>(), tflFilter,
            [], io.Output(0).Span<float>(), multiplier, p);
    }
}
