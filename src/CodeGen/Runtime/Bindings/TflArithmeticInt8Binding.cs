namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static Int8BindingSupport;
using static TflBindingSupport;

/// <summary>`tfl.add`, `tfl.sub`, `tfl.mul` on per-tensor int8 with broadcasting and a fused activation.</summary>
public sealed class TflArithmeticInt8Binding(string opName, ArithmeticOp op) : IOpBinding
{
    public static IEnumerable<TflArithmeticInt8Binding> All { get; } =
        [new("tfl.add", ArithmeticOp.Add), new("tfl.sub", ArithmeticOp.Sub), new("tfl.mul", ArithmeticOp.Mul)];

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        var (x, xq) = Int8Input(ctx, 0);
        var (y, yq) = Int8Input(ctx, 1);
        int[] xs = x.Shape, ys = y.Shape;
        var activation = Activation(ctx);
        var oq = Int8Output(ctx, Shape(ctx, () => Broadcast.Shape(xs, ys)));
        Prepare(ctx, () => QuantizedArithmetic.Combiner(op, xq, yq, oq));
        return io => QuantizedArithmetic.Run(op, io.Input(0).Span<sbyte>(), xs, xq, io.Input(1).Span<sbyte>(), ys, yq,
            io.Output(0).Span<sbyte>(), oq, activation);
    }
}
