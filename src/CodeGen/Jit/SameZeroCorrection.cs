using System.Runtime.CompilerServices;
using System.Numerics;
using Lce.CodeGen.Reference;

namespace Lce.CodeGen.Jit;

/// <summary>
/// SAME padding with pad_values 0, in the integer domain: the row kernel reads out-of-image taps
/// as the 0 word (all +1), adding popcount(filter tap) to the accumulator, where the reference
/// kernel adds Cg/2; each border pixel gets Σ_outside (Cg/2 − popcount(tap)) per channel before
/// the output transform, so every output kind agrees with the reference bit for bit.
/// </summary>
internal sealed class SameZeroCorrection
{
    private readonly Bconv2dGeometry _g;
    private readonly int[] _delta; // [channel][tap]
    private readonly int _taps;

    private SameZeroCorrection(Bconv2dGeometry g, ReadOnlySpan<int> filter)
    {
        _g = g;
        _taps = g.FilterHeight * g.FilterWidth;
        _delta = new int[g.OutputChannels * _taps];
        for (int t = 0; t < _delta.Length; t++)
        {
            int ones = 0;
            for (int w = 0; w < g.GroupWords; w++) ones += BitOperations.PopCount((uint)filter[t * g.GroupWords + w]);
            _delta[t] = g.ChannelsPerGroup / 2 - ones;
        }
    }

    public static SameZeroCorrection? For(Bconv2dGeometry g, ReadOnlySpan<int> filter) => g.SameZeroPadding ? new(g, filter) : null;

    /// <summary>Corrects the accumulators of output row <paramref name="oy"/> ([pixel][padded slot]).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Apply(int oy, Span<int> row, int paddedChannels, int[] slots)
    {
        var g = _g;
        int y0 = oy * g.StrideHeight - g.PadTop;
        Span<bool> outside = stackalloc bool[_taps];
        for (int ox = 0; ox < g.OutputWidth; ox++)
        {
            int x0 = ox * g.StrideWidth - g.PadLeft;
            bool any = false;
            for (int fy = 0; fy < g.FilterHeight; fy++)
                for (int fx = 0; fx < g.FilterWidth; fx++)
                {
                    int iy = y0 + fy * g.DilationHeight, ix = x0 + fx * g.DilationWidth;
                    bool o = iy < 0 || iy >= g.InputHeight || ix < 0 || ix >= g.InputWidth;
                    outside[fy * g.FilterWidth + fx] = o;
                    any |= o;
                }
            if (!any) continue;
            var pixel = row.Slice(ox * paddedChannels, paddedChannels);
            for (int c = 0; c < g.OutputChannels; c++)
            {
                int sum = 0;
                for (int t = 0; t < _taps; t++)
                    if (outside[t]) sum += _delta[c * _taps + t];
                pixel[slots[c]] += sum;
            }
        }
    }
}
