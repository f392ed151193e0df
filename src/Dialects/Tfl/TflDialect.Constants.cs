namespace Lce.Dialects.Tfl;

using Lce.IR;
using Lce.IR.Rewrite;
using Lce.IR.Traits;

public sealed partial class TflDialect
{
    /// <summary>
    /// tfl.pseudo_const (any elements value, result type not tied to it) and tfl.no_value
    /// (`"tfl.no_value"() {value} : () -> none`): ConstantLike, folding to their `value`.
    /// tfl.pseudo_qconst: a quantized constant, `qtype` (the quantized result type) over `value`
    /// (its storage integers), as the TFLite importer writes quantized weights; not ConstantLike,
    /// since its value does not carry the result type.
    /// </summary>
    private void DefineConstants()
    {
        Op("pseudo_const").Counts(0, 1)
            .Attr("value", TflConstraints.ElementsAttr)
            .Result("output", TflConstraints.AnyTensor)
            .Trait(ConstantLike.Instance, Pure.Instance)
            .Fold((op, _) => op.GetAttr("value") is { } v ? [v] : null)
            .Canonicalization("FoldPseudoConstOp", TflConstants.FoldPseudoConst);

        Op("pseudo_qconst").Counts(0, 1)
            .Attr("qtype", TflConstraints.TensorTypeAttr)
            .Attr("value", TflConstraints.ElementsAttr)
            .Result("output", TflConstraints.AnyTensor)
            .Trait(Pure.Instance);

        Op("no_value").Counts(0, 1)
            .Attr("value", TflConstraints.UnitAttr)
            .Result("none_val", TflConstraints.NoneType)
            .Trait(ConstantLike.Instance, Pure.Instance)
            .Fold((op, _) => op.GetAttr("value") is { } v ? [v] : null);
    }
}

/// <summary>Helpers of the tfl constant ops.</summary>
public static class TflConstants
{
    /// <summary>NoValueOp::isBuildableWith: a unit value of type `none`.</summary>
    public static bool NoValueIsBuildableWith(IRAttribute value, IRType type) => value is UnitAttr && type is NoneType;

    /// <summary>
    /// FoldPseudoConstOp: a `tfl.pseudo_const` whose value `arith.constant` can hold (its type
    /// equals the result type) becomes `arith.constant`; a unit/none one becomes `tfl.no_value`.
    /// </summary>
    internal static bool FoldPseudoConst(Operation op, PatternRewriter rewriter)
    {
        if (op.GetAttr("value") is not { } value) return false;
        var type = op.GetResult(0).Type;
        rewriter.SetInsertionPoint(op);
        if (Arith.ConstantOp.IsBuildableWith(value, type))
        {
            rewriter.ReplaceOp(op, Arith.ConstantOp.Build(rewriter, value, op.Location));
            return true;
        }
        if (NoValueIsBuildableWith(value, type))
        {
            rewriter.ReplaceOp(op, [TflBuild.NoValue(rewriter, op.Location)]);
            return true;
        }
        return false;
    }
}
