namespace Lce.CodeGen.Reference;

/// <summary>TensorFlow's padding schemes for convolutions and pooling.</summary>
public enum TfPaddingKind { Same, Valid, Explicit }

/// <summary>One spatial dimension of a TF window: output size and the padding on each side.</summary>
public readonly record struct TfWindow(int Output, int PadBefore, int PadAfter);

/// <summary>
/// TensorFlow's windowed output size (GetWindowedOutputSizeVerbose). SAME and VALID agree with
/// TFLite's arithmetic (ceil(in / stride), the total padding split with the odd element after),
/// so they share <see cref="WindowGeometry"/>; EXPLICIT takes the given paddings:
/// out = (in + before + after - effectiveFilter) / stride + 1.
/// </summary>
public static class TfPadding
{
    public static TfWindow Window(TfPaddingKind kind, int input, int filter, int stride, int dilation,
        int explicitBefore = 0, int explicitAfter = 0)
    {
        WindowGeometry.Validate(input, filter, stride, dilation);
        long effective = WindowGeometry.EffectiveFilter(filter, dilation);
        if (kind == TfPaddingKind.Explicit)
        {
            TflCommon.Require(explicitBefore >= 0 && explicitAfter >= 0, "explicit paddings must not be negative");
            long padded = (long)input + explicitBefore + explicitAfter;
            TflCommon.Require(padded >= effective,
                $"filter of effective size {effective} does not fit an input of size {input} padded by {explicitBefore}+{explicitAfter}");
            return new TfWindow(checked((int)((padded - effective) / stride + 1)), explicitBefore, explicitAfter);
        }
        var w = TflCommon.Window(kind == TfPaddingKind.Same ? TflPadding.Same : TflPadding.Valid, input, filter, stride, dilation);
        // VALID windows never reach past the input, so this is 0 for them.
        long total = Math.Max(0, ((long)w.Output - 1) * stride + effective - input);
        return new TfWindow(w.Output, w.PadBefore, checked((int)(total - w.PadBefore)));
    }
}
