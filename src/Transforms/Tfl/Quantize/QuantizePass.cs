using Lce.IR.Passes;
using Lce.IR.Rewrite;
using Lce.Transforms.Larq;

namespace Lce.Transforms.Tfl.Quantize;

/// <summary>
/// `tfl-quantize` (TF 2.16's QuantizePass, full integer): after prepare-quantize has put a
/// quantize/dequantize pair on every value of the int8 path, the ops take the quantized values
/// (<see cref="QuantizeOpPattern"/>), quantized constants become `tfl.pseudo_qconst`, and
/// dequantize/quantize pairs between them collapse. Pairs at the function's inputs and outputs stay
/// (post-quantize decides about them).
/// </summary>
public sealed class QuantizePass : Pass
{
    public override string Argument => "tfl-quantize";
    public override string Name => "QuantizePass";
    public override string Description => "Apply quantization on models in TensorFlow Lite dialect";
    public override string? AnchorName => "func.func";

    /// <summary>The int8-path ops the pattern recreates on quantized values.</summary>
    public static readonly string[] QuantizedOps =
    [
        "tfl.conv_2d", "tfl.depthwise_conv_2d", "tfl.fully_connected", "tfl.add", "tfl.sub", "tfl.mul", "tfl.mean",
        "tfl.max_pool_2d", "tfl.average_pool_2d", "tfl.reshape", "tfl.squeeze", "tfl.transpose", "tfl.pad",
        "tfl.concatenation", "tfl.relu", "tfl.relu6", "tfl.relu_n1_to_1", "tfl.relu_0_to_1", "tfl.softmax",
        "tfl.logistic", "tfl.tanh",
    ];

    protected override void RunOnOperation()
    {
        var patterns = new RewritePatternSet(Operation.Context);
        patterns.Add(new QuantizeConstPattern());
        patterns.Add(new SquashDequantizeQuantizePattern());
        foreach (var name in QuantizedOps) patterns.Add(new QuantizeOpPattern(name));
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(Operation, patterns.Freeze(), GreedyPatternPass.LceConfig);
    }
}
