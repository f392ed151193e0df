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
        int[] sums = Sums(input, shape, mask, output.Length, out long n);
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

    /// <summary>int32 sums of the raw values per output (row-major over the kept dimensions), and the reduced count.</summary>
    private static int[] Sums(ReadOnlySpan<sbyte> input, ReadOnlySpan<int> shape, bool[] mask, int outputLength, out long count)
    {
        int rank = shape.Length, outSize = 1;
        count = 1;
        var kept = new int[rank];
        for (int i = rank - 1; i >= 0; i--)
        {
            kept[i] = mask[i] ? 0 : outSize;
            if (mask[i])
                count *= shape[i];
            else
                outSize *= shape[i];
        }
        TflCommon.RequireLength(outputLength, outSize, "output");
        var sums = new int[outSize];
        var index = new int[rank];
        int o = 0;
        for (int k = 0; k < input.Length; k++)
        {
            sums[o] += input[k];
            for (int d = rank - 1; d >= 0; d--)
            {
                index[d]++;
                o += kept[d];
                if (index[d] < shape[d])
                    break;
                o -= kept[d] * shape[d];
                index[d] = 0;
            }
        }
        return sums;
    }
}
