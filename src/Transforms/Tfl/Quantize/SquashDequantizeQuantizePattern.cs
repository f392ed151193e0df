using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tfl.Quantize;

/// <summary>
/// A quantize of a dequantized value (TF's squashing of dequantize/quantize pairs): with the same
/// type it is the quantized value itself; with another type it is a requantize of it.
/// </summary>
public sealed class SquashDequantizeQuantizePattern() : RewritePattern("tfl.quantize", 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.GetOperand(0).DefiningOp is not { Name: "tfl.dequantize" } dq) return false;
        var quantized = dq.GetOperand(0);
        var type = op.GetResult(0).Type;
        if (QuantParams.Element(quantized.Type) is null) return false;
        if (Equals(quantized.Type, type)) { rewriter.ReplaceOp(op, [quantized]); return true; }
        rewriter.SetInsertionPoint(op);
        rewriter.ReplaceOp(op, [TflBuild.Quantize(rewriter, op.Location, quantized, type)]);
        return true;
    }
}
