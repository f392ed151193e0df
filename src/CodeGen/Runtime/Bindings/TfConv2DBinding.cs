namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;
using static TfBindingSupport;

/// <summary>
/// `tf.Conv2D` (float32, NHWC) on TFLite's convolution: the HWIO filter is transposed to OHWI
/// (once at bind time when it is a constant), grouped when its input depth divides the input's;
/// SAME and VALID are TFLite's windows; EXPLICIT pads the input with zeros first and runs VALID,
/// which adds the same terms (0 · w) TensorFlow's padded patches add. See src/CodeGen/README.md
/// for the order of the float sums.
/// </summary>
public sealed class TfConv2DBinding : IOpBinding
{
    public string OpName => "tf.Conv2D";

    public Kernel Bind(BindingContext ctx)
    {
        int[] input = Float32Input(ctx, 0).Shape, filter = Float32Input(ctx, 1).Shape;
        RequireNhwc(ctx);
        if (filter.Length != 4) throw ctx.Error($"filter {ctx.Inputs[1]} is not rank 4 (HWIO)");
        var strides = Spatial(ctx, "strides");
        var dilations = Spatial(ctx, "dilations", (1, 1));
        var kind = PaddingKind(ctx);
        var pads = ExplicitPaddings(ctx, kind);
        var (h, w) = Windows(ctx, input, (filter[0], filter[1]), strides, dilations, kind, pads);
        int inDepth = filter[2], outDepth = filter[3];
        if (inDepth < 1 || input[3] % inDepth != 0)
            throw ctx.Error($"input depth {input[3]} is not a multiple of the filter's input depth {inDepth}");
        if (outDepth % (input[3] / inDepth) != 0)
            throw ctx.Error($"output depth {outDepth} is not a multiple of the {input[3] / inDepth} groups");
        RequireOutput(ctx, [input[0], h.Output, w.Output, outDepth]);

        var p = new Conv2DParams(strides.H, strides.W, dilations.H, dilations.W,
            kind == TfPaddingKind.Same ? TflPadding.Same : TflPadding.Valid, TflActivation.None);
        var padder = ExplicitPadder.Create(input, kind, pads);
        var ohwi = new HwioToOhwi(ctx, 1, filter);
        return io => Conv2D.Run(padder.Apply(io.Input(0).Span<float>()), padder.Shape, ohwi.Filter(io.Input(1)), ohwi.Shape,
            [], io.Output(0).Span<float>(), p);
    }
}
