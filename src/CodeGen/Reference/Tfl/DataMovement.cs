namespace Lce.CodeGen.Reference;

/// <summary>tfl.transpose, tfl.pad / padv2 and tfl.concatenation: element moves without arithmetic.</summary>
public static class DataMovement
{
    /// <summary>output dimension i is input dimension perm[i]; perm must be a permutation.</summary>
    public static int[] TransposeShape(ReadOnlySpan<int> input, ReadOnlySpan<int> perm)
    {
        TflCommon.Require(perm.Length == input.Length, "transpose permutation length differs from the rank");
        var seen = new bool[perm.Length];
        var result = new int[perm.Length];
        for (int i = 0; i < perm.Length; i++)
        {
            int p = TflCommon.Axis(perm[i], input.Length);
            TflCommon.Require(!seen[p], "transpose permutation repeats an axis");
            seen[p] = true;
            result[i] = input[p];
        }
        return result;
    }

    public static void Transpose<T>(ReadOnlySpan<T> input, ReadOnlySpan<int> shape, ReadOnlySpan<int> perm, Span<T> output)
    {
        int[] outShape = TransposeShape(shape, perm);
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(shape), "input");
        TflCommon.RequireLength(output.Length, input.Length, "output");
        int rank = shape.Length;
        int[] inStrides = TflCommon.Strides(shape);
        var step = new int[rank];
        for (int i = 0; i < rank; i++)
            step[i] = inStrides[TflCommon.Axis(perm[i], rank)];
        var index = new int[rank];
        int src = 0;
        for (int o = 0; o < output.Length; o++)
        {
            output[o] = input[src];
            for (int d = rank - 1; d >= 0; d--)
            {
                index[d]++;
                src += step[d];
                if (index[d] < outShape[d])
                    break;
                src -= step[d] * outShape[d];
                index[d] = 0;
            }
        }
    }

    /// <summary>paddings holds (before, after) per dimension, both non-negative.</summary>
    public static int[] PadShape(ReadOnlySpan<int> input, ReadOnlySpan<(int Before, int After)> paddings)
    {
        TflCommon.Require(paddings.Length == input.Length, "pad needs one (before, after) pair per dimension");
        var result = new int[input.Length];
        for (int i = 0; i < input.Length; i++)
        {
            TflCommon.Require(paddings[i].Before >= 0 && paddings[i].After >= 0, "negative padding");
            result[i] = input[i] + paddings[i].Before + paddings[i].After;
        }
        return result;
    }

    /// <summary>tfl.pad (value 0) and tfl.padv2 (the given constant).</summary>
    public static void Pad<T>(
        ReadOnlySpan<T> input, ReadOnlySpan<int> shape, ReadOnlySpan<(int Before, int After)> paddings, T value, Span<T> output)
    {
        int[] outShape = PadShape(shape, paddings);
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(shape), "input");
        TflCommon.RequireLength(output.Length, TflCommon.FlatSize(outShape), "output");
        output.Fill(value);
        if (input.IsEmpty)
            return;
        int rank = shape.Length;
        int[] outStrides = TflCommon.Strides(outShape);
        int dst = 0;
        for (int i = 0; i < rank; i++)
            dst += paddings[i].Before * outStrides[i];
        var index = new int[rank];
        for (int k = 0; k < input.Length; k++)
        {
            output[dst] = input[k];
            for (int d = rank - 1; d >= 0; d--)
            {
                index[d]++;
                dst += outStrides[d];
                if (index[d] < shape[d])
                    break;
                dst -= outStrides[d] * shape[d];
                index[d] = 0;
            }
        }
    }

    /// <summary>The inputs agree on every dimension but <paramref name="axis"/>, which adds up.</summary>
    public static int[] ConcatenationShape(IReadOnlyList<int[]> shapes, int axis)
    {
        TflCommon.Require(shapes.Count > 0, "concatenation needs an input");
        int rank = shapes[0].Length;
        int a = TflCommon.Axis(axis, rank);
        int[] result = (int[])shapes[0].Clone();
        result[a] = 0;
        foreach (var s in shapes)
        {
            TflCommon.Require(s.Length == rank, "concatenation inputs differ in rank");
            for (int i = 0; i < rank; i++)
                TflCommon.Require(i == a || s[i] == result[i], $"concatenation inputs differ at dimension {i}");
            result[a] += s[a];
        }
        return result;
    }

    /// <summary>
    /// tfl.concatenation: for every outer index (dimensions before the axis), each input's
    /// contiguous block in input order. TFLite's Prepare rejects any fused activation other
    /// than NONE, so there is none here: the executor should report the others as unsupported.
    /// </summary>
    public static void Concatenation<T>(IReadOnlyList<ReadOnlyMemory<T>> inputs, IReadOnlyList<int[]> shapes, int axis, Span<T> output)
    {
        int[] outShape = ConcatenationShape(shapes, axis);
        TflCommon.Require(inputs.Count == shapes.Count, "one shape per concatenation input");
        TflCommon.RequireLength(output.Length, TflCommon.FlatSize(outShape), "output");
        int a = TflCommon.Axis(axis, outShape.Length);
        int outer = TflCommon.FlatSize(outShape.AsSpan(0, a));
        int inner = TflCommon.FlatSize(outShape.AsSpan(a + 1));
        int dst = 0;
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inputs.Count; i++)
            {
                TflCommon.RequireLength(inputs[i].Length, TflCommon.FlatSize(shapes[i]), $"input {i}");
                int block = shapes[i][a] * inner;
                inputs[i].Span.Slice(o * block, block).CopyTo(output.Slice(dst, block));
                dst += block;
            }
        }
    }
}
