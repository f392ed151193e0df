namespace Lce.CodeGen.Reference;

/// <summary>
/// Int8 tfl.add / tfl.sub / tfl.mul with NumPy broadcasting and a fused activation, following
/// TFLite's Prepare and reference integer kernels.
/// Add/sub: both inputs are offset by their zero points, shifted left by 20, rescaled by
/// scale_i / (2 · max scale) (multipliers below one), added or subtracted, rescaled by
/// 2 · max scale / (2^20 · output scale) (which must be below one, as TFLite checks), offset by
/// the output zero point and clamped. The scale arithmetic follows TFLite's float/double mix:
/// 2 · max and 2^20 · output scale are float products, the quotients double.
/// Mul: (x - xzp)(y - yzp) rescaled by the float product x scale · y scale / output scale.
/// </summary>
public static class QuantizedArithmetic
{
    private const int LeftShift = 20;

    /// <summary>Add, Sub or Mul (Div has no int8 TFLite kernel).</summary>
    public static void Run(
        ArithmeticOp op, ReadOnlySpan<sbyte> x, int[] xShape, QuantParams xq, ReadOnlySpan<sbyte> y, int[] yShape, QuantParams yq,
        Span<sbyte> output, QuantParams oq, TflActivation activation)
    {
        var (lo, hi) = QuantizedInt8.ActivationRange(activation, oq);
        BroadcastElementwise.Run(x, xShape, y, yShape, output, new Element(Combiner(op, xq, yq, oq), oq.ZeroPoint, lo, hi));
    }

    private readonly record struct Element(Func<int, int, int> Combine, int ZeroPoint, int Lo, int Hi) : IBinaryElement<sbyte, sbyte, sbyte>
    {
        public sbyte Apply(sbyte x, sbyte y) => (sbyte)Math.Min(Hi, Math.Max(Lo, Combine(x, y) + ZeroPoint));
    }

    /// <summary>
    /// The integer operation with its rescaling; TFLite's Prepare checks (an add/sub output
    /// factor not below one) surface here as ArgumentException, so a binding can call it up front.
    /// </summary>
    public static Func<int, int, int> Combiner(ArithmeticOp op, QuantParams xq, QuantParams yq, QuantParams oq)
    {
        TflCommon.Require(op != ArithmeticOp.Div, "int8 div is not a TFLite kernel");
        return op == ArithmeticOp.Mul ? Multiplication(xq, yq, oq) : Addition(op == ArithmeticOp.Sub, xq, yq, oq);
    }

    /// <summary>The add/sub rescaling of TFLite's Prepare (QuantizeMultiplierSmallerThanOneExp for all three).</summary>
    private static Func<int, int, int> Addition(bool subtract, QuantParams xq, QuantParams yq, QuantParams oq)
    {
        double twiceMax = 2 * Math.Max(xq.Scale, yq.Scale);
        var (m1, s1) = SmallerThanOne(xq.Scale / twiceMax);
        var (m2, s2) = SmallerThanOne(yq.Scale / twiceMax);
        var (mo, so) = SmallerThanOne(twiceMax / ((1 << LeftShift) * oq.Scale));
        return (a, b) =>
        {
            int sa = FixedPoint.MultiplyByQuantizedMultiplier((a - xq.ZeroPoint) * (1 << LeftShift), m1, s1);
            int sb = FixedPoint.MultiplyByQuantizedMultiplier((b - yq.ZeroPoint) * (1 << LeftShift), m2, s2);
            return FixedPoint.MultiplyByQuantizedMultiplier(subtract ? sa - sb : sa + sb, mo, so);
        };
    }

    private static Func<int, int, int> Multiplication(QuantParams xq, QuantParams yq, QuantParams oq)
    {
        var (m, s) = FixedPoint.QuantizeMultiplier(xq.Scale * yq.Scale / oq.Scale);
        return (a, b) => FixedPoint.MultiplyByQuantizedMultiplier((a - xq.ZeroPoint) * (b - yq.ZeroPoint), m, s);
    }

    private static (int Multiplier, int Shift) SmallerThanOne(double m)
    {
        TflCommon.Require(m > 0 && m < 1, $"int8 add/sub rescale factor {m} is not in (0, 1): the output scale is too small for the input scales");
        return FixedPoint.QuantizeMultiplier(m);
    }
}
