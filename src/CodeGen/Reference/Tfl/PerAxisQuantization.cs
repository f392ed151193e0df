namespace Lce.CodeGen.Reference;

/// <summary>Per-axis affine quantization: real = Scales[c] · (q - ZeroPoints[c]) where c is the index along Axis.</summary>
public sealed record PerAxisQuantParams(float[] Scales, int[] ZeroPoints, int Axis)
{
    /// <summary>Checks the parameters against a shape: one scale and zero point per index of the axis.</summary>
    public void Validate(ReadOnlySpan<int> shape)
    {
        TflCommon.Require(Axis >= 0 && Axis < shape.Length, $"quantized dimension {Axis} out of range for rank {shape.Length}");
        TflCommon.Require(Scales.Length == shape[Axis] && ZeroPoints.Length == shape[Axis],
            $"{Scales.Length} scales and {ZeroPoints.Length} zero points for dimension {Axis} of size {shape[Axis]}");
    }

    /// <summary>
    /// The channel of each flat position: the index along Axis is (i / inner) % size, where inner
    /// is the product of the dimensions after the axis.
    /// </summary>
    internal (int Inner, int Size) Layout(ReadOnlySpan<int> shape)
    {
        int inner = 1;
        for (int d = Axis + 1; d < shape.Length; d++)
            inner *= shape[d];
        return (inner, shape[Axis]);
    }
}

/// <summary>
/// tfl.quantize and tfl.dequantize with per-axis parameters, and the int8 → int8 requantize,
/// following TFLite's reference PerChannelQuantize, PerChannelDequantize and Requantize.
/// </summary>
public static class PerAxisQuantization
{
    /// <summary>round(x / scale[c]) (float division, ties away from zero) + zero point[c], saturated to int8.</summary>
    public static void Quantize(ReadOnlySpan<float> input, ReadOnlySpan<int> shape, Span<sbyte> output, PerAxisQuantParams q)
    {
        q.Validate(shape);
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(shape), "input");
        TflCommon.RequireLength(output.Length, input.Length, "output");
        var (inner, size) = q.Layout(shape);
        for (int i = 0; i < input.Length; i++)
        {
            int c = i / inner % size;
            output[i] = LceRounding.SaturateToInt8(unchecked(LceRounding.TfLiteRoundToInt32(input[i] / q.Scales[c]) + q.ZeroPoints[c]));
        }
    }

    /// <summary>scale[c] · (q - zero point[c]) as one float multiplication (TFLite's per-channel path is float, unlike the per-tensor one's double).</summary>
    public static void Dequantize(ReadOnlySpan<sbyte> input, ReadOnlySpan<int> shape, Span<float> output, PerAxisQuantParams q)
    {
        q.Validate(shape);
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(shape), "input");
        TflCommon.RequireLength(output.Length, input.Length, "output");
        var (inner, size) = q.Layout(shape);
        for (int i = 0; i < input.Length; i++)
        {
            int c = i / inner % size;
            output[i] = q.Scales[c] * (float)(input[i] - q.ZeroPoints[c]);
        }
    }

    /// <summary>
    /// int8 → int8 tfl.quantize (TFLite's Requantize): (q - input zp) rescaled by the Q31
    /// multiplier of (double)input scale / (double)output scale, plus the output zero point,
    /// saturated.
    /// </summary>
    public static void Requantize(ReadOnlySpan<sbyte> input, QuantParams inputQ, Span<sbyte> output, QuantParams outputQ)
    {
        TflCommon.RequireLength(output.Length, input.Length, "output");
        var (m, s) = FixedPoint.QuantizeMultiplier((double)inputQ.Scale / outputQ.Scale);
        for (int i = 0; i < input.Length; i++)
            output[i] = LceRounding.SaturateToInt8(FixedPoint.MultiplyByQuantizedMultiplier(input[i] - inputQ.ZeroPoint, m, s) + outputQ.ZeroPoint);
    }
}
