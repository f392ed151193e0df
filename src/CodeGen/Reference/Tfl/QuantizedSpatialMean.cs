namespace Lce.CodeGen.Reference;

/// <summary>
/// Int8 tfl.mean over height and width of an NHWC tensor with keep_dims, the case TFLite's
/// builtin (optimized) kernel takes out of the general reduction: axes exactly (1, 2) or (2, 1),
/// as written, since TFLite does not normalize negative axes on this path. The raw int8 values
/// are summed (no zero point taken off), scaled by the Q31 multiplier of
/// in_scale / (n · out_scale) computed in float, and shifted by a bias that rounds
/// in_zp · in_scale / out_scale to an integer in float (half away from zero):
/// out = clamp(MultiplyByQuantizedMultiplier(sum, m, s) + out_zp − round(in_zp · in / out)).
/// It rounds differently from the general path in some outputs, so the two must not be mixed.
/// </summary>
public static class QuantizedSpatialMean
{
    /// <summary>Whether TFLite's kernel takes this path for a 4-D int8 input.</summary>
    public static bool Applies(ReadOnlySpan<int> shape, ReadOnlySpan<int> axes, bool keepDims) =>
        keepDims && shape.Length == 4 && axes.Length == 2 && ((axes[0] == 1 && axes[1] == 2) || (axes[0] == 2 && axes[1] == 1));

    public static void Run(ReadOnlySpan<sbyte> input, ReadOnlySpan<int> shape, QuantParams inputQ, Span<sbyte> output, QuantParams outputQ)
    {
        int batches = shape[0], height = shape[1], width = shape[2], depth = shape[3];
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(shape), "input");
        TflCommon.RequireLength(output.Length, batches * depth, "output");
        // Float arithmetic as TFLite's Prepare does it, operation by operation.
        float count = (float)width * height;
        float centre = inputQ.ZeroPoint * inputQ.Scale / outputQ.Scale;
        centre = centre > 0 ? centre + 0.5f : centre - 0.5f;
        int bias = outputQ.ZeroPoint - (int)centre;
        var (multiplier, shift) = FixedPoint.QuantizeMultiplier(inputQ.Scale / (count * outputQ.Scale));
        for (int b = 0; b < batches; b++)
            for (int d = 0; d < depth; d++)
            {
                int sum = 0;
                for (int p = 0; p < height * width; p++)
                    sum += input[(b * height * width + p) * depth + d];
                int value = FixedPoint.MultiplyByQuantizedMultiplier(sum, multiplier, shift) + bias;
                output[b * depth + d] = (sbyte)Math.Clamp(value, sbyte.MinValue, sbyte.MaxValue);
            }
    }
}
