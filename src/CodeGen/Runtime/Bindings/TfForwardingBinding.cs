namespace Lce.CodeGen.Runtime.Bindings;

/// <summary>
/// The tf ops that forward their input at inference: `tf.CheckNumerics` (its check is not made),
/// `tf.Snapshot`, `tf.PlaceholderWithDefault` (the default is the value), and `tf.IdentityN`
/// (result i is operand i).
/// </summary>
public sealed class TfForwardingBinding(string opName) : IOpBinding
{
    public static IEnumerable<TfForwardingBinding> All { get; } =
        [new("tf.CheckNumerics"), new("tf.Snapshot"), new("tf.PlaceholderWithDefault"), new("tf.IdentityN")];

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        if (ctx.Inputs.Count != ctx.Outputs.Count)
            throw ctx.Error($"has {ctx.Inputs.Count} operands but {ctx.Outputs.Count} results");
        for (int i = 0; i < ctx.Outputs.Count; i++)
        {
            var input = ctx.Input(i);
            if (input.DType != ctx.Outputs[i].DType || !input.Shape.AsSpan().SequenceEqual(ctx.Outputs[i].Shape))
                throw ctx.Error($"result #{i} {ctx.Outputs[i]} differs from operand #{i} {input}");
        }
        return io =>
        {
            for (int i = 0; i < io.OutputCount; i++)
                io.Input(i).Storage.Span.CopyTo(io.Output(i).Storage.Span);
        };
    }
}
