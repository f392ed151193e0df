namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>`tfl.concatenation` of float32 tensors along `axis`; TFLite's kernel only takes a NONE activation.</summary>
public sealed class TflConcatenationBinding : IOpBinding
{
    public string OpName => "tfl.concatenation";

    public Kernel Bind(BindingContext ctx)
    {
        var shapes = Enumerable.Range(0, ctx.Inputs.Count).Select(i => Float32Input(ctx, i).Shape).ToArray();
        if (Activation(ctx) != TflActivation.None) throw ctx.Error("concatenation supports only fused_activation_function NONE");
        int axis = Int(ctx, "axis");
        RequireOutput(ctx, Shape(ctx, () => DataMovement.ConcatenationShape(shapes, axis)));
        return io =>
        {
            var inputs = Enumerable.Range(0, shapes.Length)
                .Select(i => (ReadOnlyMemory<float>)io.Input(i).Span<float>().ToArray()).ToArray();
            DataMovement.Concatenation(inputs, shapes, axis, io.Output(0).Span<float>());
        };
    }
}
