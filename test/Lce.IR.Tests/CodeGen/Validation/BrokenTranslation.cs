using Lce.IR;

namespace Lce.Tests.CodeGen.Validation;

/// <summary>
/// Deliberate miscompilations applied to converted IR, to show that the validation catches
/// them: they edit the constant operands of every binary convolution (lq.Bconv2d or its
/// LceBconv2d custom op; the operand order is the same).
/// </summary>
public static class BrokenTranslation
{
    /// <summary>Output thresholds one higher: a bitpacked output bit flips wherever accum == T + 1.</summary>
    public static void ThresholdsOffByOne(Operation func) =>
        EditConstants(func, operand: 4, dense => dense.IsI32()
            ? DenseElementsValues.FromI32(func.Context, dense.ShapedType, dense.ToI32Array().Select(t => t == int.MaxValue ? t : t + 1).ToArray())
            : null);

    /// <summary>Post-activation multipliers doubled (a wrong fused batch-norm factor).</summary>
    public static void MultipliersDoubled(Operation func) =>
        EditConstants(func, operand: 2, dense => dense.IsF32()
            ? DenseElementsValues.FromF32(func.Context, dense.ShapedType, dense.ToF32Array().Select(m => m * 2).ToArray())
            : null);

    /// <summary>Post-activation biases negated (a fold with the wrong sign of its constant term).</summary>
    public static void BiasesNegated(Operation func) =>
        EditConstants(func, operand: 3, dense => dense.IsF32()
            ? DenseElementsValues.FromF32(func.Context, dense.ShapedType, dense.ToF32Array().Select(b => -b).ToArray())
            : null);

    /// <summary>Post-activation multipliers negated (a fold that forgets the sign of the ±1 change).</summary>
    public static void MultipliersNegated(Operation func) =>
        EditConstants(func, operand: 2, dense => dense.IsF32()
            ? DenseElementsValues.FromF32(func.Context, dense.ShapedType, dense.ToF32Array().Select(m => -m).ToArray())
            : null);

    private static void EditConstants(Operation func, int operand, Func<DenseElementsAttr, DenseElementsAttr?> edit)
    {
        var constants = new HashSet<Operation>();
        func.Walk(op =>
        {
            bool bconv = op.Name == "lq.Bconv2d" || (op.Name == "tfl.custom" && op.GetAttr("custom_code") is StringAttr { Value: "LceBconv2d" });
            if (bconv && op.NumOperands > operand && op.GetOperand(operand).DefiningOp is { Name: "arith.constant" } c)
                constants.Add(c);
        });
        foreach (var c in constants)
        {
            if (c.GetInherentOrDiscardable("value") is not DenseElementsAttr dense || edit(dense) is not { } edited) continue;
            if (c.GetProp("value") is not null) c.SetProp("value", edited);
            else c.SetAttr("value", edited);
        }
    }
}
