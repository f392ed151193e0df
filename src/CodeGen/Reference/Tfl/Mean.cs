using System.Numerics;

namespace Lce.CodeGen.Reference;

/// <summary>
/// Float tfl.mean over axes, following TFLite's reference Mean (ReduceSumImpl then divide):
/// output sums start at 0 and receive the input elements in row-major input order, then each is
/// divided by the number of reduced elements. Negative axes count from the end; repeated axes
/// count once; no axes copies the input (divided by 1).
/// </summary>
public static class Mean
{
    /// <summary>The resolved, de-duplicated axes as a per-dimension mask.</summary>
    public static bool[] ReducedMask(ReadOnlySpan<int> shape, ReadOnlySpan<int> axes)
    {
        var mask = new bool[shape.Length];
        foreach (int a in axes)
            mask[TflCommon.Axis(a, shape.Length)] = true;
        return mask;
    }

    /// <summary>keepDims keeps reduced dimensions as 1; otherwise they are removed.</summary>
    public static int[] OutputShape(ReadOnlySpan<int> shape, ReadOnlySpan<int> axes, bool keepDims)
    {
        var mask = ReducedMask(shape, axes);
        var result = new List<int>();
        for (int i = 0; i < shape.Length; i++)
        {
            if (!mask[i])
                result.Add(shape[i]);
            else if (keepDims)
                result.Add(1);
        }
        return [.. result];
    }

    public static void Run(ReadOnlySpan<float> input, ReadOnlySpan<int> shape, ReadOnlySpan<int> axes, Span<float> output)
    {
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(shape), "input");
        float divisor = ReduceSum(input, shape, ReducedMask(shape, axes), output);
        for (int i = 0; i < output.Length; i++)
            output[i] /= divisor;
    }

    /// <summary>
    /// TFLite's ReduceSumImpl: <paramref name="sums"/> (row-major over the kept dimensions) start at
    /// 0 and receive the input elements in row-major input order; returns the number of elements
    /// reduced into each. Shared by the float and int8 means, so both add in the same order.
    /// </summary>
    internal static long ReduceSum<TIn, TSum>(ReadOnlySpan<TIn> input, ReadOnlySpan<int> shape, bool[] mask, Span<TSum> sums)
        where TIn : INumberBase<TIn> where TSum : INumberBase<TSum>
    {
        int rank = shape.Length, outSize = 1;
        long count = 1;
        // Output strides over the input's index space, 0 on reduced dimensions.
        var kept = new int[rank];
        for (int i = rank - 1; i >= 0; i--)
        {
            kept[i] = mask[i] ? 0 : outSize;
            if (mask[i])
                count *= shape[i];
            else
                outSize *= shape[i];
        }
        TflCommon.RequireLength(sums.Length, outSize, "output");
        sums.Clear();
        var index = new int[rank];
        int o = 0;
        for (int k = 0; k < input.Length; k++)
        {
            sums[o] += TSum.CreateTruncating(input[k]);
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
        return count;
    }
}
