namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>
/// `tf.Softmax` over the last dimension (float32) on TFLite's softmax with beta 1 (max
/// subtracted, exp, sequential sum, division); Eigen's vectorized exp and sum may differ in the last bits.
/// </summary>
public sealed class TfSoftmaxBinding : IOpBinding
{
    public string OpName => "tf.Softmax";

    public Kernel Bind(BindingContext ctx)
    {
        int[] shape = Float32Input(ctx, 0).Shape;
        if (shape.Length == 0) throw ctx.Error("softmax needs rank >= 1");
        RequireOutput(ctx, shape);
        return io => Softmax.Run(io.Input(0).Span<float>(), shape, io.Output(0).Span<float>(), 1f);
    }
}
