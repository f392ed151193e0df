using System.Numerics;

namespace Lce.CodeGen.Reference;

/// <summary>
/// The same-zero padding correction LCE's optimized kernels apply to float output with no
/// activation (<c>zero_padding_correction.h</c>), defined semantically: those kernels compute the
/// convolution with out-of-image pixels read as +1 (the 0 word), so each outside tap
/// (fy, fx) added Σ weights = Cg − 2·popcount(filter[c, fy, fx, :]) to the dot product; the
/// correction removes it, scaled by the original multiplier:
/// <c>out[n,oy,ox,c] += −m[c] · Σ_outside (Cg − 2·popcount)</c>.
/// The sum is an exact integer; the product −m·sum is rounded to float and then added in float.
/// Unlike LCE's cache (which assumes the effective filter is smaller than the image and applies
/// nothing when both sides of a dimension overflow), this counts every outside tap.
/// </summary>
public static class ZeroPaddingCorrection
{
    /// <summary>
    /// Adds the correction to a float output computed with one-padding (same geometry, read
    /// without <see cref="Bconv2dGeometry.SameZeroPadding"/>); <paramref name="multipliers"/> are
    /// the original post-activation multipliers.
    /// </summary>
    public static void Apply(Bconv2dGeometry g, ReadOnlySpan<int> filter, ReadOnlySpan<float> multipliers, Span<float> output)
    {
        if (multipliers.Length != g.OutputChannels) throw new ArgumentException($"{multipliers.Length} multipliers for {g.OutputChannels} output channels");
        long outputs = (long)g.Batches * g.OutputHeight * g.OutputWidth * g.OutputChannels;
        if (output.Length != outputs) throw new ArgumentException($"the output has {output.Length} elements, not {outputs}");
        if (filter.Length != (long)g.OutputChannels * g.FilterHeight * g.FilterWidth * g.GroupWords)
            throw new ArgumentException("the filter size does not match the geometry");

        // Σ weights of each tap of each channel: Cg − 2·popcount over the tap's words.
        int taps = g.FilterHeight * g.FilterWidth;
        var tapSums = new int[g.OutputChannels * taps];
        for (int t = 0; t < tapSums.Length; t++)
        {
            int ones = 0;
            for (int w = 0; w < g.GroupWords; w++) ones += BitOperations.PopCount((uint)filter[t * g.GroupWords + w]);
            tapSums[t] = g.ChannelsPerGroup - 2 * ones;
        }

        int o = 0;
        for (int n = 0; n < g.Batches; n++)
            for (int oy = 0; oy < g.OutputHeight; oy++)
                for (int ox = 0; ox < g.OutputWidth; ox++)
                {
                    int y0 = oy * g.StrideHeight - g.PadTop, x0 = ox * g.StrideWidth - g.PadLeft;
                    for (int c = 0; c < g.OutputChannels; c++, o++)
                    {
                        int sum = 0;
                        for (int fy = 0; fy < g.FilterHeight; fy++)
                            for (int fx = 0; fx < g.FilterWidth; fx++)
                            {
                                int iy = y0 + g.DilationHeight * fy, ix = x0 + g.DilationWidth * fx;
                                if (iy < 0 || iy >= g.InputHeight || ix < 0 || ix >= g.InputWidth)
                                    sum += tapSums[c * taps + fy * g.FilterWidth + fx];
                            }
                        if (sum == 0) continue;
                        float correction = -multipliers[c] * (float)sum;
                        output[o] += correction;
                    }
                }
    }
}
