namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>`tf.Transpose` of a float32, int32 or bool tensor by a constant permutation (int32 or int64).</summary>
public sealed class TfTransposeBinding : IOpBinding
{
    public string OpName => "tf.Transpose";

    public Kernel Bind(BindingContext ctx)
    {
        var input = ctx.Input(0);
        int[] shape = input.Shape;
        int[] perm = TflConstantInts.Read(ctx, 1);
        RequireOutput(ctx, Shape(ctx, () => DataMovement.TransposeShape(shape, perm)), input.DType);
        return input.DType switch
        {
            DType.Float32 => io => DataMovement.Transpose<float>(io.Input(0).Span<float>(), shape, perm, io.Output(0).Span<float>()),
            DType.Int32 => io => DataMovement.Transpose<int>(io.Input(0).Span<int>(), shape, perm, io.Output(0).Span<int>()),
            DType.Bool => io => DataMovement.Transpose<bool>(io.Input(0).Span<bool>(), shape, perm, io.Output(0).Span<bool>()),
            _ => throw ctx.Error($"operand #0 {input} is not float32, int32 or bool"),
        };
    }
}
