namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>
/// `tf.Mean` (float32) over constant axes with `keep_dims`, on TFLite's mean: a sequential sum in
/// row-major order, then one division by the count. TensorFlow's Eigen reduction adds in a
/// tree/vector order, so its last bits may differ.
/// </summary>
public sealed class TfMeanBinding : IOpBinding
{
    public string OpName => "tf.Mean";

    public Kernel Bind(BindingContext ctx)
    {
        int[] shape = Float32Input(ctx, 0).Shape;
        int[] axes = TflConstantInts.Read(ctx, 1);
        bool keepDims = ctx.BoolAttr("keep_dims");
        RequireOutput(ctx, Shape(ctx, () => Mean.OutputShape(shape, axes, keepDims)));
        return io => Mean.Run(io.Input(0).Span<float>(), shape, axes, io.Output(0).Span<float>());
    }
}
