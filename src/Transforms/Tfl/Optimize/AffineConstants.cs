namespace Lce.Transforms.Tfl.Optimize;

/// <summary>
/// The constant arithmetic of folding a per-channel add/sub/mul/div into a convolution's or a
/// fully connected layer's weights and bias (TF's CanFuseConvOrDepthwiseConv, ExpandTo4DForConv
/// and the bias folds). A value fuses when it is one number or varies only along the output
/// channels: its shape is all ones but for an optional last dimension equal to the channel count.
/// </summary>
public static class AffineConstants
{
    /// <summary>The value broadcast to one entry per channel, or null when it does not fuse.</summary>
    public static float[]? PerChannel(IReadOnlyList<long> valueShape, float[] values, long channels)
    {
        if (valueShape.Count > 4) return null;
        for (int i = 0; i < valueShape.Count - 1; i++) if (valueShape[i] != 1) return null;
        long last = valueShape.Count == 0 ? 1 : valueShape[^1];
        if (last != 1 && last != channels) return null;
        var result = new float[channels];
        for (int c = 0; c < channels; c++) result[c] = values[last == 1 ? 0 : c];
        return result;
    }

    /// <summary>The bias after the binary op: bias ∘ value per channel (a missing bias is zeros).</summary>
    public static float[] Bias(float[]? bias, float[] perChannel, string op)
    {
        var result = new float[perChannel.Length];
        for (int c = 0; c < result.Length; c++)
        {
            float b = bias is null ? 0f : bias.Length == 1 ? bias[0] : bias[c];
            result[c] = Apply(op, b, perChannel[c]);
        }
        return result;
    }

    /// <summary>
    /// The filter scaled per output channel: conv_2d and fully_connected hold output channels in
    /// the first dimension (OHWI, [units, depth]); depthwise_conv_2d in the last ([1, H, W, C]).
    /// </summary>
    public static float[] Filter(float[] filter, IReadOnlyList<long> shape, float[] perChannel, string op, bool channelsLast)
    {
        var result = new float[filter.Length];
        long channels = perChannel.Length;
        long inner = channelsLast ? 1 : filter.Length / channels;
        for (long i = 0; i < filter.Length; i++)
        {
            long c = channelsLast ? i % channels : i / inner;
            result[i] = Apply(op, filter[i], perChannel[c]);
        }
        return result;
    }

    private static float Apply(string op, float a, float b) => op switch
    {
        "tfl.add" => a + b,
        "tfl.sub" => a - b,
        "tfl.mul" => a * b,
        "tfl.div" => a / b,
        _ => throw new ArgumentException($"not a fusable binary op: {op}"),
    };
}
