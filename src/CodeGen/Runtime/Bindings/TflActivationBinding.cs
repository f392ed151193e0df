namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>The elementwise float32 activations: relu, relu6, relu_n1_to_1, tanh, logistic.</summary>
public sealed class TflActivationBinding(string opName, TflActivationBinding.Run run) : IOpBinding
{
    public delegate void Run(ReadOnlySpan<float> input, Span<float> output);

    public static IEnumerable<TflActivationBinding> All { get; } =
    [
        new("tfl.relu", Activations.Relu),
        new("tfl.relu6", Activations.Relu6),
        new("tfl.relu_n1_to_1", Activations.ReluN1To1),
        new("tfl.tanh", Activations.Tanh),
        new("tfl.logistic", Activations.Logistic),
    ];

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        RequireOutput(ctx, Float32Input(ctx, 0).Shape);
        return io => run(io.Input(0).Span<float>(), io.Output(0).Span<float>());
    }
}
