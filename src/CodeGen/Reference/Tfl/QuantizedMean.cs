using System.Numerics;

namespace Lce.CodeGen.Reference;

/// <summary>
/// Int8 tfl.mean, following TFLite's reference QuantizedMeanOrSum (the path every int8 mean takes
/// in the current reference kernel, whatever the scales): raw int8 values are summed in int32 per
/// output; the Q31 multiplier of (double)input scale / (double)output scale absorbs 1/n (n = the
/// reduced element count) as multiplier' = (multiplier · 2^k) / n with k = floor(log2 n) capped at
/// 32 and at 31 + shift, shift' = shift - k; each output is
/// MultiplyByQuantizedMultiplier(sum - input zp · n, multiplier', shift') + output zp, saturated.
/// No axes copies the input unchanged (no rescaling), as TFLite's ReduceIsCopy. A 4-D mean over
/// height and width with keep_dims takes TFLite's separate path instead (<see cref="QuantizedSpatialMean"/>).
/// </summary>
public static class QuantizedMean
{
    public static void Run(ReadOnlySpan<sbyte> input, ReadOnlySpan<int> shape, ReadOnlySpan<int> axes, QuantParams inputQ, Span<sbyte> output, QuantParams outputQ, bool keepDims = false)
    {
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(shape), "input");
        if (input.Length > 0 && QuantizedSpatialMean.Applies(shape, axes, keepDims))
        {
            QuantizedSpatialMean.Run(input, shape, inputQ, output, outputQ);
            return;
        }
        if (axes.IsEmpty)
        {
            TflCommon.RequireLength(output.Length, input.Length, "output");
            input.CopyTo(output);
            return;
        }
        var mask = Mean.ReducedMask(shape, axes);
        var sums = new int[output.Length];
        long n = Mean.ReduceSum(input, shape, mask, sums.AsSpan());
        if (n == 0)
        {
            output.Clear();
            return;
        }
        var (multiplier, shift) = FixedPoint.QuantizeMultiplier((double)inputQ.Scale / outputQ.Scale);
        int k = Math.Min(Math.Min(BitOperations.Log2((ulong)n), 32), 31 + shift);
        multiplier = (int)(((long)multiplier << k) / n);
        shift -= k;
        for (int i = 0; i < output.Length; i++)
        {
            int centred = unchecked((int)(sums[i] - inputQ.ZeroPoint * n));
            output[i] = LceRounding.SaturateToInt8(FixedPoint.MultiplyByQuantizedMultiplier(centred, multiplier, shift) + outputQ.ZeroPoint);
        }
    }
}
