using Lce.IR;

namespace Lce.Transforms.Larq.FusePadding;

/// <summary>
/// LCE's padding predicates (padding.h, fuse_padding.cc) on a `[4,2]` NHWC paddings constant.
/// Padding amounts are read at any integer width (LCE reads them as 32-bit ints, which
/// misreads i64 paddings; spec open question 16). Like LCE, the SAME test checks the output
/// size and the before/after split but not the filter size (open question 4).
/// </summary>
public static class SamePadding
{
    /// <summary>The paddings as [dimension, before/after] if the attribute is an integer DenseElementsAttr of shape [4,2].</summary>
    public static long[,]? Read(IRAttribute paddings)
    {
        if (paddings is not DenseElementsAttr d || d.ShapedType is not RankedTensorType { Rank: 2 } t || t.Shape[0] != 4 || t.Shape[1] != 2)
            return null;
        if (t.ElementType is not IntegerType) return null;
        var result = new long[4, 2];
        for (int i = 0; i < 8; i++)
        {
            var v = d.IntegerAt(i);
            if (v < long.MinValue || v > long.MaxValue) return null;
            result[i / 2, i % 2] = (long)v;
        }
        return result;
    }

    /// <summary>NoBatchAndChannelPadding: valid [4,2] paddings with zero padding in dimensions 0 (N) and 3 (C).</summary>
    public static bool NoBatchAndChannelPadding(IRAttribute paddings) =>
        Read(paddings) is { } p && p[0, 0] == 0 && p[0, 1] == 0 && p[3, 0] == 0 && p[3, 1] == 0;

    /// <summary>
    /// IsSamePaddingPartial: along <paramref name="dimension"/> (1 = H, 2 = W) of ranked 4-D
    /// input and output, `out == ⌈in/stride⌉`, `before == total/2` and `after == (total+1)/2`.
    /// Dynamic sizes and non-positive strides do not match (LCE compares truncated dynamic
    /// markers and divides by the stride).
    /// </summary>
    public static bool IsSamePadding1D(IRAttribute paddings, IRType input, IRType output, IRAttribute stride, int dimension)
    {
        if (Read(paddings) is not { } p) return false;
        if (input is not RankedTensorType { Rank: 4 } i || output is not RankedTensorType { Rank: 4 } o) return false;
        if (stride is not IntegerAttr { Type: IntegerType } s || s.Value <= 0 || s.Value > int.MaxValue) return false;
        long inSize = i.Shape[dimension], outSize = o.Shape[dimension];
        if (inSize == ShapedType.Dynamic || outSize == ShapedType.Dynamic) return false;
        long strideValue = (long)s.Value;
        long before = p[dimension, 0], after = p[dimension, 1];
        long total = before + after;
        return outSize == (inSize + strideValue - 1) / strideValue && before == total / 2 && after == (total + 1) / 2;
    }

    /// <summary>ConstFloatValueIs&lt;"0.0"&gt;: a single-element f32 DenseElementsAttr equal to 0.0 (or −0.0).</summary>
    public static bool IsSingleFloatZero(IRAttribute value) =>
        value is DenseElementsAttr d && d.IsF32() && d.NumElements == 1 && d.F32At(0) == 0f;
}
