namespace Lce.Dialects.Tfl;

using Lce.IR;

/// <summary>
/// TFL's runtime verification (the TflRuntimeVerifyOpInterface TF generates for every TFL_Op):
/// each operand and result must have a type the TFLite runtime supports (the runtime element
/// lists of <see cref="TflConstraints"/>), then the op's runtime predicates (TFL_RuntimePredOpTrait)
/// must hold, e.g. broadcasting within the rank the kernel handles. Op verification accepts
/// more; this decides what TFL legalization may produce.
/// </summary>
public static class TflRuntimeVerifier
{
    /// <summary>tfl ops that do not implement the interface (TF: pseudo_qconst, no_value).</summary>
    private static readonly HashSet<string> WithoutInterface = ["tfl.pseudo_qconst", "tfl.no_value"];

    /// <summary>Whether <paramref name="op"/> is a registered tfl op with runtime verification.</summary>
    public static bool Implements(Operation op) =>
        op.Definition is { Dialect: TflDialect } && !WithoutInterface.Contains(op.Name);

    /// <summary>
    /// Runs the runtime checks; false when one fails (emitting "'tfl.x' op operand #0 must be ...,
    /// but got ..." or "failed to verify that ..." when <paramref name="emitErrors"/>).
    /// </summary>
    public static bool Verify(Operation op, bool emitErrors)
    {
        var def = op.Definition;
        if (def is null) return false;
        return VerifyValues(op, def.OperandDefs, "operand", emitErrors)
            && VerifyValues(op, def.ResultDefs, "result", emitErrors)
            && VerifyPredicates(op, emitErrors);
    }

    private static bool VerifyValues(Operation op, IReadOnlyList<ValueDef> defs, string kind, bool emitErrors)
    {
        bool operands = kind == "operand";
        var ranges = OpValueGroups.Ranges(op, defs, operands ? op.NumOperands : op.NumResults,
            operands ? "operandSegmentSizes" : "resultSegmentSizes", false);
        // As TF's generated checks count: from the first group with a runtime type, one per
        // value of such groups (the values of other groups are not counted).
        int index = -1;
        for (int g = 0; g < defs.Count; g++)
        {
            if (TflConstraints.RuntimeTypeOf(defs[g].Constraint) is not { } runtime) continue;
            if (index < 0) index = g;
            var (start, count) = ranges[g];
            for (int i = start; i < start + count; i++, index++)
            {
                var type = operands ? op.GetOperand(i).Type : op.GetResult(i).Type;
                if (runtime.Accepts(type)) continue;
                if (emitErrors) op.EmitOpError($"{kind} #{index} must be {runtime.Summary}, but got '{type}'");
                return false;
            }
        }
        return true;
    }

    private static bool VerifyPredicates(Operation op, bool emitErrors)
    {
        if (!TflRuntimePredicates.ByOp.TryGetValue(op.Name, out var predicate)) return true;
        if (predicate.Holds(op)) return true;
        if (emitErrors) op.EmitOpError($"failed to verify that {predicate.Description}");
        return false;
    }
}
