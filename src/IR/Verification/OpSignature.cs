namespace Lce.IR;

/// <summary>Checks a registered op against its declaration: operand/result/region counts, types and attributes.</summary>
internal static class OpSignature
{
    public static bool Verify(Operation op, OpDefinition def)
    {
        if (!VerifyValues(op, def.OperandDefs, op.NumOperands, i => op.GetOperand(i).Type, "operand", "operandSegmentSizes",
                def.HasTrait<Traits.AttrSizedOperandSegments>())) return false;
        if (!VerifyValues(op, def.ResultDefs, op.NumResults, i => op.GetResult(i).Type, "result", "resultSegmentSizes",
                def.HasTrait<Traits.AttrSizedResultSegments>())) return false;

        foreach (var a in def.AttrDefs)
        {
            var value = a.IsProperty ? op.GetProp(a.Name) ?? op.GetAttr(a.Name) : op.GetAttr(a.Name);
            if (value is null)
            {
                if (a.Optional || a.Default is not null) continue;
                op.EmitOpError($"requires attribute '{a.Name}'");
                return false;
            }
            if (!a.Constraint.Accepts(value))
            {
                op.EmitOpError($"attribute '{a.Name}' failed to satisfy constraint: {a.Constraint.Description}");
                return false;
            }
        }

        int fixedRegions = 0;
        bool variadicRegions = false;
        foreach (var r in def.RegionDefs) { if (r.Arity == Arity.Single) fixedRegions++; else variadicRegions = true; }
        if (def.RegionDefs.Count > 0 || !def.Traits.Any(t => t is Traits.NRegions))
        {
            if (variadicRegions ? op.NumRegions < fixedRegions : op.NumRegions != fixedRegions)
            {
                op.EmitOpError($"requires {(variadicRegions ? "at least " : "")}{fixedRegions} region{(fixedRegions == 1 ? "" : "s")}");
                return false;
            }
        }
        return true;
    }

    private static bool VerifyValues(Operation op, IReadOnlyList<ValueDef> defs, int count, Func<int, IRType> typeAt, string kind,
        string segmentAttr, bool attrSized)
    {
        if (defs.Count == 0 && count == 0) return true;
        int[] sizes;
        if (attrSized)
        {
            if (op.GetProp(segmentAttr) is not DenseArrayAttr seg || seg.Size != defs.Count)
            {
                op.EmitOpError($"'{segmentAttr}' attribute for specifying {kind} segments must have {defs.Count} elements");
                return false;
            }
            sizes = Enumerable.Range(0, seg.Size).Select(i => BitConverter.ToInt32(seg.ElementBytes(i))).ToArray();
            if (sizes.Sum() != count)
            {
                op.EmitOpError($"{kind} count ({count}) does not match with the total size ({sizes.Sum()}) specified in attribute '{segmentAttr}'");
                return false;
            }
        }
        else
        {
            int fixedCount = 0;
            foreach (var d in defs) if (d.Arity == Arity.Single) fixedCount++;
            int variadic = defs.Count - fixedCount;
            if (variadic == 0 && count != fixedCount)
            {
                op.EmitOpError($"expected {fixedCount} {kind}{(fixedCount == 1 ? "" : "s")}, but found {count}");
                return false;
            }
            if (variadic > 0 && count < fixedCount)
            {
                op.EmitOpError($"expected {fixedCount} or more {kind}s, but found {count}");
                return false;
            }
            if (variadic > 1) return true; // ambiguous without segment sizes; the op's verifier decides
            int rest = count - fixedCount;
            sizes = new int[defs.Count];
            for (int i = 0; i < defs.Count; i++) sizes[i] = defs[i].Arity == Arity.Single ? 1 : rest;
        }
        int index = 0;
        for (int d = 0; d < defs.Count; d++)
            for (int k = 0; k < sizes[d]; k++, index++)
                if (!defs[d].Constraint.Accepts(typeAt(index)))
                {
                    op.EmitOpError($"{kind} #{index} must be {defs[d].Constraint.Description}, but got '{typeAt(index)}'");
                    return false;
                }
        return true;
    }
}
