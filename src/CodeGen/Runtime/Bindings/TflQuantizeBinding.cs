namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static Int8BindingSupport;

/// <summary>
/// `tfl.quantize`: float32 → int8 per tensor or per axis (the result type's quantization), and
/// int8 → int8 requantization between per-tensor parameters.
/// </summary>
public sealed class TflQuantizeBinding : IOpBinding
{
    public string OpName => "tfl.quantize";

    public Kernel Bind(BindingContext ctx)
    {
        var input = ctx.Input(0);
        var result = ctx.Outputs[0];
        if (!input.Shape.AsSpan().SequenceEqual(result.Shape)) throw ctx.Error($"result {result} does not have the input's shape {input.ShapeText}");
        if (input.DType == DType.Int8)
        {
            var iq = PerTensor(ctx, input, "operand #0");
            var oq = PerTensor(ctx, result, "result #0");
            Prepare(ctx, () => FixedPoint.QuantizeMultiplier((double)iq.Scale / oq.Scale));
            return io => PerAxisQuantization.Requantize(io.Input(0).Span<sbyte>(), iq, io.Output(0).Span<sbyte>(), oq);
        }
        if (input.DType != DType.Float32) throw ctx.Error($"operand #0 {input} is neither float32 nor int8");
        var q = PerAxis(ctx, result, "result #0");
        int[] shape = input.Shape;
        if (result.Quantization!.IsPerTensor)
        {
            var p = new QuantParams(q.Scales[0], q.ZeroPoints[0]);
            return io => QuantizedInt8.Quantize(io.Input(0).Span<float>(), io.Output(0).Span<sbyte>(), p);
        }
        return io => PerAxisQuantization.Quantize(io.Input(0).Span<float>(), shape, io.Output(0).Span<sbyte>(), q);
    }
}
