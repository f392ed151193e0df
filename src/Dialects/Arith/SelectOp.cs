namespace Lce.Dialects.Arith;

using Lce.IR;
using Lce.IR.Traits;
using Lce.Dialects.Traits;

/// <summary>
/// `arith.select %cond, %t, %f : i32` or, with a per-element mask,
/// `arith.select %mask, %t, %f : vector&lt;4xi1&gt;, vector&lt;4xf32&gt;` (hand-written syntax in MLIR).
/// </summary>
public static class SelectOp
{
    internal static void Parse(IOpAsmParser p, OperationState state)
    {
        var operands = p.ParseOperandList(Delimiter.None, 3);
        p.ParseOptionalAttrDict(state.Attributes);
        var resultType = p.ParseColonType();
        IRType conditionType;
        if (p.ParseOptionalComma())
        {
            conditionType = resultType;
            resultType = p.ParseType();
        }
        else conditionType = IntegerType.Get(p.Context, 1);
        state.Types.Add(resultType);
        p.ResolveOperands(operands, [conditionType, resultType, resultType], p.NameLocation, state.Operands);
    }

    internal static void Print(Operation op, IOpAsmPrinter p)
    {
        p.Write(' ');
        p.PrintOperands(op.Operands);
        p.PrintOptionalAttrDict(op.Attributes);
        p.Write(" : ");
        if (op.GetOperand(0).Type is ShapedType condType)
        {
            p.PrintType(condType);
            p.Write(", ");
        }
        p.PrintType(op.GetResult(0).Type);
    }

    /// <summary>The ODS predicates (AllTypesMatch, BooleanConditionOrMatchingShape) and SelectOp::verify.</summary>
    internal static bool Verify(Operation op)
    {
        var cond = op.GetOperand(0).Type;
        var result = op.GetResult(0).Type;
        if (!ArithDialect.AllTypesMatch(op, "true_value, false_value, result", op.GetOperand(1).Type, op.GetOperand(2).Type, result))
            return false;
        bool condOk = TypeUtil.IsSignlessInteger(cond, 1)
            || (cond is ShapedType cs && result is ShapedType rs && cs.HasRank && rs.HasRank && cs.Shape.SequenceEqual(rs.Shape));
        if (!condOk)
        {
            op.EmitOpError("failed to verify that condition is signless i1 or has matching shape");
            return false;
        }
        if (!ElementwiseMappable.Check(op)) return false;
        if (TypeUtil.IsSignlessInteger(cond, 1)) return true;
        if (!TypeUtil.IsValueSemanticsContainer(result))
        {
            op.EmitOpError($"expected condition to be a signless i1, but got '{cond}'");
            return false;
        }
        var expected = TypeUtil.GetI1SameShape(op.Context, result);
        if (!ReferenceEquals(expected, cond))
        {
            op.EmitOpError($"expected condition type to have the same shape as the result type, expected '{expected}', but got '{cond}'");
            return false;
        }
        return true;
    }
}

public sealed partial class ArithDialect
{
    private void DefineSelect() =>
        Op("select").Counts(3, 1)
            .Operand("condition", ArithConstraints.BoolLike)
            .Operand("true_value").Operand("false_value").Result("result")
            .Trait(Pure.Instance, ElementwiseMappable.Deferred)
            .TypesMatch("true_value", "false_value", "result")
            .Parser(SelectOp.Parse)
            .Printer(SelectOp.Print)
            .Verify(SelectOp.Verify);
}
