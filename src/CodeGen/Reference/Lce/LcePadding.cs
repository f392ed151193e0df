namespace Lce.CodeGen.Reference;

/// <summary>TFLite's padding kinds as LCE's kernels read them (option value 0 = SAME, 1 = VALID).</summary>
public enum LcePadding
{
    Same,
    Valid,
}

/// <summary>
/// One spatial dimension's output size and leading padding, as TFLite's
/// <c>ComputePaddingHeightWidth</c> computes them: eff = (F−1)·dil + 1; SAME gives ⌈in/stride⌉,
/// VALID (in − eff + stride)/stride; the total padding max((out−1)·stride + eff − in, 0) is split
/// with the smaller half before. Kernels only use the leading (top/left) half.
/// </summary>
public readonly record struct PaddedDimension(int Output, int PadBefore)
{
    public static PaddedDimension Compute(int input, int filter, int stride, int dilation, LcePadding padding)
    {
        if (input < 0 || filter < 1 || stride < 1 || dilation < 1)
            throw new ArgumentException($"bad window: input {input}, filter {filter}, stride {stride}, dilation {dilation}");
        long effective = (long)(filter - 1) * dilation + 1;
        long output = padding == LcePadding.Same
            ? (input + (long)stride - 1) / stride
            : (input - effective + stride) / stride;
        if (output < 0) output = 0;
        long total = Math.Max((output - 1) * stride + effective - input, 0);
        return new PaddedDimension(checked((int)output), checked((int)(total / 2)));
    }
}

/// <summary>
/// Float → int32 as LCE's portable int8 path does it: <c>TfLiteRound</c> (std::round, half away
/// from zero), then the implicit float → int32 conversion, which on x86-64 (cvttss2si) gives
/// int.MinValue for NaN and for values outside the int32 range. (.NET's own cast saturates, so
/// that case is spelled out.)
/// </summary>
public static class LceRounding
{
    public static int TfLiteRoundToInt32(float value)
    {
        float rounded = MathF.Round(value, MidpointRounding.AwayFromZero);
        // 2^31 is exactly representable; everything at or above it (and NaN) is out of range.
        if (float.IsNaN(rounded) || rounded >= 2147483648f || rounded < -2147483648f) return int.MinValue;
        return (int)rounded;
    }

    /// <summary>Saturates an int32 to the int8 range.</summary>
    public static sbyte SaturateToInt8(int value) => (sbyte)Math.Clamp(value, sbyte.MinValue, sbyte.MaxValue);
}
