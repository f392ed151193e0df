namespace Lce.CodeGen.Reference;

/// <summary>Window, strides, padding and fused activation of tfl.max_pool_2d / tfl.average_pool_2d.</summary>
public sealed record Pool2DParams(
    int FilterH, int FilterW, int StrideH, int StrideW, TflPadding Padding, TflActivation Activation);

/// <summary>
/// Float 2-D pooling over NHWC, following TFLite's reference pooling: the window is clipped to
/// the image (padding taps are never read), the maximum starts at float.MinValue and takes a
/// tap only when max &lt; tap (so NaN taps are skipped, as std::max does), and the average
/// divides the sum (taps added row by row) by the number of in-image taps; then the clamp.
/// </summary>
public static class Pool2D
{
    public static int[] OutputShape(ReadOnlySpan<int> input, Pool2DParams p)
    {
        TflCommon.Require(input.Length == 4, "pooling needs a rank-4 input");
        var h = TflCommon.Window(p.Padding, input[1], p.FilterH, p.StrideH, 1);
        var w = TflCommon.Window(p.Padding, input[2], p.FilterW, p.StrideW, 1);
        return [input[0], h.Output, w.Output, input[3]];
    }

    public static void MaxPool(ReadOnlySpan<float> input, ReadOnlySpan<int> inputShape, Span<float> output, Pool2DParams p) =>
        Pool(input, inputShape, output, p, average: false);

    /// <summary>
    /// Average pooling; an output window with no in-image tap (possible only with padding larger
    /// than the input) is an error, as in TFLite.
    /// </summary>
    public static void AveragePool(ReadOnlySpan<float> input, ReadOnlySpan<int> inputShape, Span<float> output, Pool2DParams p) =>
        Pool(input, inputShape, output, p, average: true);

    private static void Pool(ReadOnlySpan<float> input, ReadOnlySpan<int> inputShape, Span<float> output, Pool2DParams p, bool average)
    {
        int[] outShape = OutputShape(inputShape, p);
        int batches = inputShape[0], inH = inputShape[1], inW = inputShape[2], depth = inputShape[3];
        int outH = outShape[1], outW = outShape[2];
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(inputShape), "input");
        TflCommon.RequireLength(output.Length, TflCommon.FlatSize(outShape), "output");
        var window = new FilterWindow(inputShape, p);
        var (lo, hi) = TflCommon.Range(p.Activation);
        for (int b = 0; b < batches; b++)
        for (int oy = 0; oy < outH; oy++)
        for (int ox = 0; ox < outW; ox++)
        {
            for (int c = 0; c < depth; c++)
            {
                float acc = average ? 0f : float.MinValue;
                int count = 0;
                foreach (var t in window.Taps(b, oy, ox))
                {
                    float v = input[t.Pixel * depth + c];
                    if (average)
                        acc += v;
                    else if (acc < v)
                        acc = v;
                    count++;
                }
                if (average)
                {
                    TflCommon.Require(count > 0, "average pooling window has no tap inside the image");
                    acc /= count;
                }
                output[((b * outH + oy) * outW + ox) * depth + c] = TflCommon.Clamp(acc, lo, hi);
            }
        }
    }
}
