namespace Lce.Dialects.Lq;

using Lce.IR;

/// <summary>The shape rules of bitpacked tensors: the innermost dimension C becomes ⌈C/32⌉ words.</summary>
public static class LqShapes
{
    /// <summary>
    /// Whether <paramref name="packed"/> is <paramref name="unpacked"/> bitpacked: same rank ≥ 1,
    /// equal leading dimensions and ⌈C/32⌉ innermost words, where both sides are static.
    /// Unranked or dynamic dimensions are compatible.
    /// </summary>
    public static bool IsPackedOf(ShapedType unpacked, ShapedType packed)
    {
        if (!unpacked.HasRank || !packed.HasRank) return true;
        if (unpacked.Rank != packed.Rank || unpacked.Rank == 0) return false;
        for (int i = 0; i < unpacked.Rank - 1; i++)
            if (!Compatible(unpacked.Shape[i], packed.Shape[i])) return false;
        long c = unpacked.Shape[^1], w = packed.Shape[^1];
        return c == ShapedType.Dynamic || w == ShapedType.Dynamic || Bitpacking.PackedSize(c) == w;
    }

    /// <summary>The bitpacked type of <paramref name="unpacked"/> (LCE's Quantize builder): i32, last dimension ⌈C/32⌉.</summary>
    public static RankedTensorType PackedTypeOf(IRContext ctx, RankedTensorType unpacked)
    {
        var shape = unpacked.Shape.ToArray();
        if (shape.Length > 0 && shape[^1] != ShapedType.Dynamic) shape[^1] = Bitpacking.PackedSize(shape[^1]);
        return RankedTensorType.Get(ctx, shape, IntegerType.Get(ctx, 32));
    }

    private static bool Compatible(long a, long b) => a == b || a == ShapedType.Dynamic || b == ShapedType.Dynamic;
}
