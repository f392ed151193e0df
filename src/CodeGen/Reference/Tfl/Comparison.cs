namespace Lce.CodeGen.Reference;

/// <summary>The comparisons of tfl.greater_equal / tfl.less_equal.</summary>
public enum ComparisonOp { GreaterEqual, LessEqual }

/// <summary>
/// tfl.greater_equal / tfl.less_equal with broadcasting and a bool result, as TFLite's
/// (Broadcast)Comparison: IEEE comparisons, so any NaN operand gives false.
/// </summary>
public static class Comparison
{
    public static int[] OutputShape(int[] x, int[] y) => Broadcast.Shape(x, y);

    public static void Run(
        ComparisonOp op, ReadOnlySpan<float> x, int[] xShape, ReadOnlySpan<float> y, int[] yShape, Span<bool> output) =>
        BroadcastElementwise.Run(x, xShape, y, yShape, output, new Element(op));

    private readonly record struct Element(ComparisonOp Op) : IBinaryElement<float, float, bool>
    {
        public bool Apply(float x, float y) => Op == ComparisonOp.GreaterEqual ? x >= y : x <= y;
    }
}
