using Lce.Dialects.Lq;

namespace Lce.CodeGen.Reference;

/// <summary>The fused activations LCE's Bconv2d accepts (any other option value maps to None).</summary>
public enum Bconv2dActivation
{
    None,
    Relu,
    ReluN1To1,
    Relu6,
}

/// <summary>
/// The options of <c>lq.Bconv2d</c> / <c>LceBconv2d</c>: <paramref name="ChannelsIn"/> is the
/// unpacked total input channel count; <paramref name="PadValue"/> (0 or 1) only matters for SAME.
/// </summary>
public sealed record Bconv2dParams(
    int ChannelsIn,
    int StrideHeight,
    int StrideWidth,
    int DilationHeight,
    int DilationWidth,
    LcePadding Padding,
    int PadValue,
    Bconv2dActivation Activation);

/// <summary>
/// Everything LCE's Bconv2d Prepare derives from the options and the shapes of the bitpacked
/// input <c>[N,H,W,⌈Cin/32⌉]</c> and bitpacked OHWI filter <c>[Cout,Fh,Fw,words per group]</c>:
/// groups (inferred from the filter), output size and leading padding.
/// </summary>
public sealed record Bconv2dGeometry(
    int Batches, int InputHeight, int InputWidth, int InputWords,
    int OutputChannels, int FilterHeight, int FilterWidth, int GroupWords, int Groups, int ChannelsPerGroup,
    int OutputHeight, int OutputWidth, int PadTop, int PadLeft,
    int StrideHeight, int StrideWidth, int DilationHeight, int DilationWidth,
    bool SameZeroPadding)
{
    /// <summary>K = Fh·Fw·Cin/groups: the number of ±1 products per output, the backtransform add.</summary>
    public int BacktransformAdd => FilterHeight * FilterWidth * ChannelsPerGroup;

    /// <summary>Output channels per group.</summary>
    public int OutputChannelsPerGroup => OutputChannels / Groups;

    /// <summary>[N, Ho, Wo, Cout] for float and int8 output.</summary>
    public int[] OutputShape() => [Batches, OutputHeight, OutputWidth, OutputChannels];

    /// <summary>[N, Ho, Wo, ⌈Cout/32⌉] for bitpacked (int32) output.</summary>
    public int[] BitpackedOutputShape() => [Batches, OutputHeight, OutputWidth, Bitpacking.PackedSize(OutputChannels)];

    /// <summary>
    /// Prepare's checks and derivations. <paramref name="referenceKernel"/> selects the reference
    /// kernel's rule for same-zero padding (Cin must be even, because an outside pixel adds
    /// Cg/2 to the popcount); the other kernels apply <see cref="ZeroPaddingCorrection"/> instead,
    /// which LCE allows only for float output with no activation (checked by the caller).
    /// Returns null and an error message when the combination is rejected.
    /// </summary>
    public static Bconv2dGeometry? TryCreate(Bconv2dParams p, ReadOnlySpan<int> inputShape, ReadOnlySpan<int> filterShape, bool referenceKernel, out string error)
    {
        error = "";
        if (inputShape.Length != 4 || filterShape.Length != 4) { error = "Bconv2d needs a 4-D input and a 4-D filter"; return null; }
        foreach (int d in inputShape) if (d < 0) { error = "Bconv2d input dimensions must be non-negative"; return null; }
        foreach (int d in filterShape) if (d < 1) { error = "Bconv2d filter dimensions must be positive"; return null; }
        if (p.StrideHeight < 1 || p.StrideWidth < 1 || p.DilationHeight < 1 || p.DilationWidth < 1)
        { error = "Bconv2d strides and dilations must be positive"; return null; }
        if (p.PadValue is not (0 or 1)) { error = $"Bconv2d pad_values must be 0 or 1, not {p.PadValue}"; return null; }
        if (p.ChannelsIn < 1) { error = "Bconv2d channels_in must be positive"; return null; }
        int inWords = inputShape[3], cout = filterShape[0], groupWords = filterShape[3];
        if (inWords != Bitpacking.PackedSize(p.ChannelsIn))
        { error = $"Bconv2d input has {inWords} words per pixel; channels_in {p.ChannelsIn} needs {Bitpacking.PackedSize(p.ChannelsIn)}"; return null; }
        int groups = 1;
        if (groupWords != inWords)
        {
            if (inWords % groupWords != 0) { error = $"Bconv2d filter depth {groupWords} does not divide the input depth {inWords}"; return null; }
            groups = inWords / groupWords;
            if (p.ChannelsIn % groups != 0 || p.ChannelsIn / groups % 32 != 0)
            { error = $"Bconv2d with {groups} groups needs a multiple of 32 input channels per group"; return null; }
            if (cout % groups != 0) { error = $"Bconv2d output channels {cout} are not divisible by {groups} groups"; return null; }
        }
        bool sameZero = p.Padding == LcePadding.Same && p.PadValue == 0;
        if (sameZero && referenceKernel && p.ChannelsIn % 2 != 0)
        { error = "Bconv2d same-zero padding in the reference kernel needs an even channels_in"; return null; }
        var rows = PaddedDimension.Compute(inputShape[1], filterShape[1], p.StrideHeight, p.DilationHeight, p.Padding);
        var cols = PaddedDimension.Compute(inputShape[2], filterShape[2], p.StrideWidth, p.DilationWidth, p.Padding);
        return new Bconv2dGeometry(inputShape[0], inputShape[1], inputShape[2], inWords,
            cout, filterShape[1], filterShape[2], groupWords, groups, p.ChannelsIn / groups,
            rows.Output, cols.Output, rows.PadBefore, cols.PadBefore,
            p.StrideHeight, p.StrideWidth, p.DilationHeight, p.DilationWidth, sameZero);
    }

    /// <summary><see cref="TryCreate"/> for callers that already validated the op: throws on rejection.</summary>
    public static Bconv2dGeometry Create(Bconv2dParams p, ReadOnlySpan<int> inputShape, ReadOnlySpan<int> filterShape, bool referenceKernel = true) =>
        TryCreate(p, inputShape, filterShape, referenceKernel, out string error) ?? throw new ArgumentException(error);
}
