namespace Lce.CodeGen.Reference;

/// <summary>
/// Int8 tfl.conv_2d with per-channel (or per-tensor) symmetric filters and int32 bias, following
/// TFLite's reference ConvPerChannel: acc = Σ filter · (input - input zero point) over the
/// in-image taps (padding taps contribute nothing, i.e. they stand for the input zero point),
/// plus bias[oc], then the output stage of channel oc. Grouped filters (filter depth dividing the
/// input depth) read their group's input channels. Shapes as in <see cref="Conv2D"/>.
/// </summary>
public static class QuantizedConv2D
{
    public static void Run(
        ReadOnlySpan<sbyte> input, ReadOnlySpan<int> inputShape, int inputZeroPoint,
        ReadOnlySpan<sbyte> filter, ReadOnlySpan<int> filterShape,
        ReadOnlySpan<int> bias, Span<sbyte> output, Conv2DParams p, Int8OutputStage stage)
    {
        int[] outShape = Conv2D.OutputShape(inputShape, filterShape, p);
        int batches = inputShape[0], inH = inputShape[1], inW = inputShape[2], inDepth = inputShape[3];
        int outChannels = filterShape[0], fH = filterShape[1], fW = filterShape[2], fDepth = filterShape[3];
        int outH = outShape[1], outW = outShape[2];
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(inputShape), "input");
        TflCommon.RequireLength(filter.Length, TflCommon.FlatSize(filterShape), "filter");
        TflCommon.RequireLength(output.Length, TflCommon.FlatSize(outShape), "output");
        TflCommon.Require(bias.IsEmpty || bias.Length == outChannels, "bias length differs from the output channels");
        TflCommon.Require(stage.Multipliers.Length == outChannels, "output stage does not match the output channels");
        var window = new FilterWindow(inputShape, fH, fW, p);
        int perGroup = outChannels / (inDepth / fDepth);

        int o = 0;
        for (int b = 0; b < batches; b++)
        for (int oy = 0; oy < outH; oy++)
        for (int ox = 0; ox < outW; ox++)
        for (int oc = 0; oc < outChannels; oc++)
        {
            int channelBase = oc / perGroup * fDepth;
            int acc = 0;
            foreach (var t in window.Taps(b, oy, ox))
            {
                var taps = input.Slice(t.Pixel * inDepth + channelBase, fDepth);
                var weights = filter.Slice((oc * fH * fW + t.FilterTap) * fDepth, fDepth);
                for (int c = 0; c < fDepth; c++)
                    acc += weights[c] * (taps[c] - inputZeroPoint);
            }
            if (!bias.IsEmpty)
                acc += bias[oc];
            output[o++] = stage.Apply(acc, oc);
        }
    }
}
