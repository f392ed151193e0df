namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>Folding an op through its definition's fold hook (MLIR's OpBuilder::tryFold).</summary>
internal static class OpFolding
{
    /// <summary>
    /// Tries to fold <paramref name="op"/>. True with empty <paramref name="results"/> for an
    /// in-place fold; true with one value per result otherwise, constants materialized by the
    /// op's dialect at the builder's insertion point (and listed in <paramref name="newConstants"/>).
    /// </summary>
    public static bool TryFold(Builder builder, Operation op, List<Value> results, List<Operation> newConstants)
    {
        results.Clear();
        if (op.HasTrait<Traits.ConstantLike>() || op.Definition is not { } def) return false;
        var constants = op.Operands.Select(ConstantValue).ToList();
        var folded = def.Folder?.Invoke(op, constants);
        if (folded is not null && folded.Count != op.NumResults) return false;
        // As MLIR's fold hooks: when the op's own folder fails or folds in place, the traits fold.
        if (folded is null || IsInPlace(op, folded))
        {
            if (FoldTraits(op, constants) is { } byTrait) folded = byTrait;
            else if (folded is null) return false;
        }
        if (IsInPlace(op, folded)) return true;

        var dialect = op.Context.DialectOf(op.Name);
        var constantBuilder = new Builder(op.Context);
        var generated = new List<Operation>();
        for (int i = 0; i < folded.Count; i++)
        {
            var expectedType = op.GetResult(i).Type;
            if (folded[i] is Value v)
            {
                if (!Equals(v.Type, expectedType)) { Abandon(generated, results); return false; }
                results.Add(v);
                continue;
            }
            if (folded[i] is not IRAttribute attr || dialect?.MaterializeConstant(constantBuilder, attr, expectedType, op.Location) is not { } constant)
            {
                Abandon(generated, results);
                return false;
            }
            generated.Add(constant);
            results.Add(constant.GetResult(0));
        }
        foreach (var c in generated) builder.Insert(c);
        newConstants.AddRange(generated);
        return true;
    }

    /// <summary>An empty fold result, or one made of the op's own results, means the op was updated in place.</summary>
    private static bool IsInPlace(Operation op, IReadOnlyList<object> folded)
    {
        for (int i = 0; i < folded.Count; i++)
            if (!ReferenceEquals(folded[i], op.GetResult(i))) return false;
        return true;
    }

    /// <summary>
    /// The folds MLIR's op traits provide, tried in declaration order: commutative ops move
    /// constant operands last (in place), idempotent ops fold `f(x, x)` and `f(f(x))`, involutions
    /// fold `f(f(x))` to x. Null if none applies; empty for an in-place fold.
    /// </summary>
    private static IReadOnlyList<object>? FoldTraits(Operation op, IReadOnlyList<IRAttribute?> constants)
    {
        foreach (var trait in op.Definition!.Traits)
        {
            switch (trait)
            {
                case Traits.Commutative when op.NumOperands >= 2:
                    var operands = op.Operands.ToList();
                    var reordered = operands.Where((_, i) => constants[i] is null).Concat(operands.Where((_, i) => constants[i] is not null)).ToList();
                    if (reordered.SequenceEqual(operands)) continue;
                    op.SetOperands(reordered);
                    return [];
                case not null when trait.GetType().Name == "Idempotent" && op.NumResults == 1:
                    if (op.NumOperands == 1 && op.GetOperand(0).DefiningOp?.Name == op.Name) return [op.GetOperand(0)];
                    if (op.NumOperands == 2 && ReferenceEquals(op.GetOperand(0), op.GetOperand(1))) return [op.GetOperand(0)];
                    continue;
                case not null when trait.GetType().Name == "Involution" && op.NumResults == 1 && op.NumOperands >= 1:
                    if (op.GetOperand(0).DefiningOp is { } inner && inner.Name == op.Name) return [inner.GetOperand(0)];
                    continue;
            }
        }
        return null;
    }

    private static void Abandon(List<Operation> generated, List<Value> results)
    {
        foreach (var c in generated) c.DropAllReferences();
        results.Clear();
    }

    /// <summary>The attribute a constant-like op defines <paramref name="v"/> with, or null.</summary>
    internal static IRAttribute? ConstantValue(Value v)
    {
        if (v.DefiningOp is not { } def || !def.HasTrait<Traits.ConstantLike>()) return null;
        return def.Definition?.Folder?.Invoke(def, []) is [IRAttribute attr] ? attr : null;
    }
}
