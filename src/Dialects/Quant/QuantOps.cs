namespace Lce.Dialects.Quant;

using Lce.IR;
using Lce.IR.Traits;

/// <summary>
/// `quant.qcast` (expressed to quantized), `quant.dcast` (quantized to expressed) and
/// `quant.scast` (storage integers to quantized or back), MLIR 22's QuantOps.td: the syntax
/// `%1 = quant.qcast %0 : f32 to !quant.uniform&lt;i8:f32, 1.0&gt;`, the ODS constraints and
/// predicates in their order, the op verifiers and the folds of inverse cast pairs.
/// </summary>
internal static class QuantOps
{
    private const string CastFormat = "$input attr-dict `:` type($input) `to` type($result)";

    private static TypeConstraint ScalarOrTensorOf(string summary, Func<IRType, bool> element) =>
        new("scalar or tensor of " + summary, t => element(t) || (t is RankedTensorType or UnrankedTensorType && element(((ShapedType)t).ElementType)));

    private static bool IsSignlessInteger(IRType t) => t is IntegerType { IsSignless: true };

    internal static readonly TypeConstraint FloatScalarOrTensor = ScalarOrTensorOf("floating-point", t => t is FloatType);
    internal static readonly TypeConstraint QuantizedScalarOrTensor = ScalarOrTensorOf("quantized type", t => t is QuantizedType);
    internal static readonly TypeConstraint IntegerOrQuantizedScalarOrTensor =
        ScalarOrTensorOf("signless integer or quantized type", t => IsSignlessInteger(t) || t is QuantizedType);

    public static void Define(Func<string, OpDefinition> op)
    {
        op("dcast").Counts(1, 1)
            .Operand("input", QuantizedScalarOrTensor).Result("result", FloatScalarOrTensor)
            .Trait(Pure.Instance).Format(CastFormat)
            .Verify(o => SameScalarOrTensorShape(o) && QuantizationVerifier.VerifyQuantizationOp(o, o.GetOperand(0).Type, o.GetResult(0).Type))
            .Fold((o, _) => FoldInverse(o, "quant.qcast", requireSameType: false));
        op("qcast").Counts(1, 1)
            .Operand("input", FloatScalarOrTensor).Result("result", QuantizedScalarOrTensor)
            .Trait(Pure.Instance).Format(CastFormat)
            .Verify(o => SameScalarOrTensorShape(o) && QuantizationVerifier.VerifyQuantizationOp(o, o.GetResult(0).Type, o.GetOperand(0).Type))
            .Fold((o, _) => FoldInverse(o, "quant.dcast", requireSameType: true));
        op("scast").Counts(1, 1)
            .Operand("input", IntegerOrQuantizedScalarOrTensor).Result("result", IntegerOrQuantizedScalarOrTensor)
            .Trait(Pure.Instance).Format(CastFormat)
            .Verify(o => SameScalarOrTensorShape(o) && IntegerAndQuantizedCombination(o) && QuantizationVerifier.VerifyStorageCast(o))
            .Fold((o, _) => FoldInverse(o, "quant.scast", requireSameType: true));
    }

    /// <summary>quant_SameScalarOrTensorShape: both scalars, both unranked tensors, or ranked tensors of one shape.</summary>
    private static bool SameScalarOrTensorShape(Operation op)
    {
        IRType a = op.GetOperand(0).Type, b = op.GetResult(0).Type;
        static bool Scalar(IRType t) => IsSignlessInteger(t) || t is FloatType or QuantizedType;
        bool ok = (Scalar(a) && Scalar(b))
            || (a is UnrankedTensorType && b is UnrankedTensorType)
            || (a is RankedTensorType ra && b is RankedTensorType rb && ra.Shape.SequenceEqual(rb.Shape));
        if (!ok) op.EmitOpError("failed to verify that input and result are both scalars or both tensors with matching shape");
        return ok;
    }

    /// <summary>quant_IntegerAndQuantizedCombination: one side integer, the other quantized.</summary>
    private static bool IntegerAndQuantizedCombination(Operation op)
    {
        static bool Quantized(IRType t) => QuantizedScalarOrTensor.Accepts(t);
        static bool Integer(IRType t) => ScalarOrTensorIntegerConstraint.Accepts(t);
        IRType a = op.GetOperand(0).Type, b = op.GetResult(0).Type;
        bool ok = (Quantized(a) && Integer(b)) || (Integer(a) && Quantized(b));
        if (!ok) op.EmitOpError("failed to verify that input must be integer and result must be quantized, or vice versa");
        return ok;
    }

    private static readonly TypeConstraint ScalarOrTensorIntegerConstraint = ScalarOrTensorOf("signless integer", IsSignlessInteger);

    /// <summary>
    /// x -&gt; inverse cast -&gt; this cast: replaced by x. A qcast or scast folds only when x already
    /// has its result type (the inner cast may have used other quantization parameters); a dcast
    /// of a qcast always gets back the qcast's input (the verifier guarantees the same type).
    /// </summary>
    private static IReadOnlyList<object>? FoldInverse(Operation op, string inverse, bool requireSameType)
    {
        if (op.GetOperand(0).DefiningOp is not { } src || src.Name != inverse) return null;
        var x = src.GetOperand(0);
        if (requireSameType && !ReferenceEquals(x.Type, op.GetResult(0).Type)) return null;
        return [x];
    }
}
