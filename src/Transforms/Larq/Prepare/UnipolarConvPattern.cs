using Lce.Dialects.Arith;
using Lce.Dialects.Lq;
using Lce.Dialects.Tf;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>
/// A tf.Conv2D of {0, 1} activations (<see cref="UnipolarQuantizer"/>) with a binary filter
/// becomes an exact lq.Bconv2d (an extension of LCE, which leaves these convolutions in float).
/// The activations are packed so that bit 1 is exactly a = 1: `lq.Quantize(t − x)` (see
/// <see cref="UnipolarQuantizer"/>), and <see cref="UnipolarFilter"/> folds the change from
/// {0, 1} to ±1 into a negative multiplier and a bias. SAME zero padding of a is padding with
/// the +1 bit: `padding = "SAME", pad_values = 1` on every target; strides, dilations (also
/// those the dilated-conv rewrite recovers) and groups carry over. The half-sign form is 0.5
/// at x == t, which one bit cannot hold; as 0.5·[x &gt; t] + 0.5·[x ≥ t] it becomes two
/// Bconv2d (weight ½ each, the second packing the bool x &lt; t, whose false is the 1 bit) and
/// a tf.AddV2, exact everywhere. No activation is fused here, and the negative multiplier keeps
/// optimize-lce from fusing a ReLU later (it fuses only into multiplier 1 and bias 0, which only a
/// later negative scaling of a zero-bias conv could produce, and where that fusion is exact).
/// Convolutions whose filter LCE would reject (HasValidFilterShape) are left in float without
/// a diagnostic: the float convolution of {0, 1} input is valid as it is. The quantizer's ops
/// that no other op uses are erased with the convolution.
/// </summary>
public sealed class UnipolarConvPattern() : RewritePattern("tf.Conv2D", benefit: 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (Match(op) is not { } m) return false;
        var ctx = op.Context;
        rewriter.SetInsertionPoint(op);
        var loc = FusedLoc.Get(ctx, m.Quantizer.Ops.Select(o => o.Location).Prepend(op.Location).Append(m.FilterOp.Location));
        var x = m.Quantizer.Input;
        var threshold = Constant(rewriter, DenseElementsValues.SplatF32(ctx, RankedTensorType.Get(ctx, [], FloatType.F32(ctx)), m.Quantizer.Threshold), loc);
        var filter = Constant(rewriter, UnipolarFilter.OhwiSigns(ctx, m.Filter), loc);

        // bit 1 ⇔ fl(t − x) < 0 ⇔ x > t
        var above = TfBuild.Op(rewriter, "Sub", loc, [threshold, x], [x.Type]).GetResult(0);
        bool half = m.Quantizer.Form == UnipolarForm.HalfSign;
        var result = Bconv(rewriter, op, m, Quantize(rewriter, above, loc), filter, half ? 0.5 : 1.0, loc);
        if (half)
        {
            // bool x < t packs true as bit 0, so bit 1 ⇔ x ≥ t
            var boolType = RankedTensorType.Get(ctx, ((RankedTensorType)x.Type).Shape, IntegerType.Get(ctx, 1));
            var below = TfBuild.Op(rewriter, "Less", loc, [x, threshold], [boolType]).GetResult(0);
            var atOrAbove = Bconv(rewriter, op, m, Quantize(rewriter, below, loc), filter, 0.5, loc);
            result = TfBuild.Op(rewriter, "AddV2", loc, [result, atOrAbove], [result.Type]).GetResult(0);
        }
        rewriter.ReplaceOp(op, [result]);
        // The quantizer's ops are pure, but some (tf.Round, tf.Minimum, ...) are not registered ops
        // the driver could know to be dead: erase those left without users, output first.
        foreach (var dead in m.Quantizer.Ops)
            if (dead.UseEmpty) rewriter.EraseOp(dead);
        return true;
    }

    /// <summary>What the rewrite reads from a matching convolution.</summary>
    public sealed record UnipolarConvMatch(UnipolarQuantizer Quantizer, DenseElementsAttr Filter, Operation FilterOp, IntegerAttr ChannelsIn,
        ArrayAttr Strides, ArrayAttr Dilations, bool Same);

    /// <summary>
    /// The match: NHWC, strides and dilations [1, x, y, 1], VALID or SAME, a unipolar quantizer as
    /// input (rank 4, static positive channel count) and a constant binary filter that fits it.
    /// </summary>
    public static UnipolarConvMatch? Match(Operation conv)
    {
        if (conv.NumOperands != 2 || conv.GetResult(0).Type is not RankedTensorType { Rank: 4, ElementType: FloatType { Width: 32 } }) return null;
        if (conv.GetAttr("padding") is not StringAttr { Value: "VALID" or "SAME" } padding) return null;
        if (conv.GetAttr("strides") is not ArrayAttr strides || !ConvAttributes.IsIntList1XY1(strides)) return null;
        if (ConvAttributes.Dilations(conv) is not ArrayAttr dilations || !ConvAttributes.IsIntList1XY1(dilations)) return null;
        if (!ConvAttributes.IsDataFormatNHWC(conv)) return null;
        if (UnipolarQuantizer.Match(conv.GetOperand(0)) is not { } quantizer) return null;
        if (quantizer.Input.Type is not RankedTensorType { Rank: 4 } inputType) return null;
        if (ConvAttributes.InputChannels(conv.Context, inputType) is not { } channelsIn) return null;
        var filterValue = conv.GetOperand(1);
        if (!Matchers.MatchConstant(filterValue, out var attr) || attr is not DenseElementsAttr filter || !BinaryFilter.IsBinaryFilter(filter)) return null;
        long filterDepth = ((RankedTensorType)filter.ShapedType).Shape[2];
        if (filterDepth <= 0 || FilterShape.Error(channelsIn.Int64, filterDepth) is not null) return null;
        return new(quantizer, filter, filterValue.DefiningOp!, channelsIn, strides, dilations, padding.Value == "SAME");
    }

    private static Value Constant(Builder b, IRAttribute value, Location loc) => ConstantOp.Build(b, value, loc).GetResult(0);

    private static Value Quantize(Builder b, Value x, Location loc) =>
        b.Create("lq.Quantize", loc, [x], [LqShapes.PackedTypeOf(b.Context, (RankedTensorType)x.Type)]).GetResult(0);

    private static Value Bconv(Builder b, Operation conv, UnipolarConvMatch m, Value packed, Value filter, double k, Location loc)
    {
        var ctx = b.Context;
        var multiplier = Constant(b, UnipolarFilter.Multiplier(ctx, m.Filter, k), loc);
        var bias = Constant(b, UnipolarFilter.Bias(ctx, m.Filter, k), loc);
        var none = Dialects.Tfl.TflBuild.NoValue(b, loc);
        IntegerAttr I32(long v) => IntegerAttr.Get(ctx, 32, v);
        return b.Create("lq.Bconv2d", loc, [packed, filter, multiplier, bias, none], [conv.GetResult(0).Type], properties:
        [
            new("channels_in", m.ChannelsIn),
            new("dilation_height_factor", ConvAttributes.ExtractI32At(ctx, m.Dilations, 1)),
            new("dilation_width_factor", ConvAttributes.ExtractI32At(ctx, m.Dilations, 2)),
            new("fused_activation_function", StringAttr.Get(ctx, "NONE")),
            new("pad_values", I32(m.Same ? 1 : 0)),
            new("padding", StringAttr.Get(ctx, m.Same ? "SAME" : "VALID")),
            new("stride_height", ConvAttributes.ExtractI32At(ctx, m.Strides, 1)),
            new("stride_width", ConvAttributes.ExtractI32At(ctx, m.Strides, 2)),
        ]).GetResult(0);
    }
}
