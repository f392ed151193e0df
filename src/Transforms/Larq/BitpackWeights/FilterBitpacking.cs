using Lce.Dialects.Lq;
using Lce.IR;

namespace Lce.Transforms.Larq.BitpackWeights;

/// <summary>
/// The arithmetic of LCE's weight bitpacking (`IsConv2DFilter` and `Bitpack` in
/// bitpack_weights.cc / bitpack.cc): which constants are binary-convolution filters and their
/// packed form.
/// </summary>
public static class FilterBitpacking
{
    /// <summary>A dense f32 constant of rank 4 (OHWI), the only filters LCE packs.</summary>
    public static bool IsConv2DFilter(IRAttribute value) =>
        value is DenseElementsAttr d && d.IsF32() && d.ShapedType is RankedTensorType { Rank: 4 };

    /// <summary>
    /// The filter packed along its last axis: shape [O,H,W,⌈I/32⌉], i32 words with bit j%32 of
    /// word j/32 set when element j of the row is negative (−0.0 and NaN are not).
    /// </summary>
    public static DenseElementsAttr Bitpack(IRContext ctx, DenseElementsAttr filter)
    {
        if (!IsConv2DFilter(filter)) throw new ArgumentException($"not an f32 rank-4 filter: {filter.Type}", nameof(filter));
        var shape = filter.ShapedType.Shape;
        int channels = checked((int)shape[3]);
        var type = RankedTensorType.Get(ctx, [shape[0], shape[1], shape[2], Bitpacking.PackedSize(channels)], IntegerType.Get(ctx, 32));
        // Rows of zero channels pack into zero words (Bitpacking rejects a zero row length).
        int[] words = channels == 0 ? [] : Bitpacking.PackF32(filter.ToF32Array(), channels);
        return DenseElementsValues.FromI32(ctx, type, words);
    }
}
