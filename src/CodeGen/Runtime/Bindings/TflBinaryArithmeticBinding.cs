namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>`tfl.add`, `tfl.sub`, `tfl.mul`, `tfl.div`: float32, NumPy broadcasting, fused activation.</summary>
public sealed class TflBinaryArithmeticBinding(string opName, ArithmeticOp op) : IOpBinding
{
    public static TflBinaryArithmeticBinding Add { get; } = new("tfl.add", ArithmeticOp.Add);
    public static TflBinaryArithmeticBinding Sub { get; } = new("tfl.sub", ArithmeticOp.Sub);
    public static TflBinaryArithmeticBinding Mul { get; } = new("tfl.mul", ArithmeticOp.Mul);
    public static TflBinaryArithmeticBinding Div { get; } = new("tfl.div", ArithmeticOp.Div);

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        int[] x = Float32Input(ctx, 0).Shape, y = Float32Input(ctx, 1).Shape;
        var activation = Activation(ctx);
        RequireOutput(ctx, Shape(ctx, () => BinaryArithmetic.OutputShape(x, y)));
        return io => BinaryArithmetic.Run(op, io.Input(0).Span<float>(), x, io.Input(1).Span<float>(), y,
            io.Output(0).Span<float>(), activation);
    }
}
