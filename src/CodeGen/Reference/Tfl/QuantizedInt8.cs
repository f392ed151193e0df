namespace Lce.CodeGen.Reference;

/// <summary>Per-tensor affine quantization: real = Scale · (q - ZeroPoint).</summary>
public readonly record struct QuantParams(float Scale, int ZeroPoint);

/// <summary>
/// Per-tensor int8 TFLite kernels: tfl.quantize / tfl.dequantize (float ↔ int8) and the
/// integer add and fully_connected, following TFLite's reference integer kernels.
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

    /// <summary>
    /// Int8 tfl.add with broadcasting, as TFLite's Prepare and reference AddElementwise: both
    /// inputs are offset, shifted left by 20, rescaled by scale_i / (2 · max scale) (multipliers
    /// below one), summed, rescaled by 2 · max scale / (2^20 · output scale), offset by the output
    /// zero point and clamped. The scale products follow TFLite's float/double mix.
    /// </summary>
    public static void Add(
        ReadOnlySpan<sbyte> x, int[] xShape, QuantParams xq, ReadOnlySpan<sbyte> y, int[] yShape, QuantParams yq,
        Span<sbyte> output, QuantParams oq, TflActivation activation)
    {
        int[] result = Broadcast.Shape(xShape, yShape);
        TflCommon.RequireLength(x.Length, TflCommon.FlatSize(xShape), "lhs");
        TflCommon.RequireLength(y.Length, TflCommon.FlatSize(yShape), "rhs");
        TflCommon.RequireLength(output.Length, TflCommon.FlatSize(result), "output");
        const int leftShift = 20;
        double twiceMax = 2 * Math.Max(xq.Scale, yq.Scale); // float product, as in TFLite
        var (m1, s1) = FixedPoint.QuantizeMultiplier(xq.Scale / twiceMax);
        var (m2, s2) = FixedPoint.QuantizeMultiplier(yq.Scale / twiceMax);
        var (mo, so) = FixedPoint.QuantizeMultiplier(twiceMax / ((1 << leftShift) * oq.Scale));
        var (lo, hi) = ActivationRange(activation, oq);
        int[] xs = Broadcast.Strides(xShape, result), ys = Broadcast.Strides(yShape, result);
        int n = result.Length == 0 ? 1 : result[^1];
        int xStep = result.Length == 0 ? 0 : xs[^1], yStep = result.Length == 0 ? 0 : ys[^1];
        foreach (var (start, offsets) in Broadcast.Rows(result, xs, ys))
        {
            int xo = offsets[0], yo = offsets[1];
            for (int i = 0; i < n; i++, xo += xStep, yo += yStep)
            {
                int a = FixedPoint.MultiplyByQuantizedMultiplier((x[xo] - xq.ZeroPoint) * (1 << leftShift), m1, s1);
                int b = FixedPoint.MultiplyByQuantizedMultiplier((y[yo] - yq.ZeroPoint) * (1 << leftShift), m2, s2);
                int raw = FixedPoint.MultiplyByQuantizedMultiplier(a + b, mo, so) + oq.ZeroPoint;
                output[start + i] = (sbyte)Math.Min(hi, Math.Max(lo, raw));
            }
        }
    }

    /// <summary>
    /// Int8 tfl.fully_connected with per-tensor weights and int32 bias, as TFLite's reference
    /// integer FullyConnected: acc = Σ (w - wzp)(x - xzp) + bias, rescaled by
    /// (double)input scale · (double)weights scale / (double)output scale, plus the output
    /// zero point, clamped. Shapes as in <see cref="FullyConnected"/>.
    /// </summary>
    public static void FullyConnected(
        ReadOnlySpan<sbyte> input, ReadOnlySpan<int> inputShape, QuantParams iq,
        ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> weightsShape, QuantParams wq,
        ReadOnlySpan<int> bias, Span<sbyte> output, QuantParams oq, TflActivation activation)
    {
        _ = Reference.FullyConnected.OutputShape(inputShape, weightsShape, keepNumDims: false);
        int outDepth = weightsShape[0], accum = weightsShape[1];
        int batches = TflCommon.FlatSize(inputShape) / accum;
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(inputShape), "input");
        TflCommon.RequireLength(weights.Length, outDepth * accum, "weights");
        TflCommon.RequireLength(output.Length, batches * outDepth, "output");
        TflCommon.Require(bias.IsEmpty || bias.Length == outDepth, "bias length differs from the output depth");
        var (m, s) = FixedPoint.QuantizeMultiplier((double)iq.Scale * wq.Scale / oq.Scale);
        var (lo, hi) = ActivationRange(activation, oq);
        for (int b = 0; b < batches; b++)
        for (int oc = 0; oc < outDepth; oc++)
        {
            int acc = 0;
            for (int d = 0; d < accum; d++)
                acc += (weights[oc * accum + d] - wq.ZeroPoint) * (input[b * accum + d] - iq.ZeroPoint);
            if (!bias.IsEmpty)
                acc += bias[oc];
            int raw = FixedPoint.MultiplyByQuantizedMultiplier(acc, m, s) + oq.ZeroPoint;
            output[b * outDepth + oc] = (sbyte)Math.Min(hi, Math.Max(lo, raw));
        }
    }
}
