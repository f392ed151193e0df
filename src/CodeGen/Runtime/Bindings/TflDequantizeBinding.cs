namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static Int8BindingSupport;

/// <summary>`tfl.dequantize`: int8 → float32, per tensor (double product, as TFLite) or per axis (float product).</summary>
public sealed class TflDequantizeBinding : IOpBinding
{
    public string OpName => "tfl.dequantize";

    public Kernel Bind(BindingContext ctx)
    {
        var input = ctx.Input(0);
        var result = ctx.Outputs[0];
        if (result.DType != DType.Float32 || !input.Shape.AsSpan().SequenceEqual(result.Shape))
            throw ctx.Error($"result {result} should be {new TensorSpec(DType.Float32, input.Shape)}");
        var q = PerAxis(ctx, input, "operand #0");
        int[] shape = input.Shape;
        if (input.Quantization!.IsPerTensor)
        {
            var p = new QuantParams(q.Scales[0], q.ZeroPoints[0]);
            return io => QuantizedInt8.Dequantize(io.Input(0).Span<sbyte>(), io.Output(0).Span<float>(), p);
        }
        return io => PerAxisQuantization.Dequantize(io.Input(0).Span<sbyte>(), shape, io.Output(0).Span<float>(), q);
    }
}
