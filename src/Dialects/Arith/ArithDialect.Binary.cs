namespace Lce.Dialects.Arith;

using Lce.IR;
using Lce.IR.Traits;
using Lce.Dialects.Traits;

/// <summary>Integer and floating-point arithmetic ops (Arith_IntBinaryOp, Arith_FloatBinaryOp families).</summary>
public sealed partial class ArithDialect
{
    internal const string BinaryFormat = "$lhs `,` $rhs attr-dict `:` type($result)";
    internal const string OverflowFormat = "$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)";
    internal const string ExactFormat = "$lhs `,` $rhs (`exact` $isExact^)? attr-dict `:` type($result)";
    internal const string FloatBinaryFormat = "$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)";
    internal const string FloatUnaryFormat = "$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)";

    /// <summary>Arith_BinaryOp over a value constraint: lhs, rhs, result of one type.</summary>
    private OpDefinition Binary(string mnemonic, TypeConstraint c, params OpTrait[] traits) =>
        Op(mnemonic).Counts(2, 1)
            .Operand("lhs", c).Operand("rhs", c).Result("result", c)
            .Trait(traits)
            .Trait(SameOperandsAndResultType.Instance, ElementwiseMappable.Instance)
            .TypesMatch("lhs", "rhs", "result");

    private static IRAttribute NoOverflow(IRContext ctx) => IntegerOverflowFlagsAttr.Get(ctx, IntegerOverflowFlags.None);
    private static IRAttribute NoFastMath(IRContext ctx) => FastMathFlagsAttr.Get(ctx, FastMathFlags.None);

    private void DefineIntegerBinaryOps()
    {
        var i = ArithConstraints.SignlessIntegerLike;

        // Arith_IntBinaryOpWithOverflowFlags.
        OpDefinition WithOverflow(string m, params OpTrait[] traits) =>
            Binary(m, i, [.. traits, Pure.Instance])
                .Prop("overflowFlags", IntegerOverflowFlagsAttr.Constraint, NoOverflow)
                .Syntax("overflowFlags", IntegerOverflowFlagsAttr.Syntax)
                .Format(OverflowFormat);
        WithOverflow("addi", Commutative.Instance);
        WithOverflow("subi");
        WithOverflow("muli", Commutative.Instance).Names(MulINames);
        WithOverflow("shli");

        // Arith_IntBinaryOpWithExactFlag.
        OpDefinition WithExact(string m, params OpTrait[] traits) =>
            Binary(m, i, traits)
                .OptionalProp("isExact", ArithConstraints.Unit)
                .Format(ExactFormat);
        WithExact("divui", ConditionallySpeculatable.Instance, Pure.Instance);
        WithExact("divsi", ConditionallySpeculatable.Instance, Pure.Instance);
        WithExact("shrui", Pure.Instance);
        WithExact("shrsi", Pure.Instance);

        // Arith_IntBinaryOp / Arith_TotalIntBinaryOp.
        Binary("ceildivui", i, ConditionallySpeculatable.Instance, Pure.Instance).Format(BinaryFormat);
        Binary("ceildivsi", i, ConditionallySpeculatable.Instance, Pure.Instance).Format(BinaryFormat);
        Binary("floordivsi", i, Pure.Instance).Format(BinaryFormat);
        Binary("remui", i, Pure.Instance).Format(BinaryFormat);
        Binary("remsi", i, Pure.Instance).Format(BinaryFormat);
        Binary("andi", i, Commutative.Instance, Idempotent.Instance, Pure.Instance).Format(BinaryFormat);
        Binary("ori", i, Commutative.Instance, Idempotent.Instance, Pure.Instance).Format(BinaryFormat);
        Binary("xori", i, Commutative.Instance, Pure.Instance).Format(BinaryFormat);
        Binary("maxsi", i, Commutative.Instance, Pure.Instance).Format(BinaryFormat);
        Binary("maxui", i, Commutative.Instance, Pure.Instance).Format(BinaryFormat);
        Binary("minsi", i, Commutative.Instance, Pure.Instance).Format(BinaryFormat);
        Binary("minui", i, Commutative.Instance, Pure.Instance).Format(BinaryFormat);
    }

    private void DefineFloatOps()
    {
        var f = ArithConstraints.FloatLike;
        OpDefinition FloatBinary(string m, params OpTrait[] traits) =>
            Binary(m, f, [Pure.Instance, .. traits])
                .Prop("fastmath", FastMathFlagsAttr.Constraint, NoFastMath)
                .Syntax("fastmath", FastMathFlagsAttr.Syntax)
                .Format(FloatBinaryFormat);
        FloatBinary("addf", Commutative.Instance);
        FloatBinary("subf");
        FloatBinary("mulf", Commutative.Instance);
        FloatBinary("divf");
        FloatBinary("remf");
        FloatBinary("maximumf", Commutative.Instance);
        FloatBinary("maxnumf", Commutative.Instance);
        FloatBinary("minimumf", Commutative.Instance);
        FloatBinary("minnumf", Commutative.Instance);

        // Arith_FloatUnaryOp.
        Op("negf").Counts(1, 1)
            .Operand("operand", f).Result("result", f)
            .Prop("fastmath", FastMathFlagsAttr.Constraint, NoFastMath)
            .Syntax("fastmath", FastMathFlagsAttr.Syntax)
            .Trait(Pure.Instance, SameOperandsAndResultType.Instance, ElementwiseMappable.Instance)
            .TypesMatch("operand", "result")
            .Format(FloatUnaryFormat);
    }

    private void DefineExtendedOps()
    {
        var i = ArithConstraints.SignlessIntegerLike;
        Op("addui_extended").Counts(2, 2)
            .Operand("lhs", i).Operand("rhs", i).Result("sum", i).Result("overflow", ArithConstraints.BoolLike)
            .Trait(Pure.Instance, Commutative.Instance, ElementwiseMappable.Instance)
            .TypesMatch("lhs", "rhs", "sum")
            .Format("$lhs `,` $rhs attr-dict `:` type($sum) `,` type($overflow)")
            .Names(NamedResults("sum", "overflow"))
            .Verify(op => AllTypesMatch(op, "lhs, rhs, sum", op.GetOperand(0).Type, op.GetOperand(1).Type, op.GetResult(0).Type));

        foreach (var m in new[] { "mulsi_extended", "mului_extended" })
            Op(m).Counts(2, 2)
                .Operand("lhs", i).Operand("rhs", i).Result("low", i).Result("high", i)
                .Trait(Pure.Instance, Commutative.Instance, ElementwiseMappable.Instance)
                .TypesMatch("lhs", "rhs", "low", "high")
                .Format("$lhs `,` $rhs attr-dict `:` type($lhs)")
                .Names(NamedResults("low", "high"))
                .Verify(op => AllTypesMatch(op, "lhs, rhs, low, high",
                    op.GetOperand(0).Type, op.GetOperand(1).Type, op.GetResult(0).Type, op.GetResult(1).Type));
    }

    /// <summary>
    /// MLIR 22 names the results of multi-result ops after their ODS result names in custom
    /// form (`%sum, %overflow = arith.addui_extended`, `%low, %high = arith.mulsi_extended`).
    /// </summary>
    internal static Action<Operation, Action<Value, string>> NamedResults(params string[] names) => (op, set) =>
    {
        for (int k = 0; k < names.Length && k < op.NumResults; k++) set(op.GetResult(k), names[k]);
    };

    /// <summary>AllTypesMatch as a PredOpTrait: "failed to verify that all of {a, b} have same type".</summary>
    internal static bool AllTypesMatch(Operation op, string names, params IRType[] types)
    {
        if (types.All(t => ReferenceEquals(t, types[0]))) return true;
        op.EmitOpError($"failed to verify that all of {{{names}}} have same type");
        return false;
    }

    /// <summary>MulIOp::getAsmResultNames: `%c4_vscale` for `constant * vector.vscale` on index.</summary>
    private static void MulINames(Operation op, Action<Value, string> set)
    {
        if (op.NumResults != 1 || op.NumOperands != 2 || op.GetResult(0).Type is not IndexType) return;
        static bool IsVscale(Value v) => v.DefiningOp?.Name == "vector.vscale";
        static IntegerAttr? Constant(Value v) =>
            v.DefiningOp is { } d && d.HasTrait<ConstantLike>() ? d.GetProp("value") as IntegerAttr : null;
        var (a, b) = (op.GetOperand(0), op.GetOperand(1));
        var baseValue = IsVscale(b) ? Constant(a) : null;
        if (baseValue is null && IsVscale(a)) baseValue = Constant(b);
        if (baseValue is null) return;
        set(op.GetResult(0), $"c{baseValue.Value}_vscale");
    }
}
