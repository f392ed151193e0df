using Lce.Dialects.Lq;
using Lce.IR;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>
/// The conditions under which LCE's sign patterns may become lq.Quantize/lq.Dequantize:
/// LCE's IsConstantValue on the ±1 select constants, plus the guards that keep the rewrite
/// valid where LCE would build invalid IR (see README.md, "Decisions").
/// </summary>
public static class BinarySign
{
    /// <summary>
    /// IsConstantValue: a dense f32 attribute every element of which equals
    /// <paramref name="expected"/> (an attribute without elements qualifies, as in LCE). LCE
    /// reads any element type as float; only f32 is read here.
    /// </summary>
    public static bool IsConstantValue(IRAttribute values, float expected)
    {
        if (values is not DenseElementsAttr dense || !dense.IsF32()) return false;
        if (dense.IsSplat) return dense.F32At(0) == expected;
        long n = dense.NumElements;
        for (long i = 0; i < n; i++)
            if (dense.F32At(i) != expected) return false;
        return true;
    }

    /// <summary>
    /// Whether a select's result shape can be written down as a constant: a ranked tensor with a
    /// static shape. For a dynamic shape LCE builds `tf.Shape` of the select's own result, which
    /// after the replacement uses a value it defines (a cycle); those selects are left alone.
    /// </summary>
    public static bool HasStaticShape(IRType type) => type is RankedTensorType { HasStaticShape: true };

    /// <summary>
    /// Whether broadcasting the condition reproduces the select: always for tf.SelectV2; for
    /// tf.Select (v1) only with a scalar condition or one of the result's rank, since a vector
    /// condition of a higher-rank select picks whole rows (broadcasting it would align it with
    /// the innermost dimension instead).
    /// </summary>
    public static bool HasElementwiseCondition(Operation select)
    {
        if (select.Name != "tf.Select") return true;
        if (select.GetOperand(0).Type is not RankedTensorType cond) return false;
        return cond.Rank == 0 || (select.GetResult(0).Type is RankedTensorType result && cond.Rank == result.Rank);
    }

    /// <summary>
    /// Whether the legacy `sign(sign(x) + c)` may become Dequantize(Quantize(x)): x is what
    /// lq.Quantize accepts (a ranked tensor of rank ≥ 1 with a packable element type) and has
    /// the result's type, so the addition broadcasts nothing into x's shape.
    /// </summary>
    public static bool IsQuantizableLike(Value x, Value result) =>
        ReferenceEquals(x.Type, result.Type) && x.Type is RankedTensorType { Rank: > 0 } && LqConstraints.Unpacked.Accepts(x.Type);
}
