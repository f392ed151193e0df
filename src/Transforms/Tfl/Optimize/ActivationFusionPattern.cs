using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tfl.Optimize;

/// <summary>
/// TFL::Optimize's activation fusions: a tfl.relu / relu6 / relu_n1_to_1 whose operand comes,
/// with no other use, from an op with a NONE fused activation becomes that op with the
/// activation fused. The producers are TF's: conv_2d and depthwise_conv_2d, the two pools
/// (FuseActFnIntoConvOpPat, FuseActFnIntoPoolOpPat), add/sub/mul/div
/// (FusedBinaryActivationFuncOpPat) and fully_connected (FuseFullyConnectedAndRelu/ReluX in
/// C++). tanh and sigmoid are not clamps and are never fused. Benefit 2: the two matched ops.
/// </summary>
public sealed class ActivationFusionPattern(string activationOp, string fusedName) : RewritePattern(activationOp, 2)
{
    public static readonly (string Op, string Fused)[] Activations =
        [("tfl.relu", TflEnums.Relu), ("tfl.relu6", TflEnums.Relu6), ("tfl.relu_n1_to_1", TflEnums.ReluN1To1)];

    public static readonly HashSet<string> Producers =
    [
        "tfl.conv_2d", "tfl.depthwise_conv_2d", "tfl.average_pool_2d", "tfl.max_pool_2d",
        "tfl.add", "tfl.sub", "tfl.mul", "tfl.div", "tfl.fully_connected",
    ];

    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.NumOperands != 1 || op.GetOperand(0).DefiningOp is not { } producer) return false;
        if (!Producers.Contains(producer.Name) || producer.NumResults != 1) return false;
        if (FusionRewrites.Activation(producer) != TflEnums.None || !FusionRewrites.HasOneUse(producer.GetResult(0))) return false;
        // A fully_connected fused this way must keep its single result (TF checks the result count too).
        FusionRewrites.ReplaceWithRebuilt(rewriter, op, producer, producer.Operands.ToList(),
            (FusionRewrites.ActivationAttr, StringAttr.Get(rewriter.Context, fusedName)));
        return true;
    }
}
