using Lce.Dialects.Tf;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>
/// The chain <see cref="DilatedConvPattern"/> rewrites, found from the Conv2D as TF's
/// ConvertTFDilatedConvOp finds it: every link has exactly one use, which is the next link.
/// </summary>
public sealed class DilatedConvMatch
{
    public required Operation SpaceToBatch { get; init; }
    public Operation? Expand { get; init; }
    public Operation? Squeeze { get; init; }
    public Operation? Pad { get; init; }
    public required Operation BatchToSpace { get; init; }
    public Operation? BiasAdd { get; init; }
    /// <summary>False when a BiasAdd follows the BatchToSpaceND (the BiasAdd then reads the convolution).</summary>
    public bool FinalOpIsBatchToSpace { get; init; }
    /// <summary>The ExpandDims axis made non-negative (+4), or -1 without ExpandDims.</summary>
    public int ExpandAxis { get; init; }
    public long DilationH { get; init; }
    public long DilationW { get; init; }
    /// <summary>Whether some SpaceToBatchND padding (plus the Pad's) differs from the BatchToSpaceND crop: the convolution was "SAME".</summary>
    public bool IsSamePadding { get; init; }

    /// <summary>The chain rooted at <paramref name="conv"/> (a tf.Conv2D), or null when it is not a dilated convolution.</summary>
    public static DilatedConvMatch? Match(Operation conv)
    {
        if (!conv.GetResult(0).HasOneUse) return null;
        if (conv.GetAttr("padding") is not StringAttr { Value: "VALID" }) return null;
        if (conv.GetAttr("dilations") is ArrayAttr dilations && !ConvAttributes.IsAllOnes(dilations)) return null;
        if (!IsFloatTensor(conv.GetOperand(0).Type) || !ConvAttributes.IsDataFormatNHWC(conv)) return null;
        // Only the spatial dimensions may be dynamic.
        if (conv.GetResult(0).Type is not RankedTensorType { Rank: 4 } result
            || result.Shape[0] == ShapedType.Dynamic || result.Shape[3] == ShapedType.Dynamic) return null;

        var producer = conv.GetOperand(0).DefiningOp;
        if (producer is not { NumResults: 1 } || DirectConsumer(producer) != conv) return null;
        var consumer = DirectConsumer(conv);
        if (consumer is null) return null;

        Operation? expand = null, squeeze = null;
        int expandAxis = -1;
        if (producer.Name == "tf.ExpandDims")
        {
            if (consumer.Name != "tf.Squeeze") return null;
            expand = producer;
            squeeze = consumer;
            if (!squeeze.GetResult(0).HasOneUse) return null;
            if (ExpandAxisOf(expand) is not { } axis) return null;
            expandAxis = axis;
            if (squeeze.GetAttr("squeeze_dims") is not ArrayAttr { Elements.Count: 1 } dims || dims.Elements[0] is not IntegerAttr squeezeDim) return null;
            long squeezeAxis = squeezeDim.Int64 < 0 ? squeezeDim.Int64 + 4 : squeezeDim.Int64;
            if (squeezeAxis != expandAxis) return null;

            producer = expand.GetOperand(0).DefiningOp;
            if (producer is not { NumResults: 1 } || DirectConsumer(producer) != expand) return null;
            consumer = DirectConsumer(squeeze);
            if (consumer is null) return null;
        }

        if (producer.Name != "tf.SpaceToBatchND" || !producer.GetResult(0).HasOneUse) return null;
        var stb = producer;

        Operation? pad = null;
        long[,]? padAttr = null;
        if (consumer.Name == "tf.Pad")
        {
            pad = consumer;
            consumer = DirectConsumer(pad);
            if (consumer is null) return null;
            if (IntTable(pad.GetOperand(1)) is not { } padTable) return null;
            padAttr = padTable;
        }

        Operation bts;
        Operation? biasAdd = null;
        bool finalOpIsBts = true;
        if (consumer.Name == "tf.BiasAdd")
        {
            biasAdd = consumer;
            var next = DirectConsumer(biasAdd);
            if (next is not { Name: "tf.BatchToSpaceND" }) return null;
            bts = next;
        }
        else if (consumer.Name == "tf.BatchToSpaceND")
        {
            bts = consumer;
            if (DirectConsumer(bts) is { Name: "tf.BiasAdd" } next)
            {
                biasAdd = next;
                finalOpIsBts = false;
            }
        }
        else return null;

        if (Dilations(stb.GetOperand(1), bts.GetOperand(1), expandAxis) is not { } factors) return null;

        if (expand is not null)
        {
            // The rewrite inserts the unit dimension into both shapes.
            if (stb.GetOperand(0).Type is not RankedTensorType stbInput || expandAxis > stbInput.Rank) return null;
            if (bts.GetResult(0).Type is not RankedTensorType btsOutput || expandAxis > btsOutput.Rank) return null;
        }

        if (IntTable(stb.GetOperand(2)) is not { } paddings || IntTable(bts.GetOperand(2)) is not { } crops) return null;
        if (!ReferenceEquals(ConstantType(stb.GetOperand(2)), ConstantType(bts.GetOperand(2)))) return null;
        if (SamePadding(paddings, crops, padAttr) is not { } isSame) return null;

        return new DilatedConvMatch
        {
            SpaceToBatch = stb, Expand = expand, Squeeze = squeeze, Pad = pad, BatchToSpace = bts, BiasAdd = biasAdd,
            FinalOpIsBatchToSpace = finalOpIsBts, ExpandAxis = expandAxis, DilationH = factors.H, DilationW = factors.W,
            IsSamePadding = isSame,
        };
    }

    /// <summary>
    /// The op's only user when the op has one result with exactly one use; null otherwise (TF's
    /// tryGetDirectConsumerOp, which reads the first use even when there is none).
    /// </summary>
    public static Operation? DirectConsumer(Operation op) =>
        op.NumResults == 1 && op.GetResult(0).HasOneUse ? op.GetResult(0).Uses.First().Owner : null;

    /// <summary>TFTypeIsFloat32Tensor or TFTypeIsBFloat16OrHalfTensor.</summary>
    private static bool IsFloatTensor(IRType t)
    {
        if (t is not (RankedTensorType or UnrankedTensorType) || ((ShapedType)t).ElementType is not FloatType f) return false;
        var s = f.Semantics;
        return s == IR.Numerics.FloatSemantics.Single || s == IR.Numerics.FloatSemantics.Half || s == IR.Numerics.FloatSemantics.BFloat16;
    }

    /// <summary>The first element of the tf.Const defining ExpandDims' axis, +4 when negative.</summary>
    private static int? ExpandAxisOf(Operation expand)
    {
        if (expand.GetOperand(1).DefiningOp is not { Name: "tf.Const" } constant) return null;
        if (TfConstants.IntElements(constant.GetAttr("value")) is not { Length: > 0 } values) return null;
        long axis = values[0] < 0 ? values[0] + 4 : values[0];
        return axis is >= 0 and <= 4 ? (int)axis : null;
    }

    /// <summary>
    /// ExtractDilationsAttrFromBlockShape: both block shapes constant and element-wise equal;
    /// two or more entries give (h, w) = (b[0], b[1]); one entry is W after an ExpandDims at
    /// axis 1 and H at axis 2. TF takes -1 for "unknown", so a factor of -1 fails too.
    /// </summary>
    private static (long H, long W)? Dilations(Value stbBlock, Value btsBlock, int expandAxis)
    {
        if (!Matchers.MatchConstant(stbBlock, out var a) || !Matchers.MatchConstant(btsBlock, out var b)) return null;
        if (a is not DenseElementsAttr stb || b is not DenseElementsAttr bts || stb.NumElements != bts.NumElements) return null;
        if (!ReferenceEquals(stb.ShapedType.ElementType, bts.ShapedType.ElementType)) return null;
        var values = TfConstants.IntElements(stb);
        if (values is null || !values.SequenceEqual(TfConstants.IntElements(bts) ?? [])) return null;

        long h = -1, w = -1;
        if (values.Length >= 2) (h, w) = (Truncate(values[0]), Truncate(values[1]));
        else if (values.Length == 1 && expandAxis == 1) (h, w) = (1, Truncate(values[0]));
        else if (values.Length == 1 && expandAxis == 2) (h, w) = (Truncate(values[0]), 1);
        return h == -1 || w == -1 ? null : (h, w);
    }

    /// <summary>TF keeps the factors in an int.</summary>
    private static long Truncate(long v) => unchecked((int)v);

    /// <summary>
    /// Whether some paddings[i][j] + pad[i+1][j] differs from crops[i][j]; null when a table is
    /// too small for the rows it must have (TF reads out of bounds).
    /// </summary>
    private static bool? SamePadding(long[,] paddings, long[,] crops, long[,]? pad)
    {
        int m = paddings.GetLength(0);
        if (crops.GetLength(0) < m || (pad is not null && pad.GetLength(0) < m + 1)) return null;
        bool same = false;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < 2; j++)
                if (paddings[i, j] + (pad?[i + 1, j] ?? 0) != crops[i, j]) same = true;
        return same;
    }

    /// <summary>A constant integer tensor of shape [rows, 2] as a table (m_Constant); null otherwise.</summary>
    private static long[,]? IntTable(Value v)
    {
        if (!Matchers.MatchConstant(v, out var attr)
            || attr is not DenseElementsAttr { ShapedType: RankedTensorType { Rank: 2 } type } dense || type.Shape[1] != 2) return null;
        if (TfConstants.IntElements(dense) is not { } values) return null;
        var table = new long[type.Shape[0], 2];
        for (int i = 0; i < values.Length; i++) table[i / 2, i % 2] = values[i];
        return table;
    }

    private static IRType? ConstantType(Value v) => Matchers.MatchConstant(v, out var attr) ? ((ITypedAttribute)attr).Type : null;
}
