namespace Lce.CodeGen.Reference;

/// <summary>
/// Int8 tfl.relu / relu6 / relu_n1_to_1 (TFLite's quantized ReluX) and tfl.logistic / tfl.tanh
/// (TFLite's 256-entry lookup tables).
/// </summary>
public static class QuantizedActivations
{
    /// <summary>
    /// ReluX: (q - input zp) rescaled by the Q31 multiplier of the float quotient input scale /
    /// output scale, plus the output zero point, clamped to [max(-128, ozp + round(lo / oscale)),
    /// min(127, ozp + round(hi / oscale))] where an infinite hi (relu) leaves 127.
    /// </summary>
    public static void ReluX(ReadOnlySpan<sbyte> input, QuantParams inputQ, Span<sbyte> output, QuantParams outputQ, float lo, float hi)
    {
        TflCommon.RequireLength(output.Length, input.Length, "output");
        var (m, s) = FixedPoint.QuantizeMultiplier(inputQ.Scale / outputQ.Scale);
        int min = Math.Max(sbyte.MinValue, outputQ.ZeroPoint + LceRounding.TfLiteRoundToInt32(lo / outputQ.Scale));
        int max = float.IsPositiveInfinity(hi) ? sbyte.MaxValue
            : Math.Min(sbyte.MaxValue, outputQ.ZeroPoint + LceRounding.TfLiteRoundToInt32(hi / outputQ.Scale));
        for (int i = 0; i < input.Length; i++)
        {
            int v = outputQ.ZeroPoint + FixedPoint.MultiplyByQuantizedMultiplier(input[i] - inputQ.ZeroPoint, m, s);
            output[i] = (sbyte)Math.Min(max, Math.Max(min, v));
        }
    }

    /// <summary>The logistic table: 1 / (1 + expf(-x)) of every dequantized int8 value.</summary>
    public static sbyte[] LogisticTable(QuantParams inputQ, QuantParams outputQ) =>
        Table(inputQ, outputQ, x => 1f / (1f + MathF.Exp(-x)));

    /// <summary>The tanh table: tanhf of every dequantized int8 value.</summary>
    public static sbyte[] TanhTable(QuantParams inputQ, QuantParams outputQ) => Table(inputQ, outputQ, MathF.Tanh);

    /// <summary>
    /// TFLite's LUTPopulate for int8: entry (byte)v holds saturate((int)(round(f(scale · (v - zp))
    /// · (1 / output scale)) + output zp)), all in float with rounding half away from zero.
    /// </summary>
    public static sbyte[] Table(QuantParams inputQ, QuantParams outputQ, Func<float, float> f)
    {
        float inverseScale = 1f / outputQ.Scale;
        var table = new sbyte[256];
        for (int v = sbyte.MinValue; v <= sbyte.MaxValue; v++)
        {
            float dequantized = inputQ.Scale * (v - inputQ.ZeroPoint);
            float rescaled = MathF.Round(f(dequantized) * inverseScale, MidpointRounding.AwayFromZero);
            int quantized = LceRounding.TfLiteRoundToInt32(rescaled + outputQ.ZeroPoint);
            table[(byte)v] = LceRounding.SaturateToInt8(quantized);
        }
        return table;
    }

    /// <summary>Looks every element up in a 256-entry table indexed by its byte.</summary>
    public static void Lookup(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> table, Span<sbyte> output)
    {
        TflCommon.Require(table.Length == 256, "a lookup table has 256 entries");
        TflCommon.RequireLength(output.Length, input.Length, "output");
        for (int i = 0; i < input.Length; i++)
            output[i] = table[(byte)input[i]];
    }
}
