using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tfl.Quantize;

/// <summary>
/// TF's ConvertUnsignedToSigned for int8 inference: fake-quant ranges arrive as unsigned types
/// (PrepareTF builds them so); a tfl.quantize to an unsigned type becomes one to the signed type
/// with the same real values (storage range and zero point down by 128 for 8 bits). Its
/// dequantize users read the new type as they are.
/// </summary>
public sealed class UnsignedToSignedPattern() : RewritePattern("tfl.quantize", 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (QuantParams.Element(op.GetResult(0).Type) is not { IsSigned: false } unsigned) return false;
        if (QuantParams.ToSigned(rewriter.Context, unsigned) is not { } signed) return false;
        if (signed.CastFromExpressedType(QuantizedTypeExpressed(op.GetResult(0).Type)) is not { } type) return false;
        rewriter.SetInsertionPoint(op);
        var replacement = TflBuild.Quantize(rewriter, op.Location, op.GetOperand(0), type);
        rewriter.ReplaceOp(op, [replacement]);
        return true;
    }

    private static IRType QuantizedTypeExpressed(IRType t) => Lce.Dialects.Quant.QuantizedType.CastToExpressedType(t)!;
}
