namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>
/// `tf.Select` (x and y of one shape; the condition of that shape, rank 1 over the first
/// dimension, or a scalar) and `tf.SelectV2` (all three broadcast), on TFLite's select kernels,
/// for float32, int32 and bool values.
/// </summary>
public sealed class TfSelectBinding(string opName, bool v2) : IOpBinding
{
    public static TfSelectBinding Select { get; } = new("tf.Select", v2: false);
    public static TfSelectBinding SelectV2 { get; } = new("tf.SelectV2", v2: true);

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        TensorSpec c = ctx.Input(0), x = ctx.Input(1), y = ctx.Input(2);
        if (c.DType != DType.Bool) throw ctx.Error($"condition {c} is not bool");
        if (x.DType != y.DType) throw ctx.Error($"values {x} and {y} have different element types");
        int[] cs = c.Shape, xs = x.Shape, ys = y.Shape;
        int[] result = Shape(ctx, () => v2 ? Reference.Select.OutputShapeV2(cs, xs, ys) : Reference.Select.OutputShapeV1(cs, xs, ys));
        RequireOutput(ctx, result, x.DType);
        return x.DType switch
        {
            DType.Float32 => Make<float>(),
            DType.Int32 => Make<int>(),
            DType.Bool => Make<bool>(),
            _ => throw ctx.Error($"values {x} are not float32, int32 or bool"),
        };

        Kernel Make<T>() where T : unmanaged => v2
            ? io => Reference.Select.RunV2(io.Input(0).Span<bool>(), cs, io.Input(1).Span<T>(), xs, io.Input(2).Span<T>(), ys, io.Output(0).Span<T>())
            : io => Reference.Select.RunV1(io.Input(0).Span<bool>(), cs, io.Input(1).Span<T>(), io.Input(2).Span<T>(), xs, io.Output(0).Span<T>());
    }
}
