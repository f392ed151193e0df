namespace Lce.CodeGen.Reference;

/// <summary>
/// Int8 2-D pooling over NHWC, following TFLite's reference integer MaxPool and AveragePool
/// (input and output share their quantization, so no rescaling): the window is clipped to the
/// image; max starts at -128; the average rounds sum / count half away from zero with integer
/// division ((sum ± count / 2) / count); then the quantized activation clamp of the output.
/// </summary>
public static class QuantizedPooling
{
    public static void MaxPool(ReadOnlySpan<sbyte> input, ReadOnlySpan<int> inputShape, Span<sbyte> output, Pool2DParams p, QuantParams outputQ) =>
        Pool(input, inputShape, output, p, outputQ, average: false);

    /// <summary>An output window without any in-image tap is an error, as in TFLite.</summary>
    public static void AveragePool(ReadOnlySpan<sbyte> input, ReadOnlySpan<int> inputShape, Span<sbyte> output, Pool2DParams p, QuantParams outputQ) =>
        Pool(input, inputShape, output, p, outputQ, average: true);

    private static void Pool(ReadOnlySpan<sbyte> input, ReadOnlySpan<int> inputShape, Span<sbyte> output, Pool2DParams p, QuantParams outputQ, bool average)
    {
        int[] outShape = Pool2D.OutputShape(inputShape, p);
        int batches = inputShape[0], inH = inputShape[1], inW = inputShape[2], depth = inputShape[3];
        int outH = outShape[1], outW = outShape[2];
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(inputShape), "input");
        TflCommon.RequireLength(output.Length, TflCommon.FlatSize(outShape), "output");
        var window = new FilterWindow(inputShape, p);
        var (lo, hi) = QuantizedInt8.ActivationRange(p.Activation, outputQ);
        for (int b = 0; b < batches; b++)
        for (int oy = 0; oy < outH; oy++)
        for (int ox = 0; ox < outW; ox++)
        {
            for (int c = 0; c < depth; c++)
            {
                int acc = average ? 0 : sbyte.MinValue;
                int count = 0;
                foreach (var t in window.Taps(b, oy, ox))
                {
                    int v = input[t.Pixel * depth + c];
                    acc = average ? acc + v : Math.Max(acc, v);
                    count++;
                }
                if (average)
                {
                    TflCommon.Require(count > 0, "average pooling window has no tap inside the image");
                    acc = acc > 0 ? (acc + count / 2) / count : (acc - count / 2) / count;
                }
                output[((b * outH + oy) * outW + ox) * depth + c] = (sbyte)Math.Min(hi, Math.Max(lo, acc));
            }
        }
    }
}
