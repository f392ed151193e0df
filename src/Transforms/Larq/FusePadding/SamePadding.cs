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
    /// <summary>The paddings as [dimension, before/after], else null; see <see cref="PaddingTable.Read"/>.</summary>
    public static long[,]? Read(IRAttribute paddings) => PaddingTable.Read(paddings);

    /// <summary>NoBatchAndChannelPadding: valid [4,2] paddings with zero padding in dimensions 0 (N) and 3 (C).</summary>
    public static bool NoBatchAndChannelPadding(IRAttribute paddings) =>
        Read(paddings) is { } p && PaddingTable.IsNoPadding(p, 0) && PaddingTable.IsNoPadding(p, 3);

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
        return outSize == (inSize + strideValue - 1) / strideValue && PaddingTable.SplitsAsSame(p, dimension);
    }

    /// <summary>ConstFloatValueIs&lt;"0.0"&gt;: a single-element f32 DenseElementsAttr equal to 0.0 (or −0.0).</summary>
    public static bool IsSingleFloatZero(IRAttribute value) =>
        value is DenseElementsAttr d && d.IsF32() && d.NumElements == 1 && d.F32At(0) == 0f;
}
