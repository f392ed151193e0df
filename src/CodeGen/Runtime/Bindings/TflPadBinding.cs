namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>
/// `tfl.pad`/`tf.Pad` (zeros) and `tfl.padv2`/`tf.PadV2` (a scalar float32 `constant_values`, read
/// when the kernel runs so it may be a function input): float32 with constant `[rank, 2]` paddings
/// (int32 or int64); TF and TFLite pad alike.
/// </summary>
public sealed class TflPadBinding(string opName, bool withValue) : IOpBinding
{
    public static TflPadBinding Pad { get; } = new("tfl.pad", withValue: false);
    public static TflPadBinding PadV2 { get; } = new("tfl.padv2", withValue: true);
    public static TflPadBinding TfPad { get; } = new("tf.Pad", withValue: false);
    public static TflPadBinding TfPadV2 { get; } = new("tf.PadV2", withValue: true);

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        int[] shape = Float32Input(ctx, 0).Shape;
        int[] flat = TflConstantInts.Read(ctx, 1);
        if (flat.Length != 2 * shape.Length) throw ctx.Error($"paddings have {flat.Length} values, expected {2 * shape.Length}");
        var paddings = Enumerable.Range(0, shape.Length).Select(i => (flat[2 * i], flat[2 * i + 1])).ToArray();
        if (paddings.Any(p => p.Item1 < 0 || p.Item2 < 0)) throw ctx.Error("paddings must not be negative");
        if (withValue && Float32Input(ctx, 2).ElementCount != 1) throw ctx.Error($"constant_values {ctx.Inputs[2]} is not one value");
        RequireOutput(ctx, Shape(ctx, () => DataMovement.PadShape(shape, paddings)));
        return io => DataMovement.Pad(io.Input(0).Span<float>(), shape, paddings,
            withValue ? io.Input(2).Span<float>()[0] : 0f, io.Output(0).Span<float>());
    }
}
