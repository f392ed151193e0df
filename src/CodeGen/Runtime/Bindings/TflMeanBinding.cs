namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>`tfl.mean`: float32 over constant i32 axes, `keep_dims` shaping the result.</summary>
public sealed class TflMeanBinding : IOpBinding
{
    public string OpName => "tfl.mean";

    public Kernel Bind(BindingContext ctx)
    {
        int[] shape = Float32Input(ctx, 0).Shape;
        int[] axes = TflConstantInts.Read(ctx, 1);
        bool keepDims = ctx.BoolAttr("keep_dims");
        RequireOutput(ctx, Shape(ctx, () => Mean.OutputShape(shape, axes, keepDims)));
        return io => Mean.Run(io.Input(0).Span<float>(), shape, axes, io.Output(0).Span<float>());
    }
}
