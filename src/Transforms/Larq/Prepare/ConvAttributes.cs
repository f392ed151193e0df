using Lce.Dialects.Tf;
using Lce.IR;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>
/// Reading tf.Conv2D's attributes as LCE's DRR patterns and TF's validators do: absent
/// default-valued attributes take their ODS default (`dilations` [1, 1, 1, 1], `data_format`
/// "NHWC"), integer lists are checked for the NHWC form [1, x, y, 1], and per-axis values are
/// read as 32-bit attributes (ExtractI32At truncates).
/// </summary>
public static class ConvAttributes
{
    /// <summary>TFIntListIs1XY1: an array of exactly four integers whose first and last are 1.</summary>
    public static bool IsIntList1XY1(IRAttribute? list) =>
        list is ArrayAttr { Elements.Count: 4 } a && a.Elements.All(e => e is IntegerAttr)
        && ((IntegerAttr)a.Elements[0]).Value.IsOne && ((IntegerAttr)a.Elements[3]).Value.IsOne;

    /// <summary>TFIntListIsAllOnes: every element is the integer 1 (a non-integer element is not 1).</summary>
    public static bool IsAllOnes(ArrayAttr list) => list.Elements.All(e => e is IntegerAttr i && i.Value.IsOne);

    /// <summary>The op's `dilations`, or the default [1, 1, 1, 1] when absent.</summary>
    public static IRAttribute Dilations(Operation conv) =>
        conv.GetAttr("dilations") ?? TfAttrs.I64ArrayAttr(conv.Context, [1, 1, 1, 1]);

    /// <summary>TFDataFormatIsNHWC: `data_format` absent (NHWC by default) or "NHWC".</summary>
    public static bool IsDataFormatNHWC(Operation conv) =>
        conv.GetAttr("data_format") is not StringAttr format || format.Value == "NHWC";

    /// <summary>ExtractI32At: element <paramref name="index"/> of an integer list as an i32 attribute.</summary>
    public static IntegerAttr ExtractI32At(IRContext ctx, ArrayAttr list, int index) =>
        IntegerAttr.Get(ctx, 32, unchecked((int)((IntegerAttr)list.Elements[index]).Int64));

    /// <summary>
    /// GetNumChannels: the innermost dimension of <paramref name="input"/>'s type as an i32
    /// attribute; null unless it is a ranked tensor with a positive static innermost dimension
    /// (LCE assumes one; a dynamic or empty channel count would give an unusable convolution).
    /// </summary>
    public static IntegerAttr? InputChannels(IRContext ctx, IRType input)
    {
        if (input is not RankedTensorType { Rank: > 0 } t) return null;
        long channels = t.Shape[^1];
        if (channels <= 0 || channels > int.MaxValue) return null;
        return IntegerAttr.Get(ctx, 32, channels);
    }
}
