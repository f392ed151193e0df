namespace Lce.CodeGen.Reference;

/// <summary>
/// Int8 tfl.fully_connected with int32 bias, following TFLite's reference integer
/// FullyConnected (per-tensor weights: acc = Σ (w - weights zero point)(x - input zero point))
/// and FullyConnectedPerChannel (per-channel weights are symmetric: pass zero point 0); then
/// bias[oc] and the output stage of channel oc. Weights are [out, accum]; every input row of
/// accum elements gives one output row.
/// </summary>
public static class QuantizedFullyConnected
{
    public static void Run(
        ReadOnlySpan<sbyte> input, ReadOnlySpan<int> inputShape, int inputZeroPoint,
        ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> weightsShape, int weightsZeroPoint,
        ReadOnlySpan<int> bias, Span<sbyte> output, Int8OutputStage stage)
    {
        _ = FullyConnected.OutputShape(inputShape, weightsShape, keepNumDims: false);
        int outDepth = weightsShape[0], accum = weightsShape[1];
        int batches = TflCommon.FlatSize(inputShape) / accum;
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(inputShape), "input");
        TflCommon.RequireLength(weights.Length, outDepth * accum, "weights");
        TflCommon.RequireLength(output.Length, batches * outDepth, "output");
        TflCommon.Require(bias.IsEmpty || bias.Length == outDepth, "bias length differs from the output depth");
        TflCommon.Require(stage.Multipliers.Length == outDepth, "output stage does not match the output depth");
        for (int b = 0; b < batches; b++)
        for (int oc = 0; oc < outDepth; oc++)
        {
            int acc = 0;
            for (int d = 0; d < accum; d++)
                acc += (weights[oc * accum + d] - weightsZeroPoint) * (input[b * accum + d] - inputZeroPoint);
            if (!bias.IsEmpty)
                acc += bias[oc];
            output[b * outDepth + oc] = stage.Apply(acc, oc);
        }
    }
}
