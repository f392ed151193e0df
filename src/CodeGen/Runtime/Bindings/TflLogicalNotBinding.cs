namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>
/// `tfl.logical_not` on bools: LCE's prepare negates the condition of an inverted sign select
/// with tf.LogicalNot, which legalize-tf turns into this op.
/// </summary>
public sealed class TflLogicalNotBinding : IOpBinding
{
    public string OpName => "tfl.logical_not";

    public Kernel Bind(BindingContext ctx)
    {
        var input = ctx.Input(0);
        if (input.DType != DType.Bool) throw ctx.Error($"operand #0 {input} is not bool");
        RequireOutput(ctx, input.Shape, DType.Bool);
        return io => TfUnary.LogicalNot(io.Input(0).Span<bool>(), io.Output(0).Span<bool>());
    }
}
