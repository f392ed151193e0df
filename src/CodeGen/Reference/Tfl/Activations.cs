namespace Lce.CodeGen.Reference;

/// <summary>
/// Standalone float activations (tfl.relu, relu6, relu_n1_to_1, tanh, logistic), following
/// TFLite's reference kernels elementwise; input and output may be the same span.
/// </summary>
public static class Activations
{
    /// <summary>x &lt; 0 ? 0 : x (NaN and -0 pass through).</summary>
    public static void Relu(ReadOnlySpan<float> input, Span<float> output) => Clamp(input, output, 0f, float.PositiveInfinity);

    public static void Relu6(ReadOnlySpan<float> input, Span<float> output) => Clamp(input, output, 0f, 6f);

    public static void ReluN1To1(ReadOnlySpan<float> input, Span<float> output) => Clamp(input, output, -1f, 1f);

    /// <summary>tanh of each element (the C library's tanhf, via MathF.Tanh).</summary>
    public static void Tanh(ReadOnlySpan<float> input, Span<float> output)
    {
        TflCommon.RequireLength(output.Length, input.Length, "output");
        for (int i = 0; i < input.Length; i++)
            output[i] = MathF.Tanh(input[i]);
    }

    /// <summary>
    /// TFLite's reference logistic: 1 above 16.619047164916992188 (where 1/(1+e^-x) rounds to 1),
    /// e^x below -9 (where 1 + e^-x loses e^x's precision), 1 / (1 + e^-x) in between.
    /// </summary>
    public static float Logistic(float x)
    {
        const float upper = 16.619047164916992188f, lower = -9f;
        if (x > upper)
            return 1f;
        if (x < lower)
            return MathF.Exp(x);
        return 1f / (1f + MathF.Exp(-x));
    }

    public static void Logistic(ReadOnlySpan<float> input, Span<float> output)
    {
        TflCommon.RequireLength(output.Length, input.Length, "output");
        for (int i = 0; i < input.Length; i++)
            output[i] = Logistic(input[i]);
    }

    private static void Clamp(ReadOnlySpan<float> input, Span<float> output, float lo, float hi)
    {
        TflCommon.RequireLength(output.Length, input.Length, "output");
        for (int i = 0; i < input.Length; i++)
            output[i] = TflCommon.Clamp(input[i], lo, hi);
    }
}
