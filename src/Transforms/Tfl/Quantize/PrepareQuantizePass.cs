using Lce.IR;
using Lce.IR.Passes;
using Lce.IR.Rewrite;
using Lce.Transforms.Larq;

namespace Lce.Transforms.Tfl.Quantize;

/// <summary>
/// `tfl-prepare-quantize` (TF 2.16's PrepareQuantizePass), for the int8 path LCE uses:
/// 1. with `quantize-signed`, unsigned fake-quant types become signed (<see cref="UnsignedToSignedPattern"/>);
/// 2. a returned value that is also quantized and dequantized is returned through that pair;
/// 3. quantization parameters propagate to every float value of the int8-path ops
///    (<see cref="QuantizationDriver"/>). Weights and fixed ranges are inferred when the function
///    already holds quantized values (quantization-aware training) or for post-training quantization.
/// Input ranges, calibration statistics and LSTM handling of TF's pass are not part of it (LCE sets
/// no input ranges and has no statistics ops).
/// </summary>
public sealed class PrepareQuantizePass : Pass
{
    private readonly Option<bool> _signed;
    private readonly Option<bool> _postTraining;
    private readonly Option<bool> _disablePerChannel;

    public PrepareQuantizePass()
    {
        _signed = Option("quantize-signed", "signed inference type. Only used in tests", false);
        _postTraining = Option("post-training-quantize", "enable post training quantization. Only used in tests", false);
        _disablePerChannel = Option("disable-per-channel", "Whether disable per-channel quantized weights.", false);
    }

    public override string Argument => "tfl-prepare-quantize";
    public override string Name => "PrepareQuantizePass";
    public override string Description => "Prepare TFL dialect for quantization";
    public override string? AnchorName => "func.func";

    protected override void RunOnOperation()
    {
        var func = Operation;
        if (func.NumRegions == 0 || func.GetRegion(0).Blocks.Count != 1) return;
        if (_signed.Value)
        {
            var patterns = new RewritePatternSet(func.Context).Add(new UnsignedToSignedPattern());
            GreedyPatternRewriteDriver.ApplyPatternsGreedily(func, patterns.Freeze(), GreedyPatternPass.LceConfig);
        }
        var body = func.GetRegion(0).Blocks[0];
        ReturnQuantized(body);
        bool eager = body.Operations.Any(op => op.Name == "tfl.dequantize");
        new QuantizationDriver(body, _signed.Value, _disablePerChannel.Value, inferTensorRange: _postTraining.Value || eager).Run();
    }

    /// <summary>
    /// TF's SanityCheckAndAdjustment: when a returned value is also used by exactly one
    /// quantize/dequantize pair, the function returns the dequantized value, so the op producing
    /// it can be quantized (the error does not accumulate past the output).
    /// </summary>
    private static void ReturnQuantized(Block body)
    {
        if (body.Terminator is not { } ret) return;
        for (int i = 0; i < ret.NumOperands; i++)
        {
            var quantized = ret.GetOperand(i).Users
                .Where(u => u.Name == "tfl.quantize" && u.GetResult(0).Users.FirstOrDefault() is { Name: "tfl.dequantize" })
                .Select(q => q.GetResult(0).Users.First().GetResult(0))
                .ToList();
            if (quantized.Count == 1) ret.SetOperand(i, quantized[0]);
        }
    }
}
