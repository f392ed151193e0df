namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;
using static TfBindingSupport;

/// <summary>`tf.BiasAdd` (float32, NHWC): value + bias along the last axis, one float add per element.</summary>
public sealed class TfBiasAddBinding : IOpBinding
{
    public string OpName => "tf.BiasAdd";

    public Kernel Bind(BindingContext ctx)
    {
        int[] value = Float32Input(ctx, 0).Shape, bias = Float32Input(ctx, 1).Shape;
        RequireNhwc(ctx);
        if (value.Length < 2) throw ctx.Error($"value {ctx.Inputs[0]} must have rank at least 2");
        if (bias.Length != 1 || bias[0] != value[^1])
            throw ctx.Error($"bias {ctx.Inputs[1]} must be rank 1 with {value[^1]} elements");
        RequireOutput(ctx, value);
        return io => TfBinary.Run(ArithmeticOp.Add, io.Input(0).Span<float>(), value, io.Input(1).Span<float>(), bias,
            io.Output(0).Span<float>());
    }
}
