namespace Lce.CodeGen.Reference;

/// <summary>
/// Int8 tfl.softmax over the last dimension as TFLite's interpreter computes it by default (the
/// optimized kernel's float exp table; TFLite's Prepare requires output scale 1/256 and zero
/// point -128): table[255 - d] = expf(-input scale · beta · d) for d = 0..255; per row, with m
/// the row's maximum, e_j = table[255 - m + x_j], sum = Σ e_j in float from 0 in order,
/// p_j = e_j · (1 / (sum · output scale)), output = round(p_j) (half away from zero) + zp,
/// saturated.
/// </summary>
public static class QuantizedSoftmax
{
    public static float[] ExpTable(float inputScale, float beta)
    {
        float scale = -inputScale * beta;
        var table = new float[256];
        for (int d = 0; d <= 255; d++)
            table[255 - d] = MathF.Exp(scale * d);
        return table;
    }

    public static void Run(ReadOnlySpan<sbyte> input, ReadOnlySpan<int> shape, Span<sbyte> output, ReadOnlySpan<float> expTable, QuantParams outputQ)
    {
        TflCommon.Require(shape.Length >= 1, "softmax needs rank >= 1");
        TflCommon.Require(expTable.Length == 256, "the exp table has 256 entries");
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(shape), "input");
        TflCommon.RequireLength(output.Length, input.Length, "output");
        int depth = shape[^1];
        for (int start = 0; start + depth <= input.Length && depth > 0; start += depth)
        {
            var row = input.Slice(start, depth);
            int max = sbyte.MinValue;
            foreach (sbyte v in row)
                max = Math.Max(max, v);
            int offset = 255 - max;
            float sum = 0f;
            foreach (sbyte v in row)
                sum += expTable[offset + v];
            float inverse = 1f / (sum * outputQ.Scale);
            for (int j = 0; j < depth; j++)
            {
                float p = expTable[offset + row[j]] * inverse;
                output[start + j] = LceRounding.SaturateToInt8(LceRounding.TfLiteRoundToInt32(p) + outputQ.ZeroPoint);
            }
        }
    }
}
