namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using Lce.Serialization.CustomOptions;

/// <summary>
/// `lq.BMaxPool2d` (padding, strides and filter size as properties) and the `LceBMaxPool2d`
/// custom op (the same as FlexBuffers options): binary max-pool over bitpacked NHWC words.
/// </summary>
public sealed class LqBMaxPool2dBinding : IOpBinding, ICustomOpBinding
{
    public string OpName => "lq.BMaxPool2d";

    public string CustomCode => BMaxPool2dOptions.CustomCode;

    public Kernel Bind(BindingContext ctx)
    {
        var padding = ctx.StringAttr("padding") switch
        {
            "SAME" => LcePadding.Same,
            "VALID" => LcePadding.Valid,
            var s => throw ctx.Error($"unknown padding '{s}'"),
        };
        return Bind(ctx, new BMaxPool2dParams((int)ctx.IntAttr("filter_height"), (int)ctx.IntAttr("filter_width"),
            (int)ctx.IntAttr("stride_height"), (int)ctx.IntAttr("stride_width"), padding));
    }

    public Kernel Bind(BindingContext ctx, ReadOnlyMemory<byte> options)
    {
        var o = ctx.DecodeOptions<BMaxPool2dOptions>(BMaxPool2dOptions.TryDecode);
        var padding = o.Padding == TflitePadding.Same ? LcePadding.Same : LcePadding.Valid;
        return Bind(ctx, new BMaxPool2dParams(o.FilterHeight, o.FilterWidth, o.StrideHeight, o.StrideWidth, padding));
    }

    private static Kernel Bind(BindingContext ctx, BMaxPool2dParams p)
    {
        var input = ctx.Input(0);
        if (input.DType != DType.Int32) throw ctx.Error($"input {input} is not bitpacked int32");
        var expected = BMaxPool2d.TryOutputShape(p, input.Shape, out string error) ?? throw ctx.Error(error);
        if (ctx.Outputs[0].DType != DType.Int32 || !ctx.Outputs[0].Shape.AsSpan().SequenceEqual(expected))
            throw ctx.Error($"result {ctx.Outputs[0]} should be int32{new TensorSpec(DType.Int32, expected).ShapeText}");
        var shape = input.Shape;
        return io => BMaxPool2d.Run(p, shape, io.Input(0).Span<int>(), io.Output(0).Span<int>());
    }
}
