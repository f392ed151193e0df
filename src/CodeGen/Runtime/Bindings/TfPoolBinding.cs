namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;
using static TfBindingSupport;

/// <summary>
/// `tf.MaxPool` and `tf.AvgPool` (float32, NHWC, SAME/VALID) on TFLite's pooling: both skip
/// out-of-image taps, so SAME averages divide by the in-image count as TensorFlow's do.
/// EXPLICIT padding is rejected.
/// </summary>
public sealed class TfPoolBinding(string opName, bool average) : IOpBinding
{
    public static TfPoolBinding Max { get; } = new("tf.MaxPool", average: false);
    public static TfPoolBinding Average { get; } = new("tf.AvgPool", average: true);

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        int[] shape = Float32Input(ctx, 0).Shape;
        RequireNhwc(ctx);
        var kind = PaddingKind(ctx);
        if (kind == TfPaddingKind.Explicit) throw ctx.Error("EXPLICIT padding is not supported for pooling");
        var k = Spatial(ctx, "ksize");
        var s = Spatial(ctx, "strides");
        var (h, w) = Windows(ctx, shape, k, s, (1, 1), kind, (0, 0, 0, 0));
        RequireOutput(ctx, [shape[0], h.Output, w.Output, shape[3]]);
        var p = new Pool2DParams(k.H, k.W, s.H, s.W, kind == TfPaddingKind.Same ? TflPadding.Same : TflPadding.Valid, TflActivation.None);
        if (average)
            return io => Pool2D.AveragePool(io.Input(0).Span<float>(), shape, io.Output(0).Span<float>(), p);
        return io => Pool2D.MaxPool(io.Input(0).Span<float>(), shape, io.Output(0).Span<float>(), p);
    }
}
