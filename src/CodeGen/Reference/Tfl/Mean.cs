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
        var mask = ReducedMask(shape, axes);
        int rank = shape.Length;
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(shape), "input");
        // Output strides over the input's index space, 0 on reduced dimensions.
        var kept = new int[rank];
        int outSize = 1, count = 1;
        for (int i = 0; i < rank; i++)
        {
            if (mask[i])
                count *= shape[i];
            else
                outSize *= shape[i];
        }
        TflCommon.RequireLength(output.Length, outSize, "output");
        for (int i = rank - 1, s = 1; i >= 0; i--)
        {
            kept[i] = mask[i] ? 0 : s;
            if (!mask[i])
                s *= shape[i];
        }
        output.Clear();
        var index = new int[rank];
        int o = 0;
        for (int k = 0; k < input.Length; k++)
        {
            output[o] += input[k];
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
        float divisor = count;
        for (int i = 0; i < output.Length; i++)
            output[i] /= divisor;
    }
}
