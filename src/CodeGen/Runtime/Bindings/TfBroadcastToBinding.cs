namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>`tf.BroadcastTo` of float32, int32 or bool values to the result's shape, which the constant shape operand must equal.</summary>
public sealed class TfBroadcastToBinding : IOpBinding
{
    public string OpName => "tf.BroadcastTo";

    public Kernel Bind(BindingContext ctx)
    {
        var input = ctx.Input(0);
        int[] shape = input.Shape, target = TflConstantInts.Read(ctx, 1);
        _ = Shape(ctx, () => { BroadcastTo.CheckShapes(shape, target); return target; });
        RequireOutput(ctx, target, input.DType);
        return input.DType switch
        {
            DType.Float32 => io => BroadcastTo.Run<float>(io.Input(0).Span<float>(), shape, io.Output(0).Span<float>(), target),
            DType.Int32 => io => BroadcastTo.Run<int>(io.Input(0).Span<int>(), shape, io.Output(0).Span<int>(), target),
            DType.Bool => io => BroadcastTo.Run<bool>(io.Input(0).Span<bool>(), shape, io.Output(0).Span<bool>(), target),
            _ => throw ctx.Error($"operand #0 {input} is not float32, int32 or bool"),
        };
    }
}
