namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>
/// `tf.SpaceToBatchND` (paddings) and `tf.BatchToSpaceND` (crops) on rank-4 NHWC float32 or
/// int32 tensors with a constant 2-element block shape over H and W and constant [2, 2]
/// paddings/crops: the form TensorFlow writes a dilated convolution in.
/// </summary>
public sealed class TfSpaceBatchBinding(string opName, bool toBatch) : IOpBinding
{
    public static TfSpaceBatchBinding SpaceToBatch { get; } = new("tf.SpaceToBatchND", toBatch: true);
    public static TfSpaceBatchBinding BatchToSpace { get; } = new("tf.BatchToSpaceND", toBatch: false);

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        var input = ctx.Input(0);
        int[] shape = input.Shape;
        if (shape.Length != 4) throw ctx.Error($"input {input} is not rank 4 (only NHWC with a block over H and W is supported)");
        int[] block = TflConstantInts.Read(ctx, 1), pads = TflConstantInts.Read(ctx, 2);
        if (block.Length != 2) throw ctx.Error($"block_shape has {block.Length} values, expected 2 (H and W)");
        if (pads.Length != 4) throw ctx.Error($"{(toBatch ? "paddings" : "crops")} have {pads.Length} values, expected [2, 2]");
        var b = (block[0], block[1]);
        var p = (pads[0], pads[1], pads[2], pads[3]);
        RequireOutput(ctx, Shape(ctx, () => toBatch ? SpaceBatch.SpaceToBatchShape(shape, b, p) : SpaceBatch.BatchToSpaceShape(shape, b, p)), input.DType);
        return input.DType switch
        {
            DType.Float32 => Make<float>(),
            DType.Int32 => Make<int>(),
            _ => throw ctx.Error($"input {input} is not float32 or int32"),
        };

        Kernel Make<T>() where T : unmanaged => toBatch
            ? io => SpaceBatch.SpaceToBatch(io.Input(0).Span<T>(), shape, b, p, io.Output(0).Span<T>())
            : io => SpaceBatch.BatchToSpace(io.Input(0).Span<T>(), shape, b, p, io.Output(0).Span<T>());
    }
}
