using System.Numerics;
using Lce.Dialects.Lq;

namespace Lce.CodeGen.Reference;

/// <summary>
/// LCE's reference binary convolution (<c>core/bconv2d/reference.h</c>) over a bitpacked NHWC
/// input and a bitpacked OHWI filter. For each output pixel and channel c (group
/// g = c / (Cout/groups)) the accumulator is the XOR-popcount over the filter taps:
/// inside pixels contribute popcount(input word ⊕ filter word) over the group's words; outside
/// pixels read the 0 word (all +1, "same-one"/VALID), except with SAME and pad_values 0, where
/// each outside tap adds Cg/2 (integer division) instead — a zero contribution to the dot
/// product K − 2·accum when Cg is even. The output transforms then map the accumulator.
/// </summary>
public static class Bconv2d
{
    /// <summary>
    /// The output shape for the bitpacked input and filter shapes: <c>[N, Ho, Wo, Cout]</c>, or
    /// <c>[N, Ho, Wo, ⌈Cout/32⌉]</c> when <paramref name="bitpacked"/>; throws what Prepare rejects
    /// (use <see cref="Bconv2dGeometry.TryCreate"/> for the message without an exception).
    /// </summary>
    public static int[] OutputShape(Bconv2dParams p, ReadOnlySpan<int> inputShape, ReadOnlySpan<int> filterShape, bool bitpacked)
    {
        var g = Bconv2dGeometry.Create(p, inputShape, filterShape);
        return bitpacked ? g.BitpackedOutputShape() : g.OutputShape();
    }

    /// <summary>The raw accumulators, <c>[N, Ho, Wo, Cout]</c>.</summary>
    public static void Accumulate(Bconv2dGeometry g, ReadOnlySpan<int> input, ReadOnlySpan<int> filter, Span<int> accumulators)
    {
        CheckSizes(g, input, filter, accumulators.Length, (long)g.OutputChannels);
        int outsideAdd = g.ChannelsPerGroup / 2;
        int perGroup = g.OutputChannelsPerGroup;
        int o = 0;
        for (int n = 0; n < g.Batches; n++)
            for (int oy = 0; oy < g.OutputHeight; oy++)
                for (int ox = 0; ox < g.OutputWidth; ox++)
                {
                    int y0 = oy * g.StrideHeight - g.PadTop, x0 = ox * g.StrideWidth - g.PadLeft;
                    for (int co = 0; co < g.OutputChannels; co++)
                    {
                        int groupOffset = co / perGroup * g.GroupWords;
                        int acc = 0;
                        for (int fy = 0; fy < g.FilterHeight; fy++)
                            for (int fx = 0; fx < g.FilterWidth; fx++)
                            {
                                int iy = y0 + g.DilationHeight * fy, ix = x0 + g.DilationWidth * fx;
                                bool inside = iy >= 0 && iy < g.InputHeight && ix >= 0 && ix < g.InputWidth;
                                if (g.SameZeroPadding && !inside) { acc += outsideAdd; continue; }
                                int f = ((co * g.FilterHeight + fy) * g.FilterWidth + fx) * g.GroupWords;
                                int a = inside ? ((n * g.InputHeight + iy) * g.InputWidth + ix) * g.InputWords + groupOffset : -1;
                                for (int w = 0; w < g.GroupWords; w++)
                                    acc += BitOperations.PopCount((uint)((inside ? input[a + w] : 0) ^ filter[f + w]));
                            }
                        accumulators[o++] = acc;
                    }
                }
    }

    /// <summary>Float output <c>[N, Ho, Wo, Cout]</c> through the fused transform.</summary>
    public static void Float(Bconv2dGeometry g, ReadOnlySpan<int> input, ReadOnlySpan<int> filter, Bconv2dOutputTransform transform, Span<float> output)
    {
        var acc = Accumulators(g, input, filter, transform, output.Length);
        for (int i = 0; i < acc.Length; i++) output[i] = transform.Float(acc[i], i % g.OutputChannels);
    }

    /// <summary>Int8 output <c>[N, Ho, Wo, Cout]</c>; the transform carries the output scale and zero point.</summary>
    public static void Int8(Bconv2dGeometry g, ReadOnlySpan<int> input, ReadOnlySpan<int> filter, Bconv2dOutputTransform transform, Span<sbyte> output)
    {
        var acc = Accumulators(g, input, filter, transform, output.Length);
        for (int i = 0; i < acc.Length; i++) output[i] = transform.Int8(acc[i], i % g.OutputChannels);
    }

    /// <summary>
    /// Bitpacked output <c>[N, Ho, Wo, ⌈Cout/32⌉]</c>: bit c%32 of word c/32 is
    /// <c>accum &gt; thresholds[c]</c> (signed); unused high bits are 0.
    /// </summary>
    public static void Bitpacked(Bconv2dGeometry g, ReadOnlySpan<int> input, ReadOnlySpan<int> filter, ReadOnlySpan<int> thresholds, Span<int> output)
    {
        if (thresholds.Length != g.OutputChannels)
            throw new ArgumentException($"{thresholds.Length} thresholds for {g.OutputChannels} output channels");
        int words = Bitpacking.PackedSize(g.OutputChannels);
        long pixels = (long)g.Batches * g.OutputHeight * g.OutputWidth;
        if (output.Length != pixels * words) throw new ArgumentException($"the output has {output.Length} words, not {pixels * words}");
        var acc = new int[checked((int)(pixels * g.OutputChannels))];
        Accumulate(g, input, filter, acc);
        output.Clear();
        for (int p = 0; p < pixels; p++)
            for (int c = 0; c < g.OutputChannels; c++)
                if (acc[p * g.OutputChannels + c] > thresholds[c]) output[p * words + c / 32] |= 1 << (c % 32);
    }

    private static int[] Accumulators(Bconv2dGeometry g, ReadOnlySpan<int> input, ReadOnlySpan<int> filter, Bconv2dOutputTransform transform, int outputLength)
    {
        if (transform.Multipliers.Length != g.OutputChannels)
            throw new ArgumentException($"{transform.Multipliers.Length} multipliers for {g.OutputChannels} output channels");
        var acc = new int[outputLength];
        Accumulate(g, input, filter, acc);
        return acc;
    }

    private static void CheckSizes(Bconv2dGeometry g, ReadOnlySpan<int> input, ReadOnlySpan<int> filter, int outputLength, long channels)
    {
        long inputWords = (long)g.Batches * g.InputHeight * g.InputWidth * g.InputWords;
        long filterWords = (long)g.OutputChannels * g.FilterHeight * g.FilterWidth * g.GroupWords;
        long outputs = (long)g.Batches * g.OutputHeight * g.OutputWidth * channels;
        if (input.Length != inputWords) throw new ArgumentException($"the input has {input.Length} words, not {inputWords}");
        if (filter.Length != filterWords) throw new ArgumentException($"the filter has {filter.Length} words, not {filterWords}");
        if (outputLength != outputs) throw new ArgumentException($"the output has {outputLength} elements, not {outputs}");
    }
}
