namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>`tfl.softmax` over the last dimension, float32, with `beta`.</summary>
public sealed class TflSoftmaxBinding : IOpBinding
{
    public string OpName => "tfl.softmax";

    public Kernel Bind(BindingContext ctx)
    {
        int[] shape = Float32Input(ctx, 0).Shape;
        if (shape.Length == 0) throw ctx.Error("softmax needs rank >= 1");
        float beta = (float)ctx.FloatAttr("beta");
        RequireOutput(ctx, shape);
        return io => Softmax.Run(io.Input(0).Span<float>(), shape, io.Output(0).Span<float>(), beta);
    }
}
