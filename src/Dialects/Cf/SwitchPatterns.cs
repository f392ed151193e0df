namespace Lce.Dialects.Cf;

using System.Numerics;
using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>
/// `cf.switch` canonicalizations, in MLIR's order: only a default destination, cases equal to
/// the default, a constant flag, pass-through destinations, and switches on the same flag
/// reached from a case or from the default of a preceding switch.
/// </summary>
internal static class SwitchPatterns
{
    private static void ReplaceWithSwitch(PatternRewriter rw, Operation op, Block defaultDest, IReadOnlyList<Value> defaultOperands,
        IReadOnlyList<BigInteger> values, IReadOnlyList<Block> dests, IReadOnlyList<IReadOnlyList<Value>> operands) =>
        rw.ReplaceOpWithNewOp(op, CfOps.NewSwitch(rw.Context, op.Location, op.GetOperand(0), defaultDest, defaultOperands, values, dests, operands));

    public static bool SimplifySwitchWithOnlyDefault(Operation op, PatternRewriter rw)
    {
        if (op.NumSuccessors != 1) return false;
        RewriteBuild.ReplaceWithBranch(rw, op, CfOps.DefaultDest(op), CfOps.DefaultOperands(op));
        return true;
    }

    public static bool DropSwitchCasesThatMatchDefault(Operation op, PatternRewriter rw)
    {
        var values = CfOps.CaseValues(op) ?? [];
        var dests = CfOps.CaseDests(op);
        var defaultDest = CfOps.DefaultDest(op);
        var defaultOperands = CfOps.DefaultOperands(op);
        var newDests = new List<Block>();
        var newOperands = new List<IReadOnlyList<Value>>();
        var newValues = new List<BigInteger>();
        bool requiresChange = false;
        for (int i = 0; i < values.Count; i++)
        {
            var operands = CfOps.CaseOperands(op, i);
            if (ReferenceEquals(dests[i], defaultDest) && RewriteBuild.SameValues(operands, defaultOperands))
            {
                requiresChange = true;
                continue;
            }
            newDests.Add(dests[i]);
            newOperands.Add(operands);
            newValues.Add(values[i]);
        }
        if (!requiresChange) return false;
        ReplaceWithSwitch(rw, op, defaultDest, defaultOperands, newValues, newDests, newOperands);
        return true;
    }

    /// <summary>foldSwitch: branch to the case matching <paramref name="value"/>, else to the default.</summary>
    private static void FoldSwitch(Operation op, PatternRewriter rw, BigInteger value)
    {
        var values = CfOps.CaseValues(op) ?? [];
        var flagType = op.GetOperand(0).Type;
        for (int i = 0; i < values.Count; i++)
        {
            if (CfOps.Unsigned(values[i], flagType) != CfOps.Unsigned(value, flagType)) continue;
            RewriteBuild.ReplaceWithBranch(rw, op, CfOps.CaseDests(op)[i], CfOps.CaseOperands(op, i));
            return;
        }
        RewriteBuild.ReplaceWithBranch(rw, op, CfOps.DefaultDest(op), CfOps.DefaultOperands(op));
    }

    public static bool SimplifyConstSwitchValue(Operation op, PatternRewriter rw)
    {
        if (ConstantMatch.Int(op.GetOperand(0)) is not { } c) return false;
        FoldSwitch(op, rw, c.Value);
        return true;
    }

    public static bool SimplifyPassThroughSwitch(Operation op, PatternRewriter rw)
    {
        var values = CfOps.CaseValues(op) ?? [];
        var dests = CfOps.CaseDests(op);
        var newDests = new List<Block>();
        var newOperands = new List<IReadOnlyList<Value>>();
        bool requiresChange = false;
        for (int i = 0; i < values.Count; i++)
        {
            var dest = dests[i];
            var operands = CfOps.CaseOperands(op, i);
            if (BranchPatterns.CollapseBranch(ref dest, ref operands)) requiresChange = true;
            newDests.Add(dest);
            newOperands.Add(operands);
        }
        var defaultDest = CfOps.DefaultDest(op);
        var defaultOperands = CfOps.DefaultOperands(op);
        if (BranchPatterns.CollapseBranch(ref defaultDest, ref defaultOperands)) requiresChange = true;
        if (!requiresChange) return false;
        rw.ReplaceOpWithNewOp(op, CfOps.NewSwitch(rw.Context, op.Location, op.GetOperand(0), defaultDest, defaultOperands,
            op.GetProp("case_values"), newDests, newOperands));
        return true;
    }

    public static bool SimplifySwitchFromSwitchOnSameCondition(Operation op, PatternRewriter rw)
    {
        var current = op.ParentBlock!;
        if (BranchPatterns.SinglePredecessor(current) is not { } predecessor) return false;
        if (predecessor.LastOp is not { Name: "cf.switch" } predSwitch
            || !ReferenceEquals(predSwitch.GetOperand(0), op.GetOperand(0))
            || ReferenceEquals(CfOps.DefaultDest(predSwitch), current)) return false;
        var predDests = CfOps.CaseDests(predSwitch);
        int at = predDests.IndexOf(current);
        if (at >= 0) FoldSwitch(op, rw, CfOps.CaseValues(predSwitch)![at]);
        else RewriteBuild.ReplaceWithBranch(rw, op, CfOps.DefaultDest(op), CfOps.DefaultOperands(op));
        return true;
    }

    public static bool SimplifySwitchFromDefaultSwitchOnSameCondition(Operation op, PatternRewriter rw)
    {
        var current = op.ParentBlock!;
        if (BranchPatterns.SinglePredecessor(current) is not { } predecessor) return false;
        if (predecessor.LastOp is not { Name: "cf.switch" } predSwitch
            || !ReferenceEquals(predSwitch.GetOperand(0), op.GetOperand(0))
            || !ReferenceEquals(CfOps.DefaultDest(predSwitch), current)) return false;

        var flagType = op.GetOperand(0).Type;
        var toRemove = new HashSet<BigInteger>();
        var predDests = CfOps.CaseDests(predSwitch);
        var predValues = CfOps.CaseValues(predSwitch) ?? [];
        for (int i = 0; i < predValues.Count; i++)
            if (!ReferenceEquals(current, predDests[i])) toRemove.Add(CfOps.Unsigned(predValues[i], flagType));

        var values = CfOps.CaseValues(op) ?? [];
        var dests = CfOps.CaseDests(op);
        var newDests = new List<Block>();
        var newOperands = new List<IReadOnlyList<Value>>();
        var newValues = new List<BigInteger>();
        bool requiresChange = false;
        for (int i = 0; i < values.Count; i++)
        {
            if (toRemove.Contains(CfOps.Unsigned(values[i], flagType)))
            {
                requiresChange = true;
                continue;
            }
            newDests.Add(dests[i]);
            newOperands.Add(CfOps.CaseOperands(op, i));
            newValues.Add(values[i]);
        }
        if (!requiresChange) return false;
        ReplaceWithSwitch(rw, op, CfOps.DefaultDest(op), CfOps.DefaultOperands(op), newValues, newDests, newOperands);
        return true;
    }
}
