namespace Lce.CodeGen.Reference;

/// <summary>Per-tensor affine quantization: real = Scale · (q - ZeroPoint).</summary>
public readonly record struct QuantParams(float Scale, int ZeroPoint);

/// <summary>
/// Per-tensor int8 tfl.quantize / tfl.dequantize (float ↔ int8) and the quantized activation
/// range every int8 kernel clamps to, following TFLite's reference kernels.
/// </summary>
public static class QuantizedInt8
{
    /// <summary>
    /// TFLite's AffineQuantize: round(x / scale) (float division, ties away from zero, to int32
    /// as x86-64 converts) + zero point, saturated to int8.
    /// </summary>
    public static void Quantize(ReadOnlySpan<float> input, Span<sbyte> output, QuantParams q)
    {
        TflCommon.RequireLength(output.Length, input.Length, "output");
        for (int i = 0; i < input.Length; i++)
            output[i] = LceRounding.SaturateToInt8(unchecked(LceRounding.TfLiteRoundToInt32(input[i] / q.Scale) + q.ZeroPoint));
    }

    /// <summary>TFLite's Dequantize: (float)((double)scale · (q - zero point)).</summary>
    public static void Dequantize(ReadOnlySpan<sbyte> input, Span<float> output, QuantParams q)
    {
        TflCommon.RequireLength(output.Length, input.Length, "output");
        for (int i = 0; i < input.Length; i++)
            output[i] = (float)((double)q.Scale * (input[i] - q.ZeroPoint));
    }

    /// <summary>
    /// TFLite's CalculateActivationRangeQuantized for int8: bounds quantized with
    /// zp + (int)round(f / scale), intersected with [-128, 127].
    /// </summary>
    public static (int Min, int Max) ActivationRange(TflActivation activation, QuantParams output)
    {
        int Quantize(float f) => output.ZeroPoint + LceRounding.TfLiteRoundToInt32(f / output.Scale);
        return activation switch
        {
            TflActivation.Relu => (Math.Max(-128, Quantize(0f)), 127),
            TflActivation.Relu6 => (Math.Max(-128, Quantize(0f)), Math.Min(127, Quantize(6f))),
            TflActivation.ReluN1To1 => (Math.Max(-128, Quantize(-1f)), Math.Min(127, Quantize(1f))),
            _ => (-128, 127),
        };
    }
}
