namespace Lce.IR.Rewrite;

/// <summary>
/// Runs an op's fold hook (MLIR's Operation::fold). A successful fold yields either no results
/// (the op was updated in place) or one entry per result: an <see cref="IRAttribute"/> to
/// materialize as a constant, or an existing <see cref="Value"/>.
/// </summary>
public static class OperationFolding
{
    /// <summary>Folds with the constant values of the operands (null where an operand is not a constant).</summary>
    public static bool Fold(Operation op, IReadOnlyList<IRAttribute?> operandConstants, List<object> results)
    {
        results.Clear();
        var def = op.Definition;
        if (def is null) return false;
        bool inPlace = false;
        if (def.Folder is { } folder && folder(op, operandConstants) is { } folded)
        {
            inPlace = folded.Count == 0 || IsOwnResults(op, folded);
            if (!inPlace)
            {
                if (folded.Count != op.NumResults)
                    throw new InvalidOperationException($"folder of '{op.Name}' produced {folded.Count} results for {op.NumResults}");
                foreach (var r in folded)
                {
                    if (r is not (IRAttribute or Value))
                        throw new InvalidOperationException($"folder of '{op.Name}' produced {r?.GetType().Name ?? "null"}, expected an attribute or a value");
                    results.Add(r);
                }
                return true;
            }
        }
        // OpDefinition.Folder already includes the trait folds (MLIR's generated fold hook).
        return inPlace;
    }

    /// <summary>Folds after looking up which operands are produced by constant-like ops.</summary>
    public static bool Fold(Operation op, List<object> results)
    {
        // Without a fold hook nothing folds: skip looking for constant operands.
        if (op.Definition?.Folder is null)
        {
            results.Clear();
            return false;
        }
        var constants = new IRAttribute?[op.NumOperands];
        for (int i = 0; i < constants.Length; i++)
            constants[i] = Matchers.MatchConstant(op.GetOperand(i), out var c) ? c : null;
        return Fold(op, constants, results);
    }

    /// <summary>A folder returning the op's own results reports an in-place update (MLIR's single-result convention).</summary>
    private static bool IsOwnResults(Operation op, IReadOnlyList<object> folded)
    {
        if (folded.Count != op.NumResults) return false;
        for (int i = 0; i < folded.Count; i++)
            if (!ReferenceEquals(folded[i], op.GetResult(i))) return false;
        return true;
    }
}
