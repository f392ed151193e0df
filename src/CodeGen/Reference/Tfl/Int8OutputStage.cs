namespace Lce.CodeGen.Reference;

/// <summary>
/// How an int32 accumulator of an int8 convolution or fully_connected becomes an int8 output
/// (TFLite's PopulateConvolutionQuantizationParams and the per-channel kernels' epilogue):
/// acc · 2^Shift[c] · Multiplier[c] / 2^31 via MultiplyByQuantizedMultiplier, plus the output
/// zero point, clamped to the quantized activation range [Min, Max].
/// </summary>
public sealed record Int8OutputStage(int[] Multipliers, int[] Shifts, int OutputZeroPoint, int Min, int Max)
{
    /// <summary>
    /// One multiplier per output channel: (double)input scale · (double)filter scale[c] /
    /// (double)output scale, quantized by QuantizeMultiplier. A single filter scale (per-tensor
    /// filter) serves every channel, as TFLite broadcasts it.
    /// </summary>
    public static Int8OutputStage Create(float inputScale, ReadOnlySpan<float> filterScales, int channels, QuantParams output, TflActivation activation)
    {
        TflCommon.Require(filterScales.Length == 1 || filterScales.Length == channels,
            $"{filterScales.Length} filter scales for {channels} output channels");
        var multipliers = new int[channels];
        var shifts = new int[channels];
        for (int c = 0; c < channels; c++)
        {
            double filterScale = filterScales[filterScales.Length == 1 ? 0 : c];
            (multipliers[c], shifts[c]) = FixedPoint.QuantizeMultiplier((double)inputScale * filterScale / output.Scale);
        }
        var (min, max) = QuantizedInt8.ActivationRange(activation, output);
        return new Int8OutputStage(multipliers, shifts, output.ZeroPoint, min, max);
    }

    /// <summary>The int8 value of channel <paramref name="channel"/>'s accumulator.</summary>
    public sbyte Apply(int acc, int channel)
    {
        int raw = FixedPoint.MultiplyByQuantizedMultiplier(acc, Multipliers[channel], Shifts[channel]) + OutputZeroPoint;
        return (sbyte)Math.Min(Max, Math.Max(Min, raw));
    }
}
