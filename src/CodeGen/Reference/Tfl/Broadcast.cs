namespace Lce.CodeGen.Reference;

/// <summary>
/// NumPy broadcasting as TFLite's *Slow broadcast kernels use it (NdArrayDesc): shapes align at
/// the right, each dimension pair is equal or one side is 1; ranks up to <see cref="MaxRank"/>.
/// </summary>
public static class Broadcast
{
    public const int MaxRank = 6;

    /// <summary>The broadcast result shape of any number of operand shapes.</summary>
    public static int[] Shape(params ReadOnlySpan<int[]> shapes)
    {
        int rank = 0;
        foreach (var s in shapes)
            rank = Math.Max(rank, s.Length);
        TflCommon.Require(rank <= MaxRank, $"broadcasting supports rank up to {MaxRank}, got {rank}");
        var result = new int[rank];
        for (int i = 0; i < rank; i++)
        {
            int dim = 1;
            foreach (var s in shapes)
            {
                int k = i - (rank - s.Length);
                if (k < 0 || s[k] == 1)
                    continue;
                TflCommon.Require(dim == 1 || dim == s[k], $"shapes [{string.Join(',', shapes[0])}] and others do not broadcast at dimension {i}");
                dim = s[k];
            }
            // A dimension of 0 against 1 broadcasts to 0.
            foreach (var s in shapes)
            {
                int k = i - (rank - s.Length);
                if (k >= 0 && s[k] == 0)
                    dim = 0;
            }
            result[i] = dim;
        }
        return result;
    }

    /// <summary>Strides of an operand against the result shape: 0 on broadcast (and missing) dimensions.</summary>
    public static int[] Strides(ReadOnlySpan<int> operand, ReadOnlySpan<int> result)
    {
        var own = TflCommon.Strides(operand);
        var strides = new int[result.Length];
        for (int i = 0; i < result.Length; i++)
        {
            int k = i - (result.Length - operand.Length);
            strides[i] = k < 0 || operand[k] == 1 ? 0 : own[k];
        }
        return strides;
    }

    /// <summary>
    /// Enumerates the innermost rows of the result (outer dims in row-major
    /// order) with each operand's offset to the row start; a rank-0 result is one row of length 1.
    /// The offsets array is reused between rows: read it before advancing.
    /// </summary>
    internal static IEnumerable<(int Start, int[] Offsets)> Rows(int[] result, params int[][] strides)
    {
        int rank = result.Length;
        if (TflCommon.FlatSize(result) == 0)
            yield break;
        int outerDims = Math.Max(0, rank - 1);
        var index = new int[outerDims];
        var offsets = new int[strides.Length];
        int rowStart = 0, rowLength = rank == 0 ? 1 : result[^1];
        while (true)
        {
            yield return (rowStart, offsets);
            rowStart += rowLength;
            int d = outerDims - 1;
            for (; d >= 0; d--)
            {
                index[d]++;
                for (int o = 0; o < strides.Length; o++)
                    offsets[o] += strides[o][d];
                if (index[d] < result[d])
                    break;
                for (int o = 0; o < strides.Length; o++)
                    offsets[o] -= strides[o][d] * result[d];
                index[d] = 0;
            }
            if (d < 0)
                yield break;
        }
    }
}
