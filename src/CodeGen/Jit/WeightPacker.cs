using Lce.CodeGen.Reference;

namespace Lce.CodeGen.Jit;

/// <summary>
/// Per-layer data the row kernel reads: the filter re-laid out once as
/// [block][step][plane][block channel] words (a step = one word of one tap, taps in (fy, fx) order;
/// one plane, or the low and high nibble planes for <see cref="AccumulationScheme.NibblePlanes"/>;
/// channels past a group's end are zero words whose sums are never read), and the byte offset of
/// every step from a pixel's first tap in the zero-bordered input.
/// </summary>
public static class WeightPacker
{
    public static PinnedBuffer Pack(Bconv2dGeometry g, ReadOnlySpan<int> filter, BconvKernelShape s)
    {
        var packed = new PinnedBuffer(s.WeightWords);
        var dst = packed.Span;
        int perGroup = g.OutputChannelsPerGroup, cb = s.BlockChannels, taps = g.FilterHeight * g.FilterWidth;
        for (int q = 0; q < s.Blocks; q++)
        {
            int group = q / s.BlocksPerGroup, first = q % s.BlocksPerGroup * cb;
            for (int k = 0; k < s.Steps; k++)
            {
                int tap = k / g.GroupWords, word = k % g.GroupWords;
                int o = (q * s.Steps + k) * s.WeightPlanes * cb;
                for (int j = 0; j < cb; j++)
                {
                    int local = first + j;
                    int c = group * perGroup + local;
                    int w = local >= perGroup ? 0 : filter[(c * taps + tap) * g.GroupWords + word];
                    if (s.WeightPlanes == 1) { dst[o + j] = w; continue; }
                    dst[o + j] = w & 0x0f0f0f0f;
                    dst[o + cb + j] = (int)((uint)w >> 4) & 0x0f0f0f0f;
                }
            }
        }
        return packed;
    }

    /// <summary>Byte offsets of the steps in an input of <paramref name="paddedWidth"/> pixels per row and <paramref name="planes"/> words per input word.</summary>
    public static PinnedBuffer Offsets(Bconv2dGeometry g, int paddedWidth, int planes = 1)
    {
        int steps = g.FilterHeight * g.FilterWidth * g.GroupWords;
        var offsets = new PinnedBuffer(steps);
        var o = offsets.Span;
        for (int k = 0; k < steps; k++)
        {
            int tap = k / g.GroupWords, word = k % g.GroupWords;
            int fy = tap / g.FilterWidth, fx = tap % g.FilterWidth;
            long bytes = ((long)(fy * g.DilationHeight * paddedWidth + fx * g.DilationWidth) * g.InputWords + word) * 4 * planes;
            o[k] = checked((int)bytes);
        }
        return offsets;
    }

    /// <summary>Where channel c's accumulator sits in a pixel's padded slots: its group's blocks, then its index in the group.</summary>
    public static int[] Slots(Bconv2dGeometry g, BconvKernelShape s)
    {
        var slots = new int[g.OutputChannels];
        int perGroup = g.OutputChannelsPerGroup;
        for (int c = 0; c < slots.Length; c++) slots[c] = c / perGroup * s.BlocksPerGroup * s.BlockChannels + c % perGroup;
        return slots;
    }
}
