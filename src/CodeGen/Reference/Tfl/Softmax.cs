namespace Lce.CodeGen.Reference;

/// <summary>
/// Float tfl.softmax over the last dimension, following TFLite's reference Softmax: per row,
/// m = the maximum (starting at float.MinValue, NaN skipped as with std::max), then
/// sum = Σ exp((x - m) * beta) in float, added left to right, and each output
/// exp((x - m) * beta) / sum (the exponential recomputed, as the reference does).
/// </summary>
public static class Softmax
{
    public static void Run(ReadOnlySpan<float> input, ReadOnlySpan<int> shape, Span<float> output, float beta)
    {
        TflCommon.Require(shape.Length >= 1, "softmax needs rank >= 1");
        int flat = TflCommon.FlatSize(shape);
        TflCommon.RequireLength(input.Length, flat, "input");
        TflCommon.RequireLength(output.Length, flat, "output");
        int depth = shape[^1];
        if (depth == 0)
            return;
        for (int row = 0; row < flat / depth; row++)
        {
            var x = input.Slice(row * depth, depth);
            var y = output.Slice(row * depth, depth);
            float max = float.MinValue;
            foreach (float v in x)
            {
                if (max < v)
                    max = v;
            }
            float sum = 0f;
            foreach (float v in x)
                sum += MathF.Exp((v - max) * beta);
            for (int c = 0; c < depth; c++)
                y[c] = MathF.Exp((x[c] - max) * beta) / sum;
        }
    }
}
