namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static Int8BindingSupport;
using static TflBindingSupport;

/// <summary>`tfl.max_pool_2d` and `tfl.average_pool_2d` on int8 (input and result share scale and zero point, as TFLite requires).</summary>
public sealed class TflPool2dInt8Binding(string opName, bool average) : IOpBinding
{
    public static TflPool2dInt8Binding Max { get; } = new("tfl.max_pool_2d", average: false);
    public static TflPool2dInt8Binding Average { get; } = new("tfl.average_pool_2d", average: true);

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        var (input, iq) = Int8Input(ctx, 0);
        int[] shape = input.Shape;
        var p = new Pool2DParams(Int(ctx, "filter_height"), Int(ctx, "filter_width"), Int(ctx, "stride_h"),
            Int(ctx, "stride_w"), Padding(ctx), Activation(ctx));
        var oq = Int8Output(ctx, Shape(ctx, () => Pool2D.OutputShape(shape, p)));
        RequireSameQuantization(ctx, iq, oq, opName);
        if (average)
            return io => QuantizedPooling.AveragePool(io.Input(0).Span<sbyte>(), shape, io.Output(0).Span<sbyte>(), p, oq);
        return io => QuantizedPooling.MaxPool(io.Input(0).Span<sbyte>(), shape, io.Output(0).Span<sbyte>(), p, oq);
    }
}
