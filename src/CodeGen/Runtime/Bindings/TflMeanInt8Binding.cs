namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static Int8BindingSupport;
using static TflBindingSupport;

/// <summary>`tfl.mean` on int8 over constant axes, rescaling from the input's to the result's quantization.</summary>
public sealed class TflMeanInt8Binding : IOpBinding
{
    public string OpName => "tfl.mean";

    public Kernel Bind(BindingContext ctx)
    {
        var (input, iq) = Int8Input(ctx, 0);
        int[] shape = input.Shape;
        int[] axes = TflConstantInts.Read(ctx, 1);
        bool keepDims = ctx.BoolAttr("keep_dims");
        var oq = Int8Output(ctx, Shape(ctx, () => Mean.OutputShape(shape, axes, keepDims)));
        Prepare(ctx, () => FixedPoint.QuantizeMultiplier((double)iq.Scale / oq.Scale));
        return io => QuantizedMean.Run(io.Input(0).Span<sbyte>(), shape, axes, iq, io.Output(0).Span<sbyte>(), oq, keepDims);
    }
}
