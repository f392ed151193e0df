namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>
/// The elementwise float32 tf ops: Relu, Relu6, Tanh and Sigmoid on TFLite's activation kernels
/// (see src/CodeGen/README.md for where TensorFlow's Eigen versions differ), Sign on
/// <see cref="TfUnary.Sign(float)"/>, Round (halves to even); and `tf.LogicalNot` on bools.
/// </summary>
public sealed class TfUnaryBinding(string opName, TfUnaryBinding.Run? run) : IOpBinding
{
    public delegate void Run(ReadOnlySpan<float> input, Span<float> output);

    public static IEnumerable<TfUnaryBinding> All { get; } =
    [
        new("tf.Relu", Activations.Relu),
        new("tf.Relu6", Activations.Relu6),
        new("tf.Tanh", Activations.Tanh),
        new("tf.Sigmoid", Activations.Logistic),
        new("tf.Sign", TfUnary.Sign),
        new("tf.Round", TfUnary.Round),
        new("tf.LogicalNot", null),
    ];

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        if (run is null)
        {
            var input = ctx.Input(0);
            if (input.DType != DType.Bool) throw ctx.Error($"operand #0 {input} is not bool");
            RequireOutput(ctx, input.Shape, DType.Bool);
            return io => TfUnary.LogicalNot(io.Input(0).Span<bool>(), io.Output(0).Span<bool>());
        }
        RequireOutput(ctx, Float32Input(ctx, 0).Shape);
        return io => run(io.Input(0).Span<float>(), io.Output(0).Span<float>());
    }
}
