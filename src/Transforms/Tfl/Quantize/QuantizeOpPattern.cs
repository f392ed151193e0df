using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tfl.Quantize;

/// <summary>
/// TF's full-integer QuantizationPattern: an int8-path op whose float operands all come from
/// dequantize ops and whose float results each go to a single quantize op is recreated on the
/// quantized values: it reads the dequantizes' inputs and writes the quantizes' types, and the
/// quantize ops go. Non-float operands and results (shapes, none) stay as they are. An op with a
/// float operand or result outside such a pair stays float.
/// </summary>
public sealed class QuantizeOpPattern(string opName) : RewritePattern(opName, 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.NumRegions != 0) return false;
        var operands = new Value[op.NumOperands];
        bool anyDequantized = false;
        for (int i = 0; i < op.NumOperands; i++)
        {
            var operand = op.GetOperand(i);
            if (operand.DefiningOp is { Name: "tfl.dequantize" } dq) { operands[i] = dq.GetOperand(0); anyDequantized = true; }
            else if (!QuantParams.IsF32Tensor(operand.Type)) operands[i] = operand;
            else return false;
        }
        if (!anyDequantized) return false;

        var resultTypes = new IRType[op.NumResults];
        var replaced = new Value[op.NumResults];
        for (int i = 0; i < op.NumResults; i++)
        {
            var result = op.GetResult(i);
            if (result.HasOneUse && result.Users.First() is { Name: "tfl.quantize" } q)
            {
                resultTypes[i] = q.GetResult(0).Type;
                replaced[i] = q.GetResult(0);
            }
            else if (!QuantParams.IsF32Tensor(result.Type)) { resultTypes[i] = result.Type; replaced[i] = result; }
            else return false;
        }

        rewriter.SetInsertionPoint(op);
        var quantized = rewriter.Create(op.Name, op.Location, operands, resultTypes, op.Properties?.Entries, op.Attributes.Entries);
        for (int i = 0; i < op.NumResults; i++)
        {
            if (ReferenceEquals(replaced[i], op.GetResult(i))) rewriter.ReplaceAllUsesWith(op.GetResult(i), quantized.GetResult(i));
            else rewriter.ReplaceOp(replaced[i].DefiningOp!, [quantized.GetResult(i)]);
        }
        rewriter.EraseOp(op);
        return true;
    }
}
