namespace Lce.Dialects.Cf;

using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>
/// Canonicalizations of `cf.assert`, `cf.br` and `cf.cond_br` (MLIR's AssertOp/BranchOp
/// canonicalize methods and the CondBranchOp patterns SimplifyConstCondBranchPred,
/// SimplifyPassThroughCondBranch, SimplifyCondBranchIdenticalSuccessors,
/// SimplifyCondBranchFromCondBranchOnSameCondition, CondBranchTruthPropagation).
/// </summary>
internal static class BranchPatterns
{
    /// <summary>Block::getSinglePredecessor: exactly one incoming edge.</summary>
    public static Block? SinglePredecessor(Block b)
    {
        Block? single = null;
        foreach (var p in b.Predecessors)
        {
            if (single is not null) return null;
            single = p;
        }
        return single;
    }

    /// <summary>Block::getUniquePredecessor: every incoming edge comes from the same block.</summary>
    private static Block? UniquePredecessor(Block b)
    {
        Block? unique = null;
        foreach (var p in b.Predecessors)
        {
            if (unique is not null && !ReferenceEquals(unique, p)) return null;
            unique = p;
        }
        return unique;
    }

    /// <summary>AssertOp::canonicalize: an assertion of a true constant is erased.</summary>
    public static bool EraseTrueAssert(Operation op, PatternRewriter rw)
    {
        if (!Matchers.IsOne(op.GetOperand(0))) return false;
        rw.EraseOp(op);
        return true;
    }

    /// <summary>
    /// collapseBranch: when <paramref name="successor"/> only holds `cf.br` (its arguments used
    /// only there), branch straight to that branch's destination with remapped operands.
    /// </summary>
    public static bool CollapseBranch(ref Block successor, ref List<Value> operands)
    {
        if (successor.OperationCount != 1 || successor.LastOp is not { Name: "cf.br" } br) return false;
        foreach (var arg in successor.Arguments)
            foreach (var user in arg.Users)
                if (!ReferenceEquals(user, br)) return false;
        var dest = br.GetSuccessor(0);
        if (ReferenceEquals(dest, successor)) return false;
        var forwarded = br.Operands.ToList();
        if (successor.NumArguments > 0)
        {
            var incoming = operands;
            var owner = successor;
            forwarded = forwarded.Select(v => v is BlockArgument a && ReferenceEquals(a.Owner, owner) ? incoming[a.Index] : v).ToList();
        }
        successor = dest;
        operands = forwarded;
        return true;
    }

    /// <summary>BranchOp::canonicalize: merge into a single-predecessor successor, else skip a pass-through block.</summary>
    public static bool CanonicalizeBranch(Operation op, PatternRewriter rw) =>
        SimplifyBrToBlockWithSinglePred(op, rw) || SimplifyPassThroughBr(op, rw);

    private static bool SimplifyBrToBlockWithSinglePred(Operation op, PatternRewriter rw)
    {
        var succ = op.GetSuccessor(0);
        var parent = op.ParentBlock!;
        if (ReferenceEquals(succ, parent) || SinglePredecessor(succ) is null) return false;
        var operands = op.Operands.ToList();
        rw.EraseOp(op);
        rw.MergeBlocks(succ, parent, operands);
        return true;
    }

    private static bool SimplifyPassThroughBr(Operation op, PatternRewriter rw)
    {
        var dest = op.GetSuccessor(0);
        var operands = op.Operands.ToList();
        if (ReferenceEquals(dest, op.ParentBlock) || !CollapseBranch(ref dest, ref operands)) return false;
        RewriteBuild.ReplaceWithBranch(rw, op, dest, operands);
        return true;
    }

    public static bool SimplifyConstCondBranchPred(Operation condbr, PatternRewriter rw)
    {
        var cond = condbr.GetOperand(0);
        if (Matchers.IsNonZero(cond))
        {
            RewriteBuild.ReplaceWithBranch(rw, condbr, condbr.GetSuccessor(0), CfOps.TrueOperands(condbr));
            return true;
        }
        if (Matchers.IsZero(cond))
        {
            RewriteBuild.ReplaceWithBranch(rw, condbr, condbr.GetSuccessor(1), CfOps.FalseOperands(condbr));
            return true;
        }
        return false;
    }

    public static bool SimplifyPassThroughCondBranch(Operation condbr, PatternRewriter rw)
    {
        var (trueDest, falseDest) = (condbr.GetSuccessor(0), condbr.GetSuccessor(1));
        var (trueOperands, falseOperands) = (CfOps.TrueOperands(condbr), CfOps.FalseOperands(condbr));
        bool collapsedTrue = CollapseBranch(ref trueDest, ref trueOperands);
        bool collapsedFalse = CollapseBranch(ref falseDest, ref falseOperands);
        if (!collapsedTrue && !collapsedFalse) return false;
        rw.ReplaceOpWithNewOp(condbr, CfOps.NewCondBranch(rw.Context, condbr.Location, condbr.GetOperand(0),
            trueDest, trueOperands, falseDest, falseOperands));
        return true;
    }

    public static bool SimplifyCondBranchIdenticalSuccessors(Operation condbr, PatternRewriter rw)
    {
        var trueDest = condbr.GetSuccessor(0);
        if (!ReferenceEquals(trueDest, condbr.GetSuccessor(1))) return false;
        var (trueOperands, falseOperands) = (CfOps.TrueOperands(condbr), CfOps.FalseOperands(condbr));
        if (RewriteBuild.SameValues(trueOperands, falseOperands))
        {
            RewriteBuild.ReplaceWithBranch(rw, condbr, trueDest, trueOperands);
            return true;
        }
        if (!ReferenceEquals(UniquePredecessor(trueDest), condbr.ParentBlock)) return false;
        var cond = condbr.GetOperand(0);
        var merged = new List<Value>();
        for (int i = 0; i < trueOperands.Count; i++)
            merged.Add(ReferenceEquals(trueOperands[i], falseOperands[i])
                ? trueOperands[i]
                : RewriteBuild.Select(rw, condbr.Location, cond, trueOperands[i], falseOperands[i]));
        RewriteBuild.ReplaceWithBranch(rw, condbr, trueDest, merged);
        return true;
    }

    public static bool SimplifyCondBranchFromCondBranchOnSameCondition(Operation condbr, PatternRewriter rw)
    {
        var current = condbr.ParentBlock!;
        if (SinglePredecessor(current) is not { } predecessor) return false;
        if (predecessor.LastOp is not { Name: "cf.cond_br" } predBranch
            || !ReferenceEquals(predBranch.GetOperand(0), condbr.GetOperand(0))) return false;
        if (ReferenceEquals(current, predBranch.GetSuccessor(0)))
            RewriteBuild.ReplaceWithBranch(rw, condbr, condbr.GetSuccessor(0), CfOps.TrueOperands(condbr));
        else
            RewriteBuild.ReplaceWithBranch(rw, condbr, condbr.GetSuccessor(1), CfOps.FalseOperands(condbr));
        return true;
    }

    /// <summary>Uses of the condition in a successor reached only through this branch become true / false.</summary>
    public static bool CondBranchTruthPropagation(Operation condbr, PatternRewriter rw)
    {
        bool replaced = false;
        var cond = condbr.GetOperand(0);
        for (int side = 0; side < 2; side++)
        {
            var dest = condbr.GetSuccessor(side);
            if (SinglePredecessor(dest) is null) continue;
            Value? constant = null;
            foreach (var use in cond.Uses)
            {
                if (!ReferenceEquals(use.Owner.ParentBlock, dest)) continue;
                replaced = true;
                constant ??= RewriteBuild.Bool(rw, condbr.Location, side == 0);
                rw.ModifyOpInPlace(use.Owner, () => use.Set(constant));
            }
        }
        return replaced;
    }
}
