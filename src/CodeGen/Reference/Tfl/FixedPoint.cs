namespace Lce.CodeGen.Reference;

/// <summary>
/// TFLite's fixed-point rescaling (gemmlowp semantics, the default double-rounding build):
/// a real multiplier becomes a Q31 mantissa and a power-of-two exponent.
/// </summary>
public static class FixedPoint
{
    /// <summary>
    /// TFLite's QuantizeMultiplier: m = q · 2^shift with q in [0.5, 1) (frexp), mantissa
    /// round(q · 2^31) half away from zero; a mantissa of 2^31 halves with shift + 1; a shift
    /// below -31 flushes to zero. 0 gives (0, 0).
    /// </summary>
    public static (int Multiplier, int Shift) QuantizeMultiplier(double m)
    {
        if (m == 0)
            return (0, 0);
        TflCommon.Require(m > 0 && double.IsFinite(m), $"bad real multiplier {m}");
        int shift = Math.ILogB(m) + 1;
        double q = Math.ScaleB(m, -shift);
        long fixedQ = (long)Math.Round(q * (1L << 31), MidpointRounding.AwayFromZero);
        if (fixedQ == 1L << 31)
        {
            fixedQ /= 2;
            shift++;
        }
        if (shift < -31)
            return (0, 0);
        TflCommon.Require(shift <= 30, $"real multiplier {m} too large");
        return ((int)fixedQ, shift);
    }

    /// <summary>(a · b · 2 + 2^31 rounding nudge) / 2^32, saturating the single overflow case.</summary>
    public static int SaturatingRoundingDoublingHighMul(int a, int b)
    {
        if (a == b && a == int.MinValue)
            return int.MaxValue;
        long ab = (long)a * b;
        long nudge = ab >= 0 ? 1L << 30 : 1 - (1L << 30);
        return (int)((ab + nudge) / (1L << 31));
    }

    /// <summary>Arithmetic shift right rounding to nearest, ties away from zero.</summary>
    public static int RoundingDivideByPOT(int x, int exponent)
    {
        int mask = (int)((1L << exponent) - 1);
        int remainder = x & mask;
        int threshold = (mask >> 1) + (x < 0 ? 1 : 0);
        return (x >> exponent) + (remainder > threshold ? 1 : 0);
    }

    /// <summary>x · multiplier · 2^shift: left shift first (positive shift), rounding right shift last.</summary>
    public static int MultiplyByQuantizedMultiplier(int x, int multiplier, int shift)
    {
        int left = shift > 0 ? shift : 0, right = shift > 0 ? 0 : -shift;
        return RoundingDivideByPOT(SaturatingRoundingDoublingHighMul(unchecked(x * (1 << left)), multiplier), right);
    }
}
