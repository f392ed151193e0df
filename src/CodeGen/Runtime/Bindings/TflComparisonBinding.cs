namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>`tfl.greater_equal` and `tfl.less_equal` of float32 tensors with broadcasting; bool result.</summary>
public sealed class TflComparisonBinding(string opName, ComparisonOp op) : IOpBinding
{
    public static TflComparisonBinding GreaterEqual { get; } = new("tfl.greater_equal", ComparisonOp.GreaterEqual);
    public static TflComparisonBinding LessEqual { get; } = new("tfl.less_equal", ComparisonOp.LessEqual);

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        int[] x = Float32Input(ctx, 0).Shape, y = Float32Input(ctx, 1).Shape;
        RequireOutput(ctx, Shape(ctx, () => Comparison.OutputShape(x, y)), DType.Bool);
        return io => Comparison.Run(op, io.Input(0).Span<float>(), x, io.Input(1).Span<float>(), y, io.Output(0).Span<bool>());
    }
}
