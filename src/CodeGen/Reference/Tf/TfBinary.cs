namespace Lce.CodeGen.Reference;

/// <summary>
/// Float tf.AddV2 / Sub / Mul / RealDiv / Div (and BiasAdd, an add broadcasting over the last
/// axis) with NumPy broadcasting: each element is one IEEE operation. Unlike TFLite's kernels
/// there is no clamp: an overflow stays ±infinity, as in TensorFlow.
/// </summary>
public static class TfBinary
{
    public static int[] OutputShape(int[] x, int[] y) => Broadcast.Shape(x, y);

    public static void Run(ArithmeticOp op, ReadOnlySpan<float> x, int[] xShape, ReadOnlySpan<float> y, int[] yShape, Span<float> output) =>
        BroadcastElementwise.Run(x, xShape, y, yShape, output, new Element(op));

    private readonly record struct Element(ArithmeticOp Op) : IBinaryElement<float, float, float>
    {
        public float Apply(float x, float y) => BinaryArithmetic.Apply(Op, x, y);
    }
}
