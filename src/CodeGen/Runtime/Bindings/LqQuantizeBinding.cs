namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;

/// <summary>
/// `lq.Quantize` (and the `LceQuantize` custom op, which has no options): bitpacks the last axis
/// of a float32, int8 (below its zero point is -1) or bool input into int32 words.
/// </summary>
public sealed class LqQuantizeBinding : IOpBinding, ICustomOpBinding
{
    public string OpName => "lq.Quantize";

    public string CustomCode => "LceQuantize";

    public Kernel Bind(BindingContext ctx, ReadOnlyMemory<byte> options) => Bind(ctx);

    public Kernel Bind(BindingContext ctx)
    {
        var input = ctx.Input(0);
        if (input.Shape.Length == 0) throw ctx.Error("the input needs rank at least 1");
        var expected = LceQuantize.OutputShape(input.Shape);
        if (ctx.Outputs[0].DType != DType.Int32 || !ctx.Outputs[0].Shape.AsSpan().SequenceEqual(expected))
            throw ctx.Error($"result {ctx.Outputs[0]} should be int32{new TensorSpec(DType.Int32, expected).ShapeText}");
        int channels = input.Shape[^1];
        switch (input.DType)
        {
            case DType.Float32:
                return io => LceQuantize.Float(io.Input(0).Span<float>(), channels, io.Output(0).Span<int>());
            case DType.Bool:
                return io => LceQuantize.Bool(io.Input(0).Span<bool>(), channels, io.Output(0).Span<int>());
            case DType.Int8:
                if (input.Quantization is not { IsPerTensor: true } q) throw ctx.Error("an int8 input needs per-tensor quantization");
                int zeroPoint = (int)q.ZeroPoint;
                return io => LceQuantize.Int8(io.Input(0).Span<sbyte>(), channels, zeroPoint, io.Output(0).Span<int>());
            default:
                throw ctx.Error($"input element type {input.DType.Name()} is not float32, int8 or bool");
        }
    }
}
