namespace Lce.CodeGen.Reference;

/// <summary>TFLite's padding schemes for convolutions and pooling.</summary>
public enum TflPadding { Same, Valid }

/// <summary>The fused activations TFLite's float kernels clamp with (conv, pooling, arithmetic, fc).</summary>
public enum TflActivation { None, Relu, ReluN1To1, Relu6 }

/// <summary>A spatial window: output size and the padding before the first input element.</summary>
public readonly record struct PaddedSize(int Output, int PadBefore);

/// <summary>Shared arithmetic of TFLite's float kernels: activation clamping and padding.</summary>
public static class TflCommon
{
    /// <summary>
    /// The clamp range of a fused activation (TFLite's CalculateActivationRange): the float
    /// kernels clamp to it unconditionally, so the open ends are ±float.MaxValue, not infinity.
    /// </summary>
    public static (float Min, float Max) Range(TflActivation activation) => activation switch
    {
        TflActivation.Relu => (0f, float.MaxValue),
        TflActivation.ReluN1To1 => (-1f, 1f),
        TflActivation.Relu6 => (0f, 6f),
        _ => (float.MinValue, float.MaxValue),
    };

    /// <summary>
    /// std::min(std::max(x, lo), hi) with std::max(a, b) = a &lt; b ? b : a: NaN passes through and -0
    /// stays -0 (a vector Max/Min would turn -0 into +0 against 0).
    /// </summary>
    public static float Clamp(float x, float lo, float hi)
    {
        float y = x < lo ? lo : x;
        return hi < y ? hi : y;
    }

    /// <summary>
    /// Clamps every element in place. Like TFLite, even <see cref="TflActivation.None"/> clamps
    /// (to ±float.MaxValue): an infinite sum comes out as ±float.MaxValue.
    /// </summary>
    public static void ApplyActivation(Span<float> values, TflActivation activation)
    {
        var (lo, hi) = Range(activation);
        for (int i = 0; i < values.Length; i++)
            values[i] = Clamp(values[i], lo, hi);
    }

    /// <summary>
    /// Output size and leading padding of one spatial dimension (TFLite's ComputeOutSize and
    /// ComputePaddingWithOffset): SAME gives ceil(in / stride); VALID gives
    /// (in + stride - effectiveFilter) / stride with C's truncating division; the total padding
    /// max(0, (out - 1) * stride + effectiveFilter - in) is split with the odd element after.
    /// A negative VALID size (filter larger than the input) is an error, as TFLite's resize fails.
    /// </summary>
    public static PaddedSize Window(TflPadding padding, int input, int filter, int stride, int dilation)
    {
        WindowGeometry.Validate(input, filter, stride, dilation);
        long output = WindowGeometry.OutputSize(padding == TflPadding.Same, input, filter, stride, dilation);
        if (output < 0)
            throw new ArgumentException($"filter of effective size {WindowGeometry.EffectiveFilter(filter, dilation)} does not fit an input of size {input} with VALID padding");
        return new PaddedSize(checked((int)output), checked((int)WindowGeometry.PadBefore(output, input, filter, stride, dilation)));
    }

    /// <summary>Product of the dimensions (1 for rank 0).</summary>
    public static int FlatSize(ReadOnlySpan<int> shape)
    {
        int size = 1;
        foreach (int d in shape)
        {
            if (d < 0)
                throw new ArgumentException($"negative dimension {d}");
            size = checked(size * d);
        }
        return size;
    }

    /// <summary>Row-major strides of a shape.</summary>
    public static int[] Strides(ReadOnlySpan<int> shape)
    {
        var strides = new int[shape.Length];
        int s = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            strides[i] = s;
            s *= shape[i];
        }
        return strides;
    }

    /// <summary>Resolves a possibly negative axis against a rank.</summary>
    public static int Axis(int axis, int rank)
    {
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank)
            throw new ArgumentException($"axis {axis} out of range for rank {rank}");
        return a;
    }

    internal static void Require(bool condition, string message)
    {
        if (!condition)
            throw new ArgumentException(message);
    }

    internal static void RequireLength(int actual, int expected, string what) =>
        Require(actual == expected, $"{what} has {actual} elements, expected {expected}");
}
