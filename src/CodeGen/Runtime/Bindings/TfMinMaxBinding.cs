namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>`tf.Minimum`, `tf.Maximum` (float32, NumPy broadcasting) and `tf.ClipByValue` (<see cref="TfMinMax"/>).</summary>
public sealed class TfMinMaxBinding(string opName) : IOpBinding
{
    public static IEnumerable<TfMinMaxBinding> All { get; } = [new("tf.Minimum"), new("tf.Maximum"), new("tf.ClipByValue")];

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        int[] x = Float32Input(ctx, 0).Shape, y = Float32Input(ctx, 1).Shape;
        if (opName != "tf.ClipByValue")
        {
            RequireOutput(ctx, Shape(ctx, () => TfBinary.OutputShape(x, y)));
            bool maximum = opName == "tf.Maximum";
            return io => TfMinMax.Run(maximum, io.Input(0).Span<float>(), x, io.Input(1).Span<float>(), y, io.Output(0).Span<float>());
        }
        int[] z = Float32Input(ctx, 2).Shape;
        foreach (var (bound, name) in new[] { (y, "clip_value_min"), (z, "clip_value_max") })
            if (bound.Length != 0 && !bound.SequenceEqual(x))
                throw ctx.Error($"{name} must be a scalar or of the input's shape [{string.Join(", ", x)}], not [{string.Join(", ", bound)}]");
        RequireOutput(ctx, x);
        return io => TfMinMax.ClipByValue(io.Input(0).Span<float>(), x, io.Input(1).Span<float>(), y, io.Input(2).Span<float>(), z,
            io.Output(0).Span<float>());
    }
}
