namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;

/// <summary>
/// `lq.Dequantize` (and the `LceDequantize` custom op, which has no options): unpacks int32
/// words into ±1 (float32), the int8 levels of its output quantization, or bool.
/// </summary>
public sealed class LqDequantizeBinding : IOpBinding, ICustomOpBinding
{
    public string OpName => "lq.Dequantize";

    public string CustomCode => "LceDequantize";

    public Kernel Bind(BindingContext ctx, ReadOnlyMemory<byte> options) => Bind(ctx);

    public Kernel Bind(BindingContext ctx)
    {
        var input = ctx.Input(0);
        var output = ctx.Outputs[0];
        if (input.DType != DType.Int32) throw ctx.Error($"input {input} is not bitpacked int32");
        if (output.Shape.Length == 0 || !input.Shape.AsSpan().SequenceEqual(LceQuantize.OutputShape(output.Shape)))
            throw ctx.Error($"input {input} is not the bitpacked form of result {output}");
        int channels = output.Shape[^1];
        switch (output.DType)
        {
            case DType.Float32:
                return io => LceDequantize.Float(io.Input(0).Span<int>(), channels, io.Output(0).Span<float>());
            case DType.Bool:
                return io => LceDequantize.Bool(io.Input(0).Span<int>(), channels, io.Output(0).Span<bool>());
            case DType.Int8:
                if (output.Quantization is not { IsPerTensor: true } q) throw ctx.Error("an int8 result needs per-tensor quantization");
                var (scale, zeroPoint) = ((float)q.Scale, (int)q.ZeroPoint);
                return io => LceDequantize.Int8(io.Input(0).Span<int>(), channels, scale, zeroPoint, io.Output(0).Span<sbyte>());
            default:
                throw ctx.Error($"result element type {output.DType.Name()} is not float32, int8 or bool");
        }
    }
}
