namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>`tfl.transpose` of a float32 tensor by a constant permutation.</summary>
public sealed class TflTransposeBinding : IOpBinding
{
    public string OpName => "tfl.transpose";

    public Kernel Bind(BindingContext ctx)
    {
        int[] shape = Float32Input(ctx, 0).Shape;
        int[] perm = TflConstantInts.Read(ctx, 1);
        RequireOutput(ctx, Shape(ctx, () => DataMovement.TransposeShape(shape, perm)));
        return io => DataMovement.Transpose<float>(io.Input(0).Span<float>(), shape, perm, io.Output(0).Span<float>());
    }
}
