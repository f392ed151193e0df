namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>`tfl.fully_connected`: float32, weights `[out, accum]` in the DEFAULT format, optional (none) bias, keep_num_dims.</summary>
public sealed class TflFullyConnectedBinding : IOpBinding
{
    public string OpName => "tfl.fully_connected";

    public Kernel Bind(BindingContext ctx)
    {
        int[] input = Float32Input(ctx, 0).Shape, weights = Float32Input(ctx, 1).Shape;
        bool hasBias = ctx.Inputs.Count > 2 && ctx.Inputs[2] is not null;
        if (hasBias) Float32Input(ctx, 2);
        if (ctx.HasAttr("weights_format") && ctx.StringAttr("weights_format") != "DEFAULT")
            throw ctx.Error($"unsupported weights_format '{ctx.StringAttr("weights_format")}'");
        var activation = Activation(ctx);
        bool keepNumDims = ctx.BoolAttr("keep_num_dims");
        RequireOutput(ctx, Shape(ctx, () => FullyConnected.OutputShape(input, weights, keepNumDims)));
        if (hasBias && ctx.Inputs[2]!.ElementCount != weights[0])
            throw ctx.Error($"bias {ctx.Inputs[2]} does not have {weights[0]} elements");
        return io => FullyConnected.Run(io.Input(0).Span<float>(), input, io.Input(1).Span<float>(), weights,
            io.OptionalInput(2) is { } b ? b.Span<float>() : [], io.Output(0).Span<float>(), activation);
    }
}
