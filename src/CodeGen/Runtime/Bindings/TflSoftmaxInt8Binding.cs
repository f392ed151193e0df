namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static Int8BindingSupport;

/// <summary>`tfl.softmax` on int8 over the last dimension; the result must be quantized with scale 1/256 and zero point -128, as TFLite requires.</summary>
public sealed class TflSoftmaxInt8Binding : IOpBinding
{
    public string OpName => "tfl.softmax";

    public Kernel Bind(BindingContext ctx)
    {
        var (input, iq) = Int8Input(ctx, 0);
        int[] shape = input.Shape;
        if (shape.Length == 0) throw ctx.Error("softmax needs rank >= 1");
        var oq = Int8Output(ctx, shape);
        if (oq != new QuantParams(1f / 256, -128))
            throw ctx.Error($"int8 softmax needs result scale 0.00390625 and zero point -128, got ({oq.Scale}, {oq.ZeroPoint})");
        var table = QuantizedSoftmax.ExpTable(iq.Scale, (float)ctx.FloatAttr("beta"));
        return io => QuantizedSoftmax.Run(io.Input(0).Span<sbyte>(), shape, io.Output(0).Span<sbyte>(), table, oq);
    }
}
