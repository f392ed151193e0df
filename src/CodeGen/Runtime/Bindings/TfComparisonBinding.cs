namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>
/// `tf.Greater`, `tf.GreaterEqual`, `tf.Less`, `tf.LessEqual`: float32, int32 or int64 operands of
/// one type, NumPy broadcasting, bool result.
/// </summary>
public sealed class TfComparisonBinding(string opName, TfComparisonOp op) : IOpBinding
{
    public static IEnumerable<TfComparisonBinding> All { get; } =
    [
        new("tf.Greater", TfComparisonOp.Greater),
        new("tf.GreaterEqual", TfComparisonOp.GreaterEqual),
        new("tf.Less", TfComparisonOp.Less),
        new("tf.LessEqual", TfComparisonOp.LessEqual),
    ];

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        TensorSpec x = ctx.Input(0), y = ctx.Input(1);
        if (x.DType != y.DType) throw ctx.Error($"operands {x} and {y} have different element types");
        RequireOutput(ctx, Shape(ctx, () => TfComparison.OutputShape(x.Shape, y.Shape)), DType.Bool);
        int[] xs = x.Shape, ys = y.Shape;
        return x.DType switch
        {
            DType.Float32 => io => TfComparison.Run<float>(op, io.Input(0).Span<float>(), xs, io.Input(1).Span<float>(), ys, io.Output(0).Span<bool>()),
            DType.Int32 => io => TfComparison.Run<int>(op, io.Input(0).Span<int>(), xs, io.Input(1).Span<int>(), ys, io.Output(0).Span<bool>()),
            DType.Int64 => io => TfComparison.Run<long>(op, io.Input(0).Span<long>(), xs, io.Input(1).Span<long>(), ys, io.Output(0).Span<bool>()),
            _ => throw ctx.Error($"operand #0 {x} is not float32, int32 or int64"),
        };
    }
}
