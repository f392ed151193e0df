using Lce.IR;
using Lce.IR.Passes;
using Lce.IR.Rewrite;
using Lce.Transforms.Larq;

namespace Lce.Transforms.Tfl.Quantize;

/// <summary>
/// `tfl-post-quantize` (TF 2.16's PostQuantizePass): clean-up after quantization. A requantize
/// right after an op that may choose its output parameters is folded into that op
/// (<see cref="FoldTrivialRequantizePattern"/>), dead ops go, and without
/// `emit-quant-adaptor-ops` the quantize ops on the function's arguments and the dequantize ops on
/// its results are removed, so the function takes and returns quantized tensors. LCE keeps the
/// adaptor ops (its inference input type is float) and strips them later on request.
/// </summary>
public sealed class PostQuantizePass : Pass
{
    private readonly Option<bool> _emitAdaptors;

    public PostQuantizePass()
    {
        _emitAdaptors = Option("emit-quant-adaptor-ops", "Enable canonicalization during optimization pass.", false);
        Option("enable-no-side-effect", "Specifies which custom ops are NoSideEffect.", "");
    }

    public override string Argument => "tfl-post-quantize";
    public override string Name => "PostQuantizePass";
    public override string Description => "Apply post quantization clean up after quantization.";
    public override string? AnchorName => "func.func";

    protected override void RunOnOperation()
    {
        var func = Operation;
        if (!_emitAdaptors.Value && func.NumRegions == 1 && func.GetRegion(0).Blocks.Count == 1)
        {
            QuantizationAdaptors.RemoveInputQuantizes(func, _ => true);
            QuantizationAdaptors.RemoveOutputDequantizes(func, _ => true);
        }
        var patterns = new RewritePatternSet(func.Context).Add(new FoldTrivialRequantizePattern());
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(func, patterns.Freeze(), GreedyPatternPass.LceConfig);
    }
}
