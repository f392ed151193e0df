using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tfl.Quantize;

/// <summary>
/// TF's FoldTrivalRequantizeOp: a requantize (quantize of a quantized value) whose input is the
/// only use of a result of an int8-path op without fixed or shared output parameters: that op
/// writes the requantized type directly and the requantize goes. TF warns about it, as it means
/// the source graph has back-to-back fake quantization.
/// </summary>
public sealed class FoldTrivialRequantizePattern() : RewritePattern("tfl.quantize", 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        var input = op.GetOperand(0);
        if (QuantParams.Element(input.Type) is null || !input.HasOneUse || input.DefiningOp is not { } def) return false;
        var spec = QuantOpSpec.Of(def);
        if (!QuantOpSpec.IsQuantizable(def) || QuantOpSpec.IsConstant(def) || spec.SameScale || spec.FixedOutput is not null) return false;
        op.EmitWarning("Remove trivial `rescale` op. Please fix the source graph.");
        var types = def.ResultTypes.Select((t, i) => ReferenceEquals(def.GetResult(i), input) ? op.GetResult(0).Type : t).ToArray();
        rewriter.SetInsertionPointAfter(def);
        var replacement = rewriter.Create(def.Name, def.Location, def.Operands.ToList(), types, def.Properties?.Entries, def.Attributes.Entries);
        rewriter.ReplaceOp(op, [replacement.GetResult(input is OpResult r ? r.Index : 0)]);
        rewriter.ReplaceOp(def, replacement.Results);
        return true;
    }
}
