using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>
/// The independent side of the int8 kernel tests: real values from the quantization formula
/// (in double), results requantized with round-half-away and saturation, and the "within one
/// step" comparison (Q31 multipliers round twice, so the integer pipeline may differ from the
/// real-number result by one quantization step, never more).
/// </summary>
internal static class Int8TestSupport
{
    public static QuantParams RandomQuant(Random r) => new((float)Math.Pow(2, r.NextDouble() * 8 - 8), r.Next(-20, 21));

    public static sbyte[] Int8s(Random r, int n)
    {
        var values = new sbyte[n];
        for (int i = 0; i < n; i++)
            values[i] = (sbyte)r.Next(-128, 128);
        return values;
    }

    public static double Real(sbyte q, QuantParams p) => (double)p.Scale * (q - p.ZeroPoint);

    public static float[] Dequantized(ReadOnlySpan<sbyte> q, QuantParams p)
    {
        var values = new float[q.Length];
        for (int i = 0; i < q.Length; i++)
            values[i] = (float)Real(q[i], p);
        return values;
    }

    /// <summary>round(real / scale) + zero point, saturated to int8.</summary>
    public static int Requantize(double real, QuantParams p) => (int)Math.Clamp(Math.Round(real / p.Scale, MidpointRounding.AwayFromZero) + p.ZeroPoint, -128, 127);

    /// <summary>The int8 clamp range of a fused activation, written from its definition (0, 6, ±1 quantized).</summary>
    public static (int Lo, int Hi) Range(TflActivation a, QuantParams p)
    {
        int Q(double v) => (int)Math.Round(v / p.Scale, MidpointRounding.AwayFromZero) + p.ZeroPoint;
        return a switch
        {
            TflActivation.Relu => (Math.Max(-128, Q(0)), 127),
            TflActivation.Relu6 => (Math.Max(-128, Q(0)), Math.Min(127, Q(6))),
            TflActivation.ReluN1To1 => (Math.Max(-128, Q(-1)), Math.Min(127, Q(1))),
            _ => (-128, 127),
        };
    }

    public static void AssertWithinOne(ReadOnlySpan<int> expected, ReadOnlySpan<sbyte> actual, string context = "")
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1, $"{context} element {i}: expected {expected[i]}, got {actual[i]}");
    }
}
