namespace Lce.Tests.Larq.Optimize;

using Lce.Transforms.Larq.Optimize;

/// <summary>
/// Independent models for the threshold tests: the float output of a binary convolution
/// channel (exact sign), the bit the kernel writes with given thresholds, and a second
/// transcription of LCE's threshold formula that emulates each float operation as a double
/// operation rounded to float (innocuous double rounding for + − × ÷ since 53 ≥ 2·24 + 2).
/// </summary>
internal static class ThresholdOracle
{
    /// <summary>y = clamp_act(K − 2x)·m + b in double: the clamp value is an integer below 2^31 and m a float, so the product is exact and the sum's sign is the exact sign.</summary>
    public static double Output(int k, string activation, float m, float b, int x)
    {
        var (cmin, cmax) = BitpackedOutputThresholds.ClampRange(activation, k);
        long clamped = Math.Clamp((long)k - 2L * x, cmin, cmax);
        return clamped * (double)m + b;
    }

    /// <summary>The bit the float output packs to (§1: x &lt; 0, so 0, −0 and NaN give 0).</summary>
    public static bool ExactBit(int k, string activation, float m, float b, int x) => Output(k, activation, m, b, x) < 0;

    /// <summary>
    /// The bit the kernel writes for unflipped popcount <paramref name="x"/>: the filter of a channel
    /// whose sign factor is −1 is negated, which turns its popcount into K − x.
    /// </summary>
    public static bool WrittenBit(int k, float m, int threshold, int x) =>
        BitpackedOutputThresholds.OutputBit(BitpackedOutputThresholds.FilterSign(m) < 0 ? k - x : x, threshold);

    public static int Threshold(int k, string activation, float m, float b)
    {
        var (cmin, cmax) = BitpackedOutputThresholds.ClampRange(activation, k);
        return BitpackedOutputThresholds.Threshold(m, b, k, cmin, cmax);
    }

    private static float F(double v) => (float)v;

    /// <summary>LCE's GetSignsOfVectorAndBroadcast4D entry.</summary>
    public static float LceSign(float m) => m >= 0.0 ? 1f : -1f;

    /// <summary>LCE's ComputeWriteBitpackedOutputThresholds for one channel, float steps emulated in double.</summary>
    public static int LceThreshold(int k, int clampMin, int clampMax, float m, float b)
    {
        float kf = F(k), cmin = F(clampMin), cmax = F(clampMax);
        if (m == 0.0) return b < 0.0 ? int.MinValue : int.MaxValue;
        float lo = m > 0.0 ? cmin : F(-1.0 * cmax);
        float hi = m > 0.0 ? cmax : F(-1.0 * cmin);
        double abs = Math.Abs((double)m);
        float start = F(F(lo * abs) + b);
        float end = F(F(hi * abs) + b);
        if (start < 0.0 && end < 0.0) return int.MinValue;
        if (start >= 0.0 && end >= 0.0) return int.MaxValue;
        float shifted = F(F(b / abs) + kf);
        double floored = Math.Floor(0.5 * shifted);
        // x86-64: cvttsd2si gives 0x8000000000000000 for NaN and out-of-range values; the
        // 32-bit attribute keeps the low word.
        if (double.IsNaN(floored) || Math.Abs(floored) >= 9.2233720368547758e18) return 0;
        return unchecked((int)(long)floored);
    }
}
