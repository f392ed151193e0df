namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>
/// `tfl.less` and `tfl.greater` on float32 with broadcasting (bool result): TFLite's comparison
/// kernels are single IEEE comparisons, the same as <see cref="TfComparison"/>.
/// </summary>
public sealed class TflStrictComparisonBinding(string opName, TfComparisonOp op) : IOpBinding
{
    public static TflStrictComparisonBinding Less { get; } = new("tfl.less", TfComparisonOp.Less);
    public static TflStrictComparisonBinding Greater { get; } = new("tfl.greater", TfComparisonOp.Greater);

    public string OpName => opName;

    public Kernel Bind(BindingContext ctx)
    {
        int[] x = Float32Input(ctx, 0).Shape, y = Float32Input(ctx, 1).Shape;
        RequireOutput(ctx, Shape(ctx, () => TfComparison.OutputShape(x, y)), DType.Bool);
        return io => TfComparison.Run<float>(op, io.Input(0).Span<float>(), x, io.Input(1).Span<float>(), y, io.Output(0).Span<bool>());
    }
}
