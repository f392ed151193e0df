namespace Lce.CodeGen.Reference;

/// <summary>TFLite's padding kinds as LCE's kernels read them (option value 0 = SAME, 1 = VALID).</summary>
public enum LcePadding
{
    Same,
    Valid,
}

/// <summary>
/// One spatial dimension's output size and leading padding as LCE's Prepare computes them
/// (<see cref="WindowGeometry"/>); kernels only use the leading (top/left) half.
/// </summary>
public readonly record struct PaddedDimension(int Output, int PadBefore)
{
    public static PaddedDimension Compute(int input, int filter, int stride, int dilation, LcePadding padding)
    {
        WindowGeometry.Validate(input, filter, stride, dilation);
        // A VALID window that does not fit gives no output (TFLite would fail the resize).
        long output = Math.Max(WindowGeometry.OutputSize(padding == LcePadding.Same, input, filter, stride, dilation), 0);
        return new PaddedDimension(checked((int)output), checked((int)WindowGeometry.PadBefore(output, input, filter, stride, dilation)));
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
