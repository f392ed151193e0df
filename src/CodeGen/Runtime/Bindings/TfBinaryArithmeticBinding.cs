namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>
/// `tf.AddV2`, `tf.Sub`, `tf.Mul`, `tf.RealDiv`, `tf.Div` on float32 with NumPy broadcasting
/// (<see cref="TfBinary"/>: no clamp). `tf.Div` on floats is the true quotient, as RealDiv.
/// </summary>
public sealed class TfBinaryArithmeticBinding(string opName, ArithmeticOp op) : IOpBinding
{
    public static IEnumerable<TfBinaryArithmeticBinding> All { get; } =
    [
        new("tf.AddV2", ArithmeticOp.Add),
        new("tf.Sub", ArithmeticOp.Sub),
        new("tf.Mul", ArithmeticOp.Mul),
        new("tf.RealDiv", ArithmeticOp.Div),
        new("tf.Div", ArithmeticOp.Div),
    ];

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        int[] x = Float32Input(ctx, 0).Shape, y = Float32Input(ctx, 1).Shape;
        RequireOutput(ctx, Shape(ctx, () => TfBinary.OutputShape(x, y)));
        return io => TfBinary.Run(op, io.Input(0).Span<float>(), x, io.Input(1).Span<float>(), y, io.Output(0).Span<float>());
    }
}
