namespace Lce.Dialects.Arith;

using Lce.IR;
using Lce.IR.Traits;
using Lce.Dialects.Traits;

/// <summary>
/// `arith.cmpi` / `arith.cmpf` (Arith_CompareOp): the predicate is an i64 integer property
/// printed as a keyword (`arith.cmpi ult, %a, %b : i32`, generic `&lt;{predicate = 6 : i64}&gt;`);
/// the result is i1 of the operands' shape and is inferred in custom form.
/// </summary>
public sealed partial class ArithDialect
{
    private OpDefinition Compare(string mnemonic, IntEnum predicates, TypeConstraint operand) =>
        Op(mnemonic).Counts(2, 1)
            .Prop("predicate", predicates.Constraint)
            .Syntax("predicate", predicates.SyntaxFor("predicate"))
            .Operand("lhs", operand).Operand("rhs", operand).Result("result", ArithConstraints.BoolLike)
            .Trait(Pure.Instance, SameTypeOperands.Instance, ElementwiseMappable.Deferred)
            .TypesMatch("lhs", "rhs")
            .TypeFrom("result", "lhs", TypeUtil.GetI1SameShape)
            .Verify(VerifyCompare);

    private void DefineCompares()
    {
        Compare("cmpi", ArithEnums.CmpIPredicate, ArithConstraints.SignlessIntegerLike)
            .Format("$predicate `,` $lhs `,` $rhs attr-dict `:` type($lhs)");
        Compare("cmpf", ArithEnums.CmpFPredicate, ArithConstraints.FloatLike)
            .Prop("fastmath", FastMathFlagsAttr.Constraint, NoFastMath)
            .Syntax("fastmath", FastMathFlagsAttr.Syntax)
            .Format("$predicate `,` $lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($lhs)");
    }

    /// <summary>TypesMatchWith: the result is i1 with the shape of the lhs.</summary>
    private static bool VerifyCompare(Operation op)
    {
        var expected = TypeUtil.GetI1SameShape(op.Context, op.GetOperand(0).Type);
        if (!ReferenceEquals(expected, op.GetResult(0).Type))
        {
            op.EmitOpError("failed to verify that result type has i1 element type and same shape as operands");
            return false;
        }
        return ElementwiseMappable.Check(op);
    }

    /// <summary>The predicate of a cmpi op.</summary>
    public static CmpIPredicate GetCmpIPredicate(Operation op) => (CmpIPredicate)ArithEnums.CmpIPredicate.ValueOf(op.GetProp("predicate"))!.Value;

    /// <summary>The predicate of a cmpf op.</summary>
    public static CmpFPredicate GetCmpFPredicate(Operation op) => (CmpFPredicate)ArithEnums.CmpFPredicate.ValueOf(op.GetProp("predicate"))!.Value;
}
