namespace Lce.Transforms.Larq.Optimize;

/// <summary>
/// The per-channel thresholds that let a binary convolution write bitpacked output directly
/// (LCE's GetBitpackedOutputThresholds, optimize.cc), with LCE's exact arithmetic.
///
/// A float binary convolution computes, per output channel with multiplier m and bias b,
/// y = clamp(K − 2x, cmin, cmax)·m + b, where x is the XOR-popcount accumulator and K the
/// backtransform add (Fh·Fw·Cin per group). Bitpacked output writes bit 1 exactly when y &lt; 0.
/// For m &gt; 0 that is x &gt; ½(b/m + K), and since x is an integer, x &gt; ⌊½(b/m + K)⌋; the
/// kernel compares <c>accum &gt; threshold</c> (signed). For m &lt; 0 the optimize pass first
/// flips that channel's weights (multiplies the filter by <see cref="FilterSign"/>), which turns
/// x into K − x and lets the same formula be used with |m| and the clamp range negated and
/// swapped. When m is 0, or the clamp range keeps y on one side of 0, the sign of y is fixed
/// and the threshold is <see cref="AlwaysOne"/> (int.MinValue) or <see cref="AlwaysZero"/>
/// (int.MaxValue).
///
/// Precision (what LCE's C++ does, reproduced bit for bit): K and the clamp bounds are int32
/// converted to float; the range ends lo·|m| + b and hi·|m| + b are float expressions, rounded
/// after the product and after the sum (an x86-64 build without FMA; a build that contracts
/// them into a fused multiply-add, e.g. clang for AArch64, can classify a channel whose range
/// end is within rounding of 0 differently); the general
/// case evaluates b/|m| and + K in float, then ×0.5 and floor in double; the double becomes an
/// int64 as x86-64's truncating conversion does (NaN and out-of-range give int64.MinValue),
/// and the i32 attribute keeps its low 32 bits. Only a NaN reaches that conversion in practice
/// (the general case otherwise stays within [−1, K + 1]); it gives 0.
///
/// Boundary cases where the formula disagrees with the exact sign of y are characterised by
/// the property tests (test/Lce.IR.Tests/Larq/Optimize): they come from rounding b/|m| + K to
/// float (a half-integer ½(b/|m| + K) that float rounding moves across an integer), from the
/// float range ends, and from NaN multipliers or biases (LCE writes bit 1 for x ≥ 1 where the
/// float output, NaN, is not negative).
/// </summary>
public static class BitpackedOutputThresholds
{
    /// <summary>The threshold that makes every bit 1 (accum &gt; int.MinValue always holds).</summary>
    public const int AlwaysOne = int.MinValue;

    /// <summary>The threshold that makes every bit 0 (accum &gt; int.MaxValue never holds).</summary>
    public const int AlwaysZero = int.MaxValue;

    /// <summary>
    /// K for a float OHWI filter shape: Fh·Fw·Cin (dimensions 1–3), computed in 64 bits and
    /// truncated to int32 as LCE's <c>const std::int32_t backtransform_add</c> does.
    /// </summary>
    public static int BacktransformAdd(IReadOnlyList<long> filterShape)
    {
        if (filterShape.Count < 4) throw new ArgumentException($"an OHWI filter shape has 4 dimensions, not {filterShape.Count}", nameof(filterShape));
        return unchecked((int)(filterShape[1] * filterShape[2] * filterShape[3]));
    }

    /// <summary>
    /// The clamp range of K − 2x for a fused activation (LCE's StringSwitch): RELU (0, K),
    /// RELU_N1_TO_1 (−1, 1), RELU6 (0, 6), anything else (NONE included) (−K, K).
    /// </summary>
    public static (int Min, int Max) ClampRange(string activation, int backtransformAdd) => activation switch
    {
        "RELU" => (0, backtransformAdd),
        "RELU_N1_TO_1" => (-1, 1),
        "RELU6" => (0, 6),
        _ => (unchecked(-1 * backtransformAdd), backtransformAdd),
    };

    /// <summary>
    /// The filter sign factor of a channel (GetSignsOfVectorAndBroadcast4D): +1 when
    /// m ≥ 0 (−0.0 included), −1 otherwise, NaN included.
    /// </summary>
    public static float FilterSign(float multiplier) => multiplier >= 0f ? 1f : -1f;

    /// <summary>
    /// The thresholds of all channels: one per (multiplier, bias) pair, as many as the shorter
    /// of the two lists (LCE zips them).
    /// </summary>
    public static int[] Compute(ReadOnlySpan<float> multipliers, ReadOnlySpan<float> biases, int backtransformAdd, string activation)
    {
        var (min, max) = ClampRange(activation, backtransformAdd);
        var thresholds = new int[Math.Min(multipliers.Length, biases.Length)];
        for (int i = 0; i < thresholds.Length; i++)
            thresholds[i] = Threshold(multipliers[i], biases[i], backtransformAdd, min, max);
        return thresholds;
    }

    /// <summary>One channel's threshold, for integer K and clamp bounds (converted to float as LCE does).</summary>
    public static int Threshold(float multiplier, float bias, int backtransformAdd, int clampMin, int clampMax) =>
        Threshold(multiplier, bias, (float)backtransformAdd, (float)clampMin, (float)clampMax);

    /// <summary>One channel's threshold (ComputeWriteBitpackedOutputThresholds' loop body).</summary>
    public static int Threshold(float multiplier, float bias, float backtransformAdd, float clampMin, float clampMax)
    {
        if (multiplier == 0f) return bias < 0f ? AlwaysOne : AlwaysZero;

        float lo, hi;
        if (multiplier > 0f) (lo, hi) = (clampMin, clampMax);
        else (lo, hi) = (-1 * clampMax, -1 * clampMin);

        float magnitude = MathF.Abs(multiplier);
        float start = lo * magnitude + bias;
        float end = hi * magnitude + bias;
        if (start < 0 && end < 0) return AlwaysOne;
        if (start >= 0 && end >= 0) return AlwaysZero;

        float shifted = bias / magnitude + backtransformAdd;
        return Int32AttrOf(Math.Floor(0.5 * shifted));
    }

    /// <summary>
    /// Bit to write for an accumulator (the kernel's bitpacked output transform): 1 (−1)
    /// exactly when <paramref name="accumulator"/> &gt; <paramref name="threshold"/>, signed.
    /// </summary>
    public static bool OutputBit(int accumulator, int threshold) => accumulator > threshold;

    /// <summary>
    /// IntegerAttr::get(i32, (int64_t)value) on x86-64: cvttsd2si gives int64.MinValue for NaN
    /// and out-of-range values, then the APInt keeps the low 32 bits.
    /// </summary>
    public static int Int32AttrOf(double value)
    {
        const double TwoPow63 = 9223372036854775808.0;
        long wide = double.IsNaN(value) || value >= TwoPow63 || value < -TwoPow63 ? long.MinValue : (long)value;
        return unchecked((int)wide);
    }
}
