using Lce.IR;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>
/// The output transform that turns a binary convolution of ±1 activations into the convolution
/// of {0, 1} activations. With a ∈ {0, 1} and s = 1 − 2a ∈ {+1, −1} (a = 0 is the +1 bit),
/// a binary filter F[h,w,i,o] = |scale_o| · B[h,w,i,o] with B = ±1 gives
/// <code>conv(a, F)_o = ½·|scale_o|·Σ B_o − ½·|scale_o|·conv(s, B)_o</code>
/// where Σ B_o sums channel o's signs over the filter window and the group's input channels
/// (the filter's HWI extent). lq.Bconv2d computes `mult · conv(s, B) + bias`, so the
/// multiplier is −½·|scale_o| and the bias ½·|scale_o|·Σ B_o, both times a weight k (½ for
/// each half of the half-sign form). The filter is written as its signs B (F &lt; 0 is −1, anything
/// else +1, as the bitpacking reads F / |scale|), so the fold describes the convolution the
/// Bconv2d performs, as the bipolar rewrite's multiplier |scale| does for a filter within
/// IsBinaryFilter's 0.5 % of ±|scale|. Padding
/// with a = 0 is padding with s = +1, i.e. `pad_values = 1`, which the formula covers because
/// out-of-image taps contribute ½B − ½B = 0.
/// </summary>
public static class UnipolarFilter
{
    /// <summary>The multiplier −k·½·|scale_o| per output channel (an f32 vector of length O).</summary>
    public static DenseElementsAttr Multiplier(IRContext ctx, DenseElementsAttr filter, double k)
    {
        var scales = BinaryFilter.ScaleVector(ctx, filter).ToF32Array();
        return Vector(ctx, filter, scales.Select(s => (float)(-k * 0.5 * s)).ToArray());
    }

    /// <summary>The bias k·½·|scale_o|·Σ B_o per output channel (computed in double, stored as f32).</summary>
    public static DenseElementsAttr Bias(IRContext ctx, DenseElementsAttr filter, double k)
    {
        var scales = BinaryFilter.ScaleVector(ctx, filter).ToF32Array();
        var sums = SignSums(filter);
        return Vector(ctx, filter, scales.Select((s, o) => (float)(k * 0.5 * s * sums[o])).ToArray());
    }

    /// <summary>Σ B_o over h, w, i for each output channel o of an HWIO filter (B = −1 where F &lt; 0, else +1).</summary>
    public static long[] SignSums(DenseElementsAttr filter)
    {
        var type = (RankedTensorType)filter.ShapedType;
        int channels = checked((int)type.Shape[3]);
        var values = filter.ToF32Array();
        var sums = new long[channels];
        for (long i = 0; i < values.Length; i++)
            sums[i % channels] += values[i] < 0 ? -1 : 1;
        return sums;
    }

    /// <summary>
    /// The signs B of an HWIO filter as the OHWI ±1 filter lq.Bconv2d takes, written out (the
    /// bipolar rewrite leaves tf.Div and tf.Transpose for canonicalization to fold; the bitpacking
    /// reads the same signs from either).
    /// </summary>
    public static DenseElementsAttr OhwiSigns(IRContext ctx, DenseElementsAttr filter)
    {
        var type = (RankedTensorType)filter.ShapedType;
        int h = checked((int)type.Shape[0]), w = checked((int)type.Shape[1]), i = checked((int)type.Shape[2]), o = checked((int)type.Shape[3]);
        var values = filter.ToF32Array();
        var signs = new float[values.Length];
        for (int src = 0; src < values.Length; src++)
        {
            int oc = src % o, rest = src / o, ic = rest % i, x = rest / i % w, y = rest / i / w;
            signs[((oc * h + y) * w + x) * i + ic] = values[src] < 0 ? -1f : 1f;
        }
        return DenseElementsValues.FromF32(ctx, RankedTensorType.Get(ctx, [o, h, w, i], type.ElementType), signs);
    }

    private static DenseElementsAttr Vector(IRContext ctx, DenseElementsAttr filter, float[] values)
    {
        var type = (RankedTensorType)filter.ShapedType;
        return DenseElementsValues.FromF32(ctx, RankedTensorType.Get(ctx, [type.Shape[3]], type.ElementType), values);
    }
}
