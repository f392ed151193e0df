namespace Lce.Dialects.Scf;

using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>
/// scf.execute_region canonicalizations (MLIR's SingleBlockExecuteInliner and
/// MultiBlockExecuteInliner), both disabled by `no_inline`.
/// </summary>
internal static class ExecuteRegionPatterns
{
    private static bool NoInline(Operation op) => op.GetProp("no_inline") is not null;

    public static bool SingleBlockInliner(Operation op, PatternRewriter rw)
    {
        if (op.GetRegion(0).Blocks.Count != 1 || NoInline(op)) return false;
        ScfBuild.ReplaceOpWithRegion(rw, op, op.GetRegion(0));
        return true;
    }

    /// <summary>Inlines the region's CFG into a parent that may hold several blocks (a function or another execute_region).</summary>
    public static bool MultiBlockInliner(Operation op, PatternRewriter rw)
    {
        if (NoInline(op)) return false;
        if (op.ParentOp is not { } parent || !(parent.Name == "scf.execute_region" || IsFunctionLike(parent))) return false;

        var prevBlock = op.ParentBlock!;
        var postBlock = rw.SplitBlock(prevBlock, op);
        rw.SetInsertionPointToEnd(prevBlock);
        RewriteBuild.Branch(rw, op.Location, op.GetRegion(0).Blocks[0], []);
        foreach (var block in op.GetRegion(0).Blocks.ToList())
        {
            if (block.LastOp is not { Name: ScfOps.YieldName } yield) continue;
            rw.SetInsertionPoint(yield);
            RewriteBuild.Branch(rw, yield.Location, postBlock, yield.Operands.ToList());
            rw.EraseOp(yield);
        }
        rw.InlineRegionBefore(op.GetRegion(0), postBlock.Parent!, postBlock);
        var blockArgs = op.Results.Select(r => (Value)postBlock.AddArgument(r.Type, op.Location)).ToList();
        rw.ReplaceOp(op, blockArgs);
        return true;
    }

    /// <summary>FunctionOpInterface ops among the registered dialects.</summary>
    private static bool IsFunctionLike(Operation op) => op.Name is "func.func";
}
