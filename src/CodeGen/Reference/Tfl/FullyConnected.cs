namespace Lce.CodeGen.Reference;

/// <summary>
/// Float tfl.fully_connected, following TFLite's reference FullyConnected: weights
/// [outDepth, accumDepth], the input read as [flat / accumDepth, accumDepth]. Float order per
/// output element: an accumulator from 0 adds input * weight in increasing accumulation index
/// (sequential, not a vector dot product whose partial sums would round differently), then
/// bias (0 when absent), then the clamp.
/// </summary>
public static class FullyConnected
{
    /// <summary>
    /// keepNumDims keeps the input's leading dimensions ([..., outDepth]); otherwise the result is
    /// [flat / accumDepth, outDepth].
    /// </summary>
    public static int[] OutputShape(ReadOnlySpan<int> input, ReadOnlySpan<int> weights, bool keepNumDims)
    {
        TflCommon.Require(weights.Length == 2, "fully_connected weights must be rank 2");
        int accum = weights[1];
        int flat = TflCommon.FlatSize(input);
        TflCommon.Require(accum > 0 && flat % accum == 0, $"input of {flat} elements is not a multiple of the weights depth {accum}");
        if (keepNumDims)
        {
            TflCommon.Require(input.Length > 0 && input[^1] == accum, "keep_num_dims needs the input's last dimension equal to the weights depth");
            int[] shape = input.ToArray();
            shape[^1] = weights[0];
            return shape;
        }
        return [flat / accum, weights[0]];
    }

    public static void Run(
        ReadOnlySpan<float> input, ReadOnlySpan<int> inputShape,
        ReadOnlySpan<float> weights, ReadOnlySpan<int> weightsShape,
        ReadOnlySpan<float> bias, Span<float> output, TflActivation activation)
    {
        _ = OutputShape(inputShape, weightsShape, keepNumDims: false);
        int outDepth = weightsShape[0], accum = weightsShape[1];
        int batches = TflCommon.FlatSize(inputShape) / accum;
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(inputShape), "input");
        TflCommon.RequireLength(weights.Length, outDepth * accum, "weights");
        TflCommon.RequireLength(output.Length, batches * outDepth, "output");
        TflCommon.Require(bias.IsEmpty || bias.Length == outDepth, "bias length differs from the output depth");
        var (lo, hi) = TflCommon.Range(activation);
        for (int b = 0; b < batches; b++)
        {
            var row = input.Slice(b * accum, accum);
            for (int oc = 0; oc < outDepth; oc++)
            {
                var w = weights.Slice(oc * accum, accum);
                float total = 0f;
                for (int d = 0; d < accum; d++)
                    total += row[d] * w[d];
                float biasValue = bias.IsEmpty ? 0f : bias[oc];
                output[b * outDepth + oc] = TflCommon.Clamp(total + biasValue, lo, hi);
            }
        }
    }
}
