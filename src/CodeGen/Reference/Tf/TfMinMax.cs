namespace Lce.CodeGen.Reference;

/// <summary>
/// Float tf.Minimum / tf.Maximum with NumPy broadcasting, as TensorFlow documents them:
/// `x &lt; y ? x : y` and `x &gt; y ? x : y` element by element (so a NaN in y is returned, one in x
/// is not), and tf.ClipByValue as Maximum with the lower bound, then Minimum with the upper one.
/// They are the clip of Larq's DoReFa quantizer; the converter lowers the convolutions they feed,
/// and the executor evaluates the model before conversion with these.
/// </summary>
public static class TfMinMax
{
    public static void Run(bool maximum, ReadOnlySpan<float> x, int[] xShape, ReadOnlySpan<float> y, int[] yShape, Span<float> output) =>
        BroadcastElementwise.Run(x, xShape, y, yShape, output, new Element(maximum));

    /// <summary>`min(max(t, low), high)`; the bounds are scalars or of t's shape (TensorFlow's ClipByValue rule).</summary>
    public static void ClipByValue(ReadOnlySpan<float> t, int[] shape, ReadOnlySpan<float> low, int[] lowShape,
        ReadOnlySpan<float> high, int[] highShape, Span<float> output)
    {
        var raised = new float[output.Length];
        Run(maximum: true, t, shape, low, lowShape, raised);
        Run(maximum: false, raised, shape, high, highShape, output);
    }

    private readonly record struct Element(bool Maximum) : IBinaryElement<float, float, float>
    {
        public float Apply(float x, float y) => Maximum ? (x > y ? x : y) : (x < y ? x : y);
    }
}
