using Lce.Dialects.Tf;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>
/// TF's ConvertTFDilatedConvOp&lt;TF::Conv2DOp&gt; (dilated_conv.h), which PrepareLCE adds first:
/// a dilated convolution emulated as SpaceToBatchND → Conv2D → BatchToSpaceND, optionally with
/// ExpandDims/Squeeze around the convolution (1-D convolutions), a Pad before the
/// BatchToSpaceND and a BiasAdd before or after it, becomes the convolution itself with
/// `dilations = [1, bh, bw, 1]`, reading the SpaceToBatchND input and producing the
/// BatchToSpaceND result. The convolution turns "SAME" when the SpaceToBatchND paddings (plus
/// the Pad) differ from the BatchToSpaceND crops.
/// <para>
/// Like TF, the rewrite edits the ops in place without telling the rewriter (so the greedy
/// driver only sees the change in its next round); the chain it matched becomes dead and is
/// erased then. Where TF would crash or read out of bounds (an ExpandDims axis not defined by
/// a tf.Const, a BatchToSpaceND without users, a Pad whose paddings are too small), the pattern
/// does not match, and a BiasAdd between the convolution and the BatchToSpaceND gets the
/// BatchToSpaceND's type in both forms (TF retypes it only with ExpandDims). See
/// <see cref="DilatedConvMatch"/> for the matching.
/// </para>
/// </summary>
public sealed class DilatedConvPattern() : RewritePattern("tf.Conv2D", benefit: 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (DilatedConvMatch.Match(op) is not { } m) return false;
        Rewrite(op, m);
        return true;
    }

    private static void Rewrite(Operation conv, DilatedConvMatch m)
    {
        var ctx = conv.Context;
        if (m.IsSamePadding) conv.SetAttr("padding", StringAttr.Get(ctx, "SAME"));
        conv.SetAttr("dilations", TfAttrs.I64ArrayAttr(ctx, [1, m.DilationH, m.DilationW, 1]));

        var stbInput = m.SpaceToBatch.GetOperand(0);
        var btsResult = m.BatchToSpace.GetResult(0);
        if (m.Expand is { } expand)
        {
            // Rewire around SpaceToBatch/BatchToSpace: Expand -> Conv2D -> Squeeze [-> BiasAdd].
            var squeeze = m.Squeeze!;
            var element = Dialects.TypeUtil.ElementTypeOrSelf(stbInput.Type);
            expand.SetOperand(0, stbInput);
            expand.GetResult(0).Type = RankedTensorType.Get(ctx, WithUnitDim(((RankedTensorType)stbInput.Type).Shape, m.ExpandAxis), element);
            conv.GetResult(0).Type = RankedTensorType.Get(ctx, WithUnitDim(((RankedTensorType)btsResult.Type).Shape, m.ExpandAxis), element);
            squeeze.GetResult(0).Type = btsResult.Type;
            if (m.BiasAdd is { } bias)
            {
                bias.SetOperand(0, squeeze.GetResult(0));
                bias.GetResult(0).Type = squeeze.GetResult(0).Type;
            }
        }
        else
        {
            conv.SetOperand(0, stbInput);
            conv.GetResult(0).Type = btsResult.Type;
            if (m.BiasAdd is { } bias)
            {
                bias.SetOperand(0, conv.GetResult(0));
                // TF leaves a BiasAdd before the BatchToSpaceND with the batched type here (only the
                // ExpandDims form updates it), which mistypes the users of the BatchToSpaceND.
                if (m.FinalOpIsBatchToSpace) bias.GetResult(0).Type = btsResult.Type;
            }
        }

        if (m.FinalOpIsBatchToSpace)
        {
            var btsInput = m.BatchToSpace.GetOperand(0);
            btsResult.ReplaceAllUsesWith(btsInput.DefiningOp is { Name: "tf.Pad" } && m.Pad is { } pad ? pad.GetOperand(0) : btsInput);
        }
    }

    private static long[] WithUnitDim(IReadOnlyList<long> shape, int axis)
    {
        var result = shape.ToList();
        result.Insert(axis, 1);
        return [.. result];
    }
}
