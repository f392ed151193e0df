namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>`tfl.conv_2d`: float32 input, OHWI filter, optional (none) bias.</summary>
public sealed class TflConv2dBinding : IOpBinding
{
    public string OpName => "tfl.conv_2d";

    public Kernel Bind(BindingContext ctx)
    {
        var input = Float32Input(ctx, 0);
        var filter = Float32Input(ctx, 1);
        bool hasBias = ctx.Inputs.Count > 2 && ctx.Inputs[2] is not null;
        if (hasBias) Float32Input(ctx, 2);
        var p = new Conv2DParams(Int(ctx, "stride_h"), Int(ctx, "stride_w"), Int(ctx, "dilation_h_factor"),
            Int(ctx, "dilation_w_factor"), Padding(ctx), Activation(ctx));
        RequireOutput(ctx, Shape(ctx, () => Conv2D.OutputShape(input.Shape, filter.Shape, p)));
        if (hasBias && ctx.Inputs[2]!.ElementCount != filter.Shape[0])
            throw ctx.Error($"bias {ctx.Inputs[2]} does not have {filter.Shape[0]} elements");
        int[] inShape = input.Shape, fShape = filter.Shape;
        return io => Conv2D.Run(io.Input(0).Span<float>(), inShape, io.Input(1).Span<float>(), fShape,
            io.OptionalInput(2) is { } b ? b.Span<float>() : [], io.Output(0).Span<float>(), p);
    }
}
