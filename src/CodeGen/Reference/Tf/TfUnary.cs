namespace Lce.CodeGen.Reference;

/// <summary>
/// TF's elementwise ops without a TFLite twin here: Sign, Round and LogicalNot. (Relu, Relu6, Tanh
/// and Sigmoid reuse <see cref="Activations"/>; see src/CodeGen/README.md for how far they match
/// TensorFlow's Eigen kernels.)
/// </summary>
public static class TfUnary
{
    /// <summary>
    /// tf.Sign on floats as Eigen's real sign: NaN stays NaN, otherwise `(x > 0) - (x &lt; 0)`
    /// converted to float, so both zeros give +0 (the sign of zero is not kept).
    /// </summary>
    public static float Sign(float x) => float.IsNaN(x) ? x : (x > 0f ? 1f : 0f) - (x < 0f ? 1f : 0f);

    public static void Sign(ReadOnlySpan<float> input, Span<float> output)
    {
        TflCommon.RequireLength(output.Length, input.Length, "output");
        for (int i = 0; i < input.Length; i++)
            output[i] = Sign(input[i]);
    }

    /// <summary>
    /// tf.Round on floats: to the nearest integer, halves to even (Eigen's scalar_round_half_to_even,
    /// so 0.5 → 0 and 2.5 → 2, which Larq's DoReFa quantizer relies on); NaN and infinities stay.
    /// </summary>
    public static void Round(ReadOnlySpan<float> input, Span<float> output)
    {
        TflCommon.RequireLength(output.Length, input.Length, "output");
        for (int i = 0; i < input.Length; i++)
            output[i] = MathF.Round(input[i], MidpointRounding.ToEven);
    }

    public static void LogicalNot(ReadOnlySpan<bool> input, Span<bool> output)
    {
        TflCommon.RequireLength(output.Length, input.Length, "output");
        for (int i = 0; i < input.Length; i++)
            output[i] = !input[i];
    }
}
