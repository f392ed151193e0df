using Lce.Dialects.Quant;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tfl.Quantize;

/// <summary>
/// TF's QuantizeConstPattern: a quantize of a float constant becomes a `tfl.pseudo_qconst`
/// holding the storage integers (<see cref="ConstantQuantizer"/>) under the quantized type.
/// </summary>
public sealed class QuantizeConstPattern() : RewritePattern("tfl.quantize", 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.GetOperand(0).DefiningOp is not { } cst || !QuantOpSpec.IsConstant(cst)) return false;
        if (cst.GetInherentOrDiscardable("value") is not DenseElementsAttr values) return false;
        var type = op.GetResult(0).Type;
        if (QuantParams.Element(type) is not QuantizedType element) return false;
        if (ConstantQuantizer.Quantize(rewriter.Context, values, element) is not { } storage) return false;
        rewriter.SetInsertionPoint(op);
        var qconst = rewriter.Create("tfl.pseudo_qconst", op.Location, [], [type], null,
            [new NamedAttribute("qtype", TypeAttr.Get(rewriter.Context, type)), new NamedAttribute("value", storage)]);
        rewriter.ReplaceOp(op, [qconst.GetResult(0)]);
        return true;
    }
}
