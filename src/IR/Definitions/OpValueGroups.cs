namespace Lce.IR;

/// <summary>
/// Maps an op's flat operand/result lists onto its declared (possibly variadic or optional)
/// groups, using `operandSegmentSizes`/`resultSegmentSizes` when the op is attribute-sized.
/// </summary>
public static class OpValueGroups
{
    public static IReadOnlyList<Value>? Operands(Operation op, string name)
    {
        var def = op.Definition;
        if (def is null) return null;
        int idx = IndexOf(def.OperandDefs, name);
        if (idx < 0) return null;
        var ranges = Ranges(op, def.OperandDefs, op.NumOperands, "operandSegmentSizes", def.HasTrait<Traits.AttrSizedOperandSegments>());
        var (start, count) = ranges[idx];
        return Enumerable.Range(start, count).Select(op.GetOperand).ToList();
    }

    public static IReadOnlyList<Value>? Results(Operation op, string name)
    {
        var def = op.Definition;
        if (def is null) return null;
        int idx = IndexOf(def.ResultDefs, name);
        if (idx < 0) return null;
        var ranges = Ranges(op, def.ResultDefs, op.NumResults, "resultSegmentSizes", def.HasTrait<Traits.AttrSizedResultSegments>());
        var (start, count) = ranges[idx];
        return Enumerable.Range(start, count).Select(i => (Value)op.GetResult(i)).ToList();
    }

    private static int IndexOf(IReadOnlyList<ValueDef> defs, string name)
    {
        for (int i = 0; i < defs.Count; i++) if (defs[i].Name == name) return i;
        return -1;
    }

    /// <summary>(start, count) of each declared group.</summary>
    public static (int Start, int Count)[] Ranges(Operation op, IReadOnlyList<ValueDef> defs, int total, string segmentAttr, bool attrSized)
    {
        var result = new (int, int)[defs.Count];
        if (attrSized && op.GetProp(segmentAttr) is DenseArrayAttr seg && seg.Size == defs.Count)
        {
            int s = 0;
            for (int i = 0; i < defs.Count; i++)
            {
                int n = BitConverter.ToInt32(seg.ElementBytes(i));
                result[i] = (s, n); s += n;
            }
            return result;
        }
        int fixedCount = defs.Count(d => d.Arity == Arity.Single);
        int variableGroups = defs.Count - fixedCount;
        int rest = Math.Max(0, total - fixedCount);
        int start = 0;
        for (int i = 0; i < defs.Count; i++)
        {
            int n = defs[i].Arity == Arity.Single ? 1 : (variableGroups == 0 ? 0 : rest / variableGroups);
            result[i] = (start, Math.Min(n, Math.Max(0, total - start)));
            start += n;
        }
        return result;
    }
}
