namespace Lce.CodeGen.Reference;

/// <summary>Strides, dilations, padding and fused activation of tfl.conv_2d / tfl.depthwise_conv_2d.</summary>
public sealed record Conv2DParams(
    int StrideH, int StrideW, int DilationH, int DilationW, TflPadding Padding, TflActivation Activation)
{
    public static Conv2DParams Default { get; } = new(1, 1, 1, 1, TflPadding.Valid, TflActivation.None);
}

/// <summary>
/// Float tfl.conv_2d, following TFLite's reference Conv: input NHWC, filter OHWI (its I may be
/// a divisor of the input depth: grouped convolution), optional bias per output channel.
/// Float order: for every output element, a single float accumulator starting at 0 adds
/// input * filter (each product rounded, no FMA) over filter row, then column, then input
/// channel, skipping taps outside the image (implicit zero padding); then bias (0 when absent,
/// so -0 sums become +0) is added and the activation clamp applied.
/// </summary>
public static class Conv2D
{
    /// <summary>The output shape [N, outH, outW, O].</summary>
    public static int[] OutputShape(ReadOnlySpan<int> input, ReadOnlySpan<int> filter, Conv2DParams p)
    {
        TflCommon.Require(input.Length == 4 && filter.Length == 4, "conv_2d needs rank-4 input and filter");
        TflCommon.Require(filter[3] > 0 && input[3] % filter[3] == 0,
            $"input depth {input[3]} is not a multiple of the filter depth {filter[3]}");
        TflCommon.Require(filter[0] % (input[3] / filter[3]) == 0, "output channels are not a multiple of the groups");
        var h = TflCommon.Window(p.Padding, input[1], filter[1], p.StrideH, p.DilationH);
        var w = TflCommon.Window(p.Padding, input[2], filter[2], p.StrideW, p.DilationW);
        return [input[0], h.Output, w.Output, filter[0]];
    }

    public static void Run(
        ReadOnlySpan<float> input, ReadOnlySpan<int> inputShape,
        ReadOnlySpan<float> filter, ReadOnlySpan<int> filterShape,
        ReadOnlySpan<float> bias, Span<float> output, Conv2DParams p)
    {
        int[] outShape = OutputShape(inputShape, filterShape, p);
        int batches = inputShape[0], inH = inputShape[1], inW = inputShape[2], inDepth = inputShape[3];
        int outChannels = filterShape[0], fH = filterShape[1], fW = filterShape[2], fDepth = filterShape[3];
        int outH = outShape[1], outW = outShape[2];
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(inputShape), "input");
        TflCommon.RequireLength(filter.Length, TflCommon.FlatSize(filterShape), "filter");
        TflCommon.RequireLength(output.Length, TflCommon.FlatSize(outShape), "output");
        TflCommon.Require(bias.IsEmpty || bias.Length == outChannels, "bias length differs from the output channels");
        var window = new FilterWindow(inputShape, fH, fW, p);
        int perGroup = outChannels / (inDepth / fDepth);
        var (lo, hi) = TflCommon.Range(p.Activation);

        int o = 0;
        for (int b = 0; b < batches; b++)
        for (int oy = 0; oy < outH; oy++)
        for (int ox = 0; ox < outW; ox++)
        for (int oc = 0; oc < outChannels; oc++)
        {
            int channelBase = oc / perGroup * fDepth;
            float total = 0f;
            foreach (var t in window.Taps(b, oy, ox))
            {
                var taps = input.Slice(t.Pixel * inDepth + channelBase, fDepth);
                var weights = filter.Slice((oc * fH * fW + t.FilterTap) * fDepth, fDepth);
                for (int c = 0; c < fDepth; c++)
                    total += taps[c] * weights[c];
            }
            float biasValue = bias.IsEmpty ? 0f : bias[oc];
            output[o++] = TflCommon.Clamp(total + biasValue, lo, hi);
        }
    }
}
