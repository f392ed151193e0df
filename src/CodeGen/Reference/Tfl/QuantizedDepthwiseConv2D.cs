namespace Lce.CodeGen.Reference;

/// <summary>
/// Int8 tfl.depthwise_conv_2d with per-channel filters, following TFLite's reference
/// DepthwiseConvPerChannel: output channel ic · m + j accumulates filter · (input - input zero
/// point) over the in-image taps of input channel ic, adds its bias and goes through its own
/// output stage. Shapes as in <see cref="DepthwiseConv2D"/>.
/// </summary>
public static class QuantizedDepthwiseConv2D
{
    public static void Run(
        ReadOnlySpan<sbyte> input, ReadOnlySpan<int> inputShape, int inputZeroPoint,
        ReadOnlySpan<sbyte> filter, ReadOnlySpan<int> filterShape,
        ReadOnlySpan<int> bias, Span<sbyte> output, int depthMultiplier, Conv2DParams p, Int8OutputStage stage)
    {
        int[] outShape = DepthwiseConv2D.OutputShape(inputShape, filterShape, depthMultiplier, p);
        int batches = inputShape[0], inH = inputShape[1], inW = inputShape[2], inDepth = inputShape[3];
        int fH = filterShape[1], fW = filterShape[2], outDepth = filterShape[3];
        int outH = outShape[1], outW = outShape[2];
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(inputShape), "input");
        TflCommon.RequireLength(filter.Length, TflCommon.FlatSize(filterShape), "filter");
        TflCommon.RequireLength(output.Length, TflCommon.FlatSize(outShape), "output");
        TflCommon.Require(bias.IsEmpty || bias.Length == outDepth, "bias length differs from the output channels");
        TflCommon.Require(stage.Multipliers.Length == outDepth, "output stage does not match the output channels");
        var window = new FilterWindow(inputShape, fH, fW, p);

        for (int b = 0; b < batches; b++)
        for (int oy = 0; oy < outH; oy++)
        for (int ox = 0; ox < outW; ox++)
        for (int ic = 0; ic < inDepth; ic++)
        for (int m = 0; m < depthMultiplier; m++)
        {
            int oc = ic * depthMultiplier + m;
            int acc = 0;
            foreach (var t in window.Taps(b, oy, ox))
                acc += filter[t.FilterTap * outDepth + oc] * (input[t.Pixel * inDepth + ic] - inputZeroPoint);
            if (!bias.IsEmpty)
                acc += bias[oc];
            output[((b * outH + oy) * outW + ox) * outDepth + oc] = stage.Apply(acc, oc);
        }
    }
}
