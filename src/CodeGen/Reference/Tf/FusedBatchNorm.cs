namespace Lce.CodeGen.Reference;

/// <summary>
/// tf.FusedBatchNormV3 in inference mode (is_training = false), NHWC: with the channel's
/// factor f = rsqrt(variance + epsilon) * scale computed once per channel, every element is
/// y = (x - mean) * f + offset, each step one float operation in that order (TensorFlow's CPU
/// kernel). rsqrt is 1 / sqrt in float here; Eigen may evaluate it with a vector approximation
/// refined by a Newton step, which can differ in the last bit.
/// </summary>
public static class FusedBatchNorm
{
    public static void Inference(ReadOnlySpan<float> x, ReadOnlySpan<int> shape, ReadOnlySpan<float> scale,
        ReadOnlySpan<float> offset, ReadOnlySpan<float> mean, ReadOnlySpan<float> variance, float epsilon, Span<float> y)
    {
        TflCommon.Require(shape.Length >= 1, "batch norm needs at least rank 1");
        int depth = shape[^1];
        int size = TflCommon.FlatSize(shape);
        TflCommon.RequireLength(x.Length, size, "x");
        TflCommon.RequireLength(y.Length, size, "y");
        TflCommon.RequireLength(scale.Length, depth, "scale");
        TflCommon.RequireLength(offset.Length, depth, "offset");
        TflCommon.RequireLength(mean.Length, depth, "mean");
        TflCommon.RequireLength(variance.Length, depth, "variance");
        var factor = new float[depth];
        for (int c = 0; c < depth; c++)
            factor[c] = 1f / MathF.Sqrt(variance[c] + epsilon) * scale[c];
        for (int i = 0; i < size; i++)
        {
            int c = i % depth;
            y[i] = (x[i] - mean[c]) * factor[c] + offset[c];
        }
    }
}
