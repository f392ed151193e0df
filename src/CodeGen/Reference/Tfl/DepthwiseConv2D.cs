namespace Lce.CodeGen.Reference;

/// <summary>
/// Float tfl.depthwise_conv_2d, following TFLite's reference DepthwiseConv: input NHWC,
/// filter [1, FH, FW, C * depthMultiplier], output channel ic * depthMultiplier + m reads input
/// channel ic. Float order per output element: an accumulator from 0 adds input * filter over
/// filter row then column (in-image taps only), then bias (0 when absent), then the clamp.
/// </summary>
public static class DepthwiseConv2D
{
    /// <summary>The output shape [N, outH, outW, C * depthMultiplier].</summary>
    public static int[] OutputShape(ReadOnlySpan<int> input, ReadOnlySpan<int> filter, int depthMultiplier, Conv2DParams p)
    {
        TflCommon.Require(input.Length == 4 && filter.Length == 4 && filter[0] == 1,
            "depthwise_conv_2d needs rank-4 input and a [1, H, W, C] filter");
        TflCommon.Require(depthMultiplier > 0 && filter[3] == input[3] * depthMultiplier,
            $"filter depth {filter[3]} is not input depth {input[3]} times depth multiplier {depthMultiplier}");
        var h = TflCommon.Window(p.Padding, input[1], filter[1], p.StrideH, p.DilationH);
        var w = TflCommon.Window(p.Padding, input[2], filter[2], p.StrideW, p.DilationW);
        return [input[0], h.Output, w.Output, filter[3]];
    }

    public static void Run(
        ReadOnlySpan<float> input, ReadOnlySpan<int> inputShape,
        ReadOnlySpan<float> filter, ReadOnlySpan<int> filterShape,
        ReadOnlySpan<float> bias, Span<float> output, int depthMultiplier, Conv2DParams p)
    {
        int[] outShape = OutputShape(inputShape, filterShape, depthMultiplier, p);
        int batches = inputShape[0], inH = inputShape[1], inW = inputShape[2], inDepth = inputShape[3];
        int fH = filterShape[1], fW = filterShape[2], outDepth = filterShape[3];
        int outH = outShape[1], outW = outShape[2];
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(inputShape), "input");
        TflCommon.RequireLength(filter.Length, TflCommon.FlatSize(filterShape), "filter");
        TflCommon.RequireLength(output.Length, TflCommon.FlatSize(outShape), "output");
        TflCommon.Require(bias.IsEmpty || bias.Length == outDepth, "bias length differs from the output channels");
        var window = new FilterWindow(inputShape, fH, fW, p);
        var (lo, hi) = TflCommon.Range(p.Activation);

        for (int b = 0; b < batches; b++)
        for (int oy = 0; oy < outH; oy++)
        for (int ox = 0; ox < outW; ox++)
        for (int ic = 0; ic < inDepth; ic++)
        for (int m = 0; m < depthMultiplier; m++)
        {
            int oc = ic * depthMultiplier + m;
            float total = 0f;
            foreach (var t in window.Taps(b, oy, ox))
                total += input[t.Pixel * inDepth + ic] * filter[t.FilterTap * outDepth + oc];
            float biasValue = bias.IsEmpty ? 0f : bias[oc];
            output[((b * outH + oy) * outW + ox) * outDepth + oc] = TflCommon.Clamp(total + biasValue, lo, hi);
        }
    }
}
