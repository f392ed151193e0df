namespace Lce.CodeGen.Reference;

/// <summary>
/// The fused float/int8 output transform of LCE's Bconv2d, set up once (first Eval) from the
/// post-activation multiplier m and bias b. The conceptual output is
/// clamp_act(K − 2·accum)·m + b (then /scale + zero point for int8); LCE folds the
/// backtransform into the parameters:
/// <list type="bullet">
/// <item>mult'[c] = −m[c]/s and bias'[c] = (b[c] + K·m[c])/s + z, computed in double and stored as float;</item>
/// <item>the activation range (amin, amax) is narrowed to [−K, K] and becomes bounds on 2·accum:
/// clamp_min' = K − amax, clamp_max' = K − amin.</item>
/// </list>
/// Evaluation order (matched bit for bit; no fused multiply-add, which RyuJIT never introduces
/// on its own): x = clamp(accum &lt;&lt; 1) in int32; p = (float)x · mult' rounded to float; then
/// p + bias' rounded to float.
/// </summary>
public sealed class Bconv2dOutputTransform
{
    public int ClampMin { get; }
    public int ClampMax { get; }
    public float[] Multipliers { get; }
    public float[] Biases { get; }

    private Bconv2dOutputTransform(int clampMin, int clampMax, float[] multipliers, float[] biases) =>
        (ClampMin, ClampMax, Multipliers, Biases) = (clampMin, clampMax, multipliers, biases);

    /// <summary>
    /// The setup for float output (<paramref name="scale"/> 1, <paramref name="zeroPoint"/> 0)
    /// or int8 output (the output tensor's scale and zero point).
    /// </summary>
    public static Bconv2dOutputTransform Create(ReadOnlySpan<float> multipliers, ReadOnlySpan<float> biases,
        int backtransformAdd, Bconv2dActivation activation, float scale = 1f, int zeroPoint = 0)
    {
        if (multipliers.Length != biases.Length)
            throw new ArgumentException($"{multipliers.Length} multipliers but {biases.Length} biases");
        double s = scale, z = zeroPoint, k = backtransformAdd;
        var mult = new float[multipliers.Length];
        var bias = new float[biases.Length];
        for (int c = 0; c < mult.Length; c++)
        {
            double m = multipliers[c], b = biases[c];
            mult[c] = (float)(-1 * m / s);
            bias[c] = (float)((b + k * m) / s + z);
        }
        var (amin, amax) = ActivationRange(activation);
        amin = Math.Max(amin, -1 * backtransformAdd);
        amax = Math.Min(amax, backtransformAdd);
        return new Bconv2dOutputTransform(backtransformAdd - amax, backtransformAdd - amin, mult, bias);
    }

    /// <summary>TFLite's CalculateActivationRange for int32.</summary>
    public static (int Min, int Max) ActivationRange(Bconv2dActivation activation) => activation switch
    {
        Bconv2dActivation.Relu => (0, int.MaxValue),
        Bconv2dActivation.Relu6 => (0, 6),
        Bconv2dActivation.ReluN1To1 => (-1, 1),
        _ => (int.MinValue, int.MaxValue),
    };

    /// <summary>The float output for accumulator <paramref name="accum"/> of channel <paramref name="channel"/>.</summary>
    public float Float(int accum, int channel)
    {
        int x = Math.Max(Math.Min(unchecked(accum << 1), ClampMax), ClampMin);
        float product = (float)x * Multipliers[channel];
        return product + Biases[channel];
    }

    /// <summary>
    /// The int8 output: the same float value, rounded half away from zero (LCE's portable
    /// TfLiteRound; AArch64 assembly rounds ties to even instead), converted to int32 as x86-64
    /// does and saturated to [−128, 127].
    /// </summary>
    public sbyte Int8(int accum, int channel) =>
        LceRounding.SaturateToInt8(LceRounding.TfLiteRoundToInt32(Float(accum, channel)));
}
