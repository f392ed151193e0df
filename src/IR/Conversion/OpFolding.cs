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
        if (op.HasTrait<Traits.ConstantLike>() || op.Definition?.Folder is not { } folder) return false;
        var constants = op.Operands.Select(ConstantValue).ToList();
        if (folder(op, constants) is not { } folded) return false;
        if (folded.Count != op.NumResults) return false;
        bool inPlace = true;
        for (int i = 0; i < folded.Count; i++)
            if (!ReferenceEquals(folded[i], op.GetResult(i))) inPlace = false;
        if (inPlace) return true;

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
