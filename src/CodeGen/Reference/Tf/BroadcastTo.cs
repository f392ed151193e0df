namespace Lce.CodeGen.Reference;

/// <summary>tf.BroadcastTo: copies the input into a larger shape by NumPy broadcasting (any element type).</summary>
public static class BroadcastTo
{
    /// <summary>Checks that <paramref name="input"/> broadcasts to exactly <paramref name="target"/>.</summary>
    public static void CheckShapes(int[] input, int[] target)
    {
        TflCommon.Require(input.Length <= target.Length, $"cannot broadcast rank {input.Length} to rank {target.Length}");
        int[] result = Broadcast.Shape(input, target);
        TflCommon.Require(result.AsSpan().SequenceEqual(target),
            $"[{string.Join(',', input)}] does not broadcast to [{string.Join(',', target)}]");
    }

    public static void Run<T>(ReadOnlySpan<T> input, int[] inputShape, Span<T> output, int[] target)
    {
        CheckShapes(inputShape, target);
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(inputShape), "input");
        TflCommon.RequireLength(output.Length, TflCommon.FlatSize(target), "output");
        int[] strides = Broadcast.Strides(inputShape, target);
        int n = target.Length == 0 ? 1 : target[^1];
        int step = target.Length == 0 ? 0 : strides[^1];
        foreach (var (start, offsets) in Broadcast.Rows(target, strides))
        {
            int o = offsets[0];
            for (int i = 0; i < n; i++, o += step)
                output[start + i] = input[o];
        }
    }
}
