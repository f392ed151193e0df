using Lce.IR;

namespace Lce.Transforms.Larq;

/// <summary>
/// LCE's padding.h predicates on an NHWC paddings constant of shape [4,2] (one [before, after]
/// row per dimension), shared by prepare's same-one padding and fuse-padding. Each caller adds its
/// own checks of the spatial sizes.
/// </summary>
public static class PaddingTable
{
    /// <summary>
    /// The paddings as a 4×2 table (GetValidPadAttr): a dense integer attribute of shape [4, 2],
    /// else null. Any integer width is read (LCE reads i32 only, which misreads wider paddings);
    /// a value beyond 64 bits does not match.
    /// </summary>
    public static long[,]? Read(IRAttribute paddings)
    {
        if (paddings is not DenseElementsAttr { ShapedType: RankedTensorType { Rank: 2, ElementType: IntegerType } type } dense
            || type.Shape[0] != 4 || type.Shape[1] != 2) return null;
        var table = new long[4, 2];
        for (int i = 0; i < 8; i++)
        {
            var v = dense.IntegerAt(i);
            if (v < long.MinValue || v > long.MaxValue) return null;
            table[i / 2, i % 2] = (long)v;
        }
        return table;
    }

    /// <summary>Whether dimension <paramref name="d"/> is not padded at all.</summary>
    public static bool IsNoPadding(long[,] pads, int d) => pads[d, 0] == 0 && pads[d, 1] == 0;

    /// <summary>
    /// Whether dimension <paramref name="d"/>'s total padding is split as TF's SAME splits it:
    /// before = total / 2, after = (total + 1) / 2 (C++'s truncating division).
    /// </summary>
    public static bool SplitsAsSame(long[,] pads, int d)
    {
        long before = pads[d, 0], after = pads[d, 1];
        long total = before + after;
        return before == total / 2 && after == (total + 1) / 2;
    }
}
