namespace Lce.Dialects.Scf;

using Lce.IR;
using Lce.IR.Rewrite;

internal static partial class WhilePatterns
{
    /// <summary>
    /// WhileMoveIfDown: an `scf.if` on the loop condition placed right before `scf.condition`
    /// (with an else branch that only yields) moves into the after region; the values its
    /// then branch uses from the before region are forwarded as extra condition arguments.
    /// </summary>
    public static bool WhileMoveIfDown(Operation op, PatternRewriter rw)
    {
        var conditionOp = Condition(op);
        if (conditionOp.PrevNode is not { Name: "scf.if" } ifOp) return false;
        if (!ReferenceEquals(ifOp.GetOperand(0), conditionOp.GetOperand(0))) return false;
        if (IfPatterns.ElseBlock(ifOp) is { OperationCount: > 1 }) return false;

        var loc = op.Location;
        for (int idx = 0; idx < conditionOp.NumOperands - 1; idx++)
        {
            if (conditionOp.GetOperand(1 + idx) is not OpResult r || !ReferenceEquals(r.Owner, ifOp)) continue;
            var thenValue = IfPatterns.ThenYield(ifOp).GetOperand(r.Index);
            var elseValue = IfPatterns.ElseYield(ifOp).GetOperand(r.Index);
            rw.ReplaceAllUsesWith(r, elseValue);
            rw.ReplaceAllUsesWith(After(op).GetArgument(idx), thenValue);
        }

        var before = op.GetRegion(0);
        var additional = new List<Value>();
        foreach (var operand in UsedValuesDefinedAbove(ifOp.GetRegion(0)))
            if (ReferenceEquals(operand.Value.ParentRegion, before) && !additional.Contains(operand.Value))
                additional.Add(operand.Value);
        var additionalTypes = additional.Select(v => v.Type).ToList();
        var newWhile = ScfBuild.While(rw, loc, [.. op.ResultTypes, .. additionalTypes], op.Operands.ToList(), withBlocks: false);

        rw.ModifyOpInPlace(newWhile, () =>
        {
            op.GetRegion(0).TakeBody(newWhile.GetRegion(0));
            op.GetRegion(1).TakeBody(newWhile.GetRegion(1));
            foreach (var t in additionalTypes) After(newWhile).AddArgument(t, loc);
        });
        rw.ModifyOpInPlace(conditionOp, () => conditionOp.InsertOperands(conditionOp.NumOperands, additional));

        var newArgs = After(newWhile).Arguments.Skip(After(newWhile).NumArguments - additional.Count).ToList();
        var thenRegion = ifOp.GetRegion(0);
        for (int i = 0; i < additional.Count; i++)
            rw.ReplaceUsesWithIf(additional[i], newArgs[i], use => IsAncestor(thenRegion, use.Owner.ParentRegion));

        rw.EraseOp(IfPatterns.ThenYield(ifOp));
        rw.InlineBlockBefore(IfPatterns.ThenBlock(ifOp), After(newWhile), After(newWhile).FirstOp);
        rw.EraseOp(ifOp);
        rw.ReplaceOp(op, newWhile.Results.Take(op.NumResults).ToList<Value>());
        return true;
    }

    private static bool IsAncestor(Region region, Region? other)
    {
        for (var r = other; r is not null; r = r.Owner?.ParentRegion)
            if (ReferenceEquals(r, region)) return true;
        return false;
    }

    /// <summary>
    /// visitUsedValuesDefinedAbove(region): operands (in a post-order walk of the region) whose
    /// values are defined in a region enclosing <paramref name="region"/>.
    /// </summary>
    private static List<OpOperand> UsedValuesDefinedAbove(Region region)
    {
        var ancestors = new HashSet<Region>();
        for (var r = region.Owner?.ParentRegion; r is not null; r = r.Owner?.ParentRegion) ancestors.Add(r);
        var result = new List<OpOperand>();
        foreach (var block in region.Blocks)
            foreach (var top in block.Operations)
                top.Walk(o =>
                {
                    foreach (var operand in o.OpOperands)
                        if (operand.Value.ParentRegion is { } pr && ancestors.Contains(pr)) result.Add(operand);
                });
        return result;
    }
}
