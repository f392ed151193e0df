namespace Lce.Dialects.Arith;

using Lce.IR;
using Lce.IR.Traits;
using Lce.Dialects.Traits;

/// <summary>Cast ops (Arith_CastOp family, truncf/extf with their optional attributes, scaling casts).</summary>
public sealed partial class ArithDialect
{
    internal const string CastFormat = "$in attr-dict `:` type($in) `to` type($out)";

    private OpDefinition Cast(string mnemonic, TypeConstraint from, TypeConstraint to, Func<IRType, IRType, bool> compatible) =>
        Op(mnemonic).Counts(1, 1)
            .Operand("in", from).Result("out", to)
            .Trait(Pure.Instance, SameOperandsAndResultShape.Deferred, CastOpInterface.Instance, ElementwiseMappable.Deferred)
            .Verify(op => CastVerifier.Verify(op, compatible));

    private void DefineCasts()
    {
        var fixedInt = ArithConstraints.SignlessFixedWidthIntegerLike;
        var f = ArithConstraints.FloatLike;

        Cast("extui", fixedInt, fixedInt, CastVerifier.WidthChange<IntegerType>(true))
            .Format(CastFormat).Then(CastVerifier.ExtOp);
        Cast("extsi", fixedInt, fixedInt, CastVerifier.WidthChange<IntegerType>(true))
            .Format(CastFormat).Then(CastVerifier.ExtOp);
        Cast("extf", f, f, CastVerifier.WidthChange<FloatType>(true))
            .OptionalProp("fastmath", FastMathFlagsAttr.Constraint)
            .Syntax("fastmath", FastMathFlagsAttr.Syntax)
            .Format("$in (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `to` type($out)")
            .Then(CastVerifier.ExtOp);
        Cast("trunci", fixedInt, fixedInt, CastVerifier.WidthChange<IntegerType>(false))
            .Prop("overflowFlags", IntegerOverflowFlagsAttr.Constraint, NoOverflow)
            .Syntax("overflowFlags", IntegerOverflowFlagsAttr.Syntax)
            .Format("$in (`overflow` `` $overflowFlags^)? attr-dict `:` type($in) `to` type($out)")
            .Then(CastVerifier.TruncOp);
        Cast("truncf", f, f, CastVerifier.WidthChange<FloatType>(false))
            .OptionalProp("roundingmode", ArithEnums.RoundingMode.Constraint)
            .OptionalProp("fastmath", FastMathFlagsAttr.Constraint)
            .Syntax("roundingmode", ArithEnums.RoundingMode.SyntaxFor("roundingmode"))
            .Syntax("fastmath", FastMathFlagsAttr.Syntax)
            .Format("$in ($roundingmode^)? (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `to` type($out)")
            .Then(CastVerifier.TruncOp);

        Cast("uitofp", fixedInt, f, CastVerifier.IntFloat<IntegerType, FloatType>).Format(CastFormat);
        Cast("sitofp", fixedInt, f, CastVerifier.IntFloat<IntegerType, FloatType>).Format(CastFormat);
        Cast("fptoui", f, fixedInt, CastVerifier.IntFloat<FloatType, IntegerType>).Format(CastFormat);
        Cast("fptosi", f, fixedInt, CastVerifier.IntFloat<FloatType, IntegerType>).Format(CastFormat);
        Cast("index_cast", ArithConstraints.IndexCastType, ArithConstraints.IndexCastType, CastVerifier.IndexCast).Format(CastFormat);
        Cast("index_castui", ArithConstraints.IndexCastType, ArithConstraints.IndexCastType, CastVerifier.IndexCast).Format(CastFormat);
        Cast("bitcast", ArithConstraints.BitcastType, ArithConstraints.BitcastType, CastVerifier.Bitcast).Format(CastFormat);

        // Scaling casts (OCP MXFP): two inputs, cast compatibility judged on the first.
        Op("scaling_extf").Counts(2, 1)
            .Operand("in", f).Operand("scale", f).Result("out", f)
            .OptionalProp("fastmath", FastMathFlagsAttr.Constraint)
            .Syntax("fastmath", FastMathFlagsAttr.Syntax)
            .Trait(Pure.Instance, CastOpInterface.Instance)
            .Format("$in `,` $scale (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `,` type($scale) `to` type($out)")
            .Verify(op => CastVerifier.Verify(op, CastVerifier.WidthChange<FloatType>(true)) && CastVerifier.ExtOp(op));
        Op("scaling_truncf").Counts(2, 1)
            .Operand("in", f).Operand("scale", f).Result("out", f)
            .OptionalProp("roundingmode", ArithEnums.RoundingMode.Constraint)
            .OptionalProp("fastmath", FastMathFlagsAttr.Constraint)
            .Syntax("roundingmode", ArithEnums.RoundingMode.SyntaxFor("roundingmode"))
            .Syntax("fastmath", FastMathFlagsAttr.Syntax)
            .Trait(Pure.Instance, CastOpInterface.Instance)
            .Format("$in `,` $scale ($roundingmode^)? (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `,` type($scale) `to` type($out)")
            .Verify(op => CastVerifier.Verify(op, CastVerifier.WidthChange<FloatType>(false)) && CastVerifier.TruncOp(op));
    }
}

internal static class OpDefinitionVerifyChain
{
    /// <summary>Runs <paramref name="next"/> after the op's current verifier succeeds.</summary>
    public static OpDefinition Then(this OpDefinition def, Func<Operation, bool> next)
    {
        var first = def.Verifier;
        return def.Verify(first is null ? next : op => first(op) && next(op));
    }
}
