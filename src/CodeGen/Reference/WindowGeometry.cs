namespace Lce.CodeGen.Reference;

/// <summary>
/// TFLite's window arithmetic for one spatial dimension (ComputeOutSize and
/// ComputePaddingHeightWidth), shared by the TFL and LCE kernels: effective filter
/// eff = (F−1)·dil + 1; SAME gives ⌈in/stride⌉ and VALID (in − eff + stride)/stride with C's
/// truncating division; the total padding max((out−1)·stride + eff − in, 0) is split with the
/// smaller half before. What a negative VALID size means is the caller's decision.
/// </summary>
internal static class WindowGeometry
{
    public static void Validate(int input, int filter, int stride, int dilation)
    {
        if (input < 0 || filter < 1 || stride < 1 || dilation < 1)
            throw new ArgumentException($"bad window: input {input}, filter {filter}, stride {stride}, dilation {dilation}");
    }

    public static long EffectiveFilter(int filter, int dilation) => (long)(filter - 1) * dilation + 1;

    /// <summary>The output size; negative when a VALID window does not fit.</summary>
    public static long OutputSize(bool same, int input, int filter, int stride, int dilation) =>
        same ? (input + (long)stride - 1) / stride : (input - EffectiveFilter(filter, dilation) + stride) / stride;

    /// <summary>The padding before the first input element for <paramref name="output"/> windows.</summary>
    public static long PadBefore(long output, int input, int filter, int stride, int dilation) =>
        Math.Max((output - 1) * stride + EffectiveFilter(filter, dilation) - input, 0) / 2;
}
