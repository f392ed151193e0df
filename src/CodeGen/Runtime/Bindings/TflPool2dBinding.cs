namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>`tfl.max_pool_2d` and `tfl.average_pool_2d` (float32 NHWC, fused activation).</summary>
public sealed class TflPool2dBinding(string opName, bool average) : IOpBinding
{
    public static TflPool2dBinding Max { get; } = new("tfl.max_pool_2d", average: false);
    public static TflPool2dBinding Average { get; } = new("tfl.average_pool_2d", average: true);

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        int[] shape = Float32Input(ctx, 0).Shape;
        var p = new Pool2DParams(Int(ctx, "filter_height"), Int(ctx, "filter_width"), Int(ctx, "stride_h"),
            Int(ctx, "stride_w"), Padding(ctx), Activation(ctx));
        RequireOutput(ctx, Shape(ctx, () => Pool2D.OutputShape(shape, p)));
        if (average)
            return io => Pool2D.AveragePool(io.Input(0).Span<float>(), shape, io.Output(0).Span<float>(), p);
        return io => Pool2D.MaxPool(io.Input(0).Span<float>(), shape, io.Output(0).Span<float>(), p);
    }
}
