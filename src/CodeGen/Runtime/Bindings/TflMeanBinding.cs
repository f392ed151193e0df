namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>
/// `tfl.mean` and `tf.Mean`: float32 over constant axes, `keep_dims` shaping the result, on
/// TFLite's mean (a sequential sum in row-major order, then one division by the count).
/// TensorFlow's Eigen reduction adds in a tree/vector order, so for `tf.Mean` its last bits may differ.
/// </summary>
public sealed class TflMeanBinding(string opName = "tfl.mean") : IOpBinding
{
    public static TflMeanBinding TfMean { get; } = new("tf.Mean");

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        int[] shape = Float32Input(ctx, 0).Shape;
        int[] axes = TflConstantInts.Read(ctx, 1);
        bool keepDims = ctx.BoolAttr("keep_dims");
        RequireOutput(ctx, Shape(ctx, () => Mean.OutputShape(shape, axes, keepDims)));
        return io => Mean.Run(io.Input(0).Span<float>(), shape, axes, io.Output(0).Span<float>());
    }
}
