namespace Lce.CodeGen.Reference;

/// <summary>
/// tfl.reshape and tfl.squeeze change only the shape: the data is copied unchanged, so only
/// the result shapes are computed here.
/// </summary>
public static class ShapeOps
{
    /// <summary>
    /// The reshape target with at most one -1 inferred from the element count (TFLite's
    /// reshape); the element counts must agree.
    /// </summary>
    public static int[] Reshape(ReadOnlySpan<int> input, ReadOnlySpan<int> newShape)
    {
        int flat = TflCommon.FlatSize(input);
        int known = 1, inferred = -1;
        for (int i = 0; i < newShape.Length; i++)
        {
            if (newShape[i] == -1)
            {
                TflCommon.Require(inferred < 0, "reshape allows at most one -1");
                inferred = i;
            }
            else
            {
                TflCommon.Require(newShape[i] >= 0, $"bad reshape dimension {newShape[i]}");
                known *= newShape[i];
            }
        }
        int[] result = newShape.ToArray();
        if (inferred >= 0)
        {
            TflCommon.Require(known != 0 && flat % known == 0, "reshape cannot infer the -1 dimension");
            result[inferred] = flat / known;
        }
        TflCommon.Require(TflCommon.FlatSize(result) == flat, $"reshape from {flat} elements to [{string.Join(',', result)}]");
        return result;
    }

    /// <summary>
    /// Removes the given size-1 dimensions (negative axes count from the end), or every size-1
    /// dimension when none is given (TFLite's squeeze).
    /// </summary>
    public static int[] Squeeze(ReadOnlySpan<int> input, ReadOnlySpan<int> squeezeDims)
    {
        var drop = new bool[input.Length];
        if (squeezeDims.IsEmpty)
        {
            for (int i = 0; i < input.Length; i++)
                drop[i] = input[i] == 1;
        }
        foreach (int a in squeezeDims)
        {
            int axis = TflCommon.Axis(a, input.Length);
            TflCommon.Require(input[axis] == 1, $"squeeze of dimension {axis} of size {input[axis]}");
            drop[axis] = true;
        }
        var result = new List<int>();
        for (int i = 0; i < input.Length; i++)
        {
            if (!drop[i])
                result.Add(input[i]);
        }
        return [.. result];
    }
}
