namespace Lce.Dialects.Scf;

using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>
/// scf.for's own canonicalization (MLIR's SimplifyTrivialLoops): loops with a static trip count
/// of 0 or 1 disappear; empty loops that run and yield outside values are replaced by them.
/// Dead, forwarded and duplicate iter_args are left to the RegionBranchOpInterface patterns.
/// </summary>
internal static class ForPatterns
{
    public static bool SimplifyTrivialLoops(Operation op, PatternRewriter rw)
    {
        if (TripCount.Of(op) is not { } tripCount) return rw.NotifyMatchFailure(op, "can't compute constant trip count");
        var inits = op.Operands.Skip(3).ToList();
        if (tripCount.IsZero)
        {
            rw.ReplaceOp(op, inits);
            return true;
        }
        if (ConstantMatch.Signed(tripCount, op.GetOperand(0).Type).IsOne)
        {
            ScfBuild.ReplaceOpWithRegion(rw, op, op.GetRegion(0), [op.GetOperand(0), .. inits]);
            return true;
        }
        var block = op.GetRegion(0).Blocks[0];
        if (block.OperationCount != 1) return false;
        var yielded = block.LastOp!.Operands.ToList();
        if (yielded.Any(v => !IsDefinedOutside(op, v))) return false;
        rw.ReplaceOp(op, yielded);
        return true;
    }

    /// <summary>LoopLikeOpInterface::isDefinedOutsideOfLoop.</summary>
    private static bool IsDefinedOutside(Operation loop, Value v)
    {
        for (var owner = v.ParentRegion?.Owner; owner is not null; owner = owner.ParentOp)
            if (ReferenceEquals(owner, loop)) return false;
        return true;
    }
}
