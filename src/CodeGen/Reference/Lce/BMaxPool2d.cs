namespace Lce.CodeGen.Reference;

/// <summary>The options of <c>lq.BMaxPool2d</c> / <c>LceBMaxPool2d</c>.</summary>
public sealed record BMaxPool2dParams(int FilterHeight, int FilterWidth, int StrideHeight, int StrideWidth, LcePadding Padding);

/// <summary>
/// LCE's binary max-pool (<c>core/bmaxpool.h</c>) on bitpacked NHWC words: each output word is
/// the AND of the input words over the window clipped to the image, starting from all ones
/// (an empty window would give −1). Since bit 1 means −1, AND is the max of ±1 values; padding
/// bits stay 0.
/// </summary>
public static class BMaxPool2d
{
    /// <summary>[N, Ho, Wo, C words] with TFLite padding (dilation 1); null and an error for bad options.</summary>
    public static int[]? TryOutputShape(BMaxPool2dParams p, ReadOnlySpan<int> inputShape, out string error)
    {
        error = "";
        if (inputShape.Length != 4) { error = "BMaxPool2d needs a 4-D input"; return null; }
        if (p.FilterHeight < 1 || p.FilterWidth < 1 || p.StrideHeight < 1 || p.StrideWidth < 1)
        { error = "BMaxPool2d strides and filter sizes must be positive"; return null; }
        foreach (int d in inputShape) if (d < 0) { error = "BMaxPool2d input dimensions must be non-negative"; return null; }
        var rows = PaddedDimension.Compute(inputShape[1], p.FilterHeight, p.StrideHeight, 1, p.Padding);
        var cols = PaddedDimension.Compute(inputShape[2], p.FilterWidth, p.StrideWidth, 1, p.Padding);
        return [inputShape[0], rows.Output, cols.Output, inputShape[3]];
    }

    public static int[] OutputShape(BMaxPool2dParams p, ReadOnlySpan<int> inputShape) =>
        TryOutputShape(p, inputShape, out string error) ?? throw new ArgumentException(error);

    public static void Run(BMaxPool2dParams p, ReadOnlySpan<int> inputShape, ReadOnlySpan<int> input, Span<int> output)
    {
        var outShape = OutputShape(p, inputShape);
        int h = inputShape[1], w = inputShape[2], words = inputShape[3];
        if (input.Length != (long)inputShape[0] * h * w * words) throw new ArgumentException("the input size does not match its shape");
        if (output.Length != (long)outShape[0] * outShape[1] * outShape[2] * words) throw new ArgumentException("the output size does not match the output shape");
        int padTop = PaddedDimension.Compute(h, p.FilterHeight, p.StrideHeight, 1, p.Padding).PadBefore;
        int padLeft = PaddedDimension.Compute(w, p.FilterWidth, p.StrideWidth, 1, p.Padding).PadBefore;
        int o = 0;
        for (int n = 0; n < outShape[0]; n++)
            for (int oy = 0; oy < outShape[1]; oy++)
                for (int ox = 0; ox < outShape[2]; ox++)
                {
                    int y0 = oy * p.StrideHeight - padTop, x0 = ox * p.StrideWidth - padLeft;
                    int yStart = Math.Max(0, y0), yEnd = Math.Min(h, y0 + p.FilterHeight);
                    int xStart = Math.Max(0, x0), xEnd = Math.Min(w, x0 + p.FilterWidth);
                    for (int c = 0; c < words; c++)
                    {
                        int max = ~0;
                        for (int y = yStart; y < yEnd; y++)
                            for (int x = xStart; x < xEnd; x++)
                                max &= input[((n * h + y) * w + x) * words + c];
                        output[o++] = max;
                    }
                }
    }
}
