using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tfl.Optimize;

/// <summary>
/// TFL::Optimize's folding of a per-channel constant into the affine op before it (batch-norm
/// folding): `binary(affine(x, W, b), v)` with the affine op's activation NONE and no other
/// use, and `v` an f32 constant varying at most along the output channels, becomes the affine
/// op with the binary op's activation and
/// - add/sub: bias b ∘ v (FuseBinaryOpWithConv / WithDepthwiseConv, FuseFullyConnectedAndAdd);
///   the bias must be an f32 constant, or none for fully_connected (zeros then);
/// - mul/div: filter W ∘ v along the output channels and bias b ∘ v
///   (FuseMulOrDivWithConv / WithDepthwiseConv, FuseFullyConnectedAndMul; W constant).
/// TF builds the new weights as tfl ops on constants and folds them; the folded constants are
/// computed here directly (same f32 arithmetic), the bias always 1-D. The affine op must be the
/// binary op's left operand, as TF's patterns match. Benefit: the matched ops (DRR's count).
/// </summary>
public sealed class AffineFusionPattern(string binaryOp) : RewritePattern(binaryOp, binaryOp is "tfl.mul" or "tfl.div" ? 5 : 4)
{
    public static readonly string[] BinaryOps = ["tfl.add", "tfl.sub", "tfl.mul", "tfl.div"];

    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.NumOperands != 2 || op.GetOperand(0).DefiningOp is not { } affine) return false;
        bool depthwise = affine.Name == "tfl.depthwise_conv_2d";
        if (affine.Name is not ("tfl.conv_2d" or "tfl.depthwise_conv_2d" or "tfl.fully_connected") || affine.NumResults != 1) return false;
        if (FusionRewrites.Activation(affine) != TflEnums.None || !FusionRewrites.HasOneUse(affine.GetResult(0))) return false;
        if (affine.GetResult(0).Type is not RankedTensorType { ElementType: FloatType { Width: 32 } }) return false;
        if (FusionRewrites.F32Constant(op.GetOperand(1)) is not { } value) return false;
        if (affine.GetOperand(1).Type is not RankedTensorType { HasStaticShape: true } filterType) return false;
        long channels = depthwise ? filterType.Shape[^1] : filterType.Shape[0];
        if (AffineConstants.PerChannel(value.ShapedType.Shape, value.ToF32Array(), channels) is not { } perChannel) return false;

        var biasValue = affine.GetOperand(2);
        float[]? bias = null;
        if (FusionRewrites.F32Constant(biasValue) is { } b) bias = b.ToF32Array();
        else if (!(affine.Name == "tfl.fully_connected" && biasValue.Type is NoneType)) return false;
        if (bias is not null && bias.Length != 1 && bias.Length != channels) return false;

        var filter = affine.GetOperand(1);
        bool scales = op.Name is "tfl.mul" or "tfl.div";
        float[]? newFilter = null;
        if (scales)
        {
            if (FusionRewrites.F32Constant(filter) is not { } w) return false;
            newFilter = AffineConstants.Filter(w.ToF32Array(), filterType.Shape, perChannel, op.Name, channelsLast: depthwise);
        }
        // A missing fully_connected bias stays missing under mul/div (zero times anything).
        bool keepNone = bias is null && scales;

        var loc = FusedLoc.Get(rewriter.Context, [op.Location, affine.Location]);
        rewriter.SetInsertionPoint(op);
        if (newFilter is not null) filter = FusionRewrites.Constant(rewriter, loc, filterType.Shape, newFilter);
        var newBias = keepNone ? biasValue : FusionRewrites.Constant(rewriter, loc, [channels], AffineConstants.Bias(bias, perChannel, op.Name));
        var activation = op.GetAttr(FusionRewrites.ActivationAttr) ?? StringAttr.Get(rewriter.Context, TflEnums.None);
        FusionRewrites.ReplaceWithRebuilt(rewriter, op, affine, [affine.GetOperand(0), filter, newBias],
            (FusionRewrites.ActivationAttr, activation));
        return true;
    }
}
