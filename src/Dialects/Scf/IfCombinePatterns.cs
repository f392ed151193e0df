namespace Lce.Dialects.Scf;

using Lce.IR;
using Lce.IR.Rewrite;
using static IfPatterns;

/// <summary>
/// scf.if canonicalizations that restructure: merging consecutive ifs on the same (or negated)
/// condition, dropping an else branch that only yields, and turning an if whose then branch
/// holds just another if into one if on `arith.andi` (MLIR's CombineIfs, RemoveEmptyElseBranch,
/// CombineNestedIfs).
/// </summary>
internal static class IfCombinePatterns
{
    /// <summary>Region::isAncestor: <paramref name="region"/> is <paramref name="other"/> or encloses it.</summary>
    private static bool IsAncestor(Region region, Region? other)
    {
        for (var r = other; r is not null; r = r.Owner?.ParentRegion)
            if (ReferenceEquals(r, region)) return true;
        return false;
    }

    private static bool IsNotOf(Value maybeNot, Value of) =>
        maybeNot.DefiningOp is { Name: "arith.xori" } x && ReferenceEquals(x.GetOperand(0), of) && Matchers.IsOne(x.GetOperand(1));

    public static bool CombineIfs(Operation nextIf, PatternRewriter rw)
    {
        if (nextIf.PrevNode is not { Name: "scf.if" } prevIf) return false;

        // The blocks of nextIf that run when prevIf's condition is true / false (null: none).
        Block? nextThen = null, nextElse = null;
        var (nextCond, prevCond) = (nextIf.GetOperand(0), prevIf.GetOperand(0));
        if (ReferenceEquals(nextCond, prevCond))
        {
            nextThen = ThenBlock(nextIf);
            nextElse = ElseBlock(nextIf);
        }
        for (int check = 0; check < 2; check++)
        {
            if (!(check == 0 ? IsNotOf(nextCond, prevCond) : IsNotOf(prevCond, nextCond))) continue;
            nextElse = ThenBlock(nextIf);
            if (ElseBlock(nextIf) is { } e) nextThen = e;
        }
        if (nextThen is null && nextElse is null) return false;

        var prevElseYielded = ElseBlock(prevIf) is not null ? ElseYield(prevIf).Operands.ToList() : [];
        var prevThenYield = ThenYield(prevIf);
        for (int i = 0; i < Math.Min(prevIf.NumResults, prevElseYielded.Count); i++)
        {
            foreach (var use in prevIf.GetResult(i).Uses)
            {
                if (nextThen is not null && IsAncestor(nextThen.Parent!, use.Owner.ParentRegion))
                {
                    var v = prevThenYield.GetOperand(i);
                    rw.ModifyOpInPlace(use.Owner, () => use.Set(v));
                }
                else if (nextElse is not null && IsAncestor(nextElse.Parent!, use.Owner.ParentRegion))
                {
                    var v = prevElseYielded[i];
                    rw.ModifyOpInPlace(use.Owner, () => use.Set(v));
                }
            }
        }

        var mergedTypes = prevIf.ResultTypes.Concat(nextIf.ResultTypes).ToList();
        var combined = ScfBuild.If(rw, nextIf.Location, mergedTypes, prevCond, withElseRegion: false);
        rw.EraseBlock(combined.GetRegion(0).Blocks[^1]);
        rw.InlineRegionBefore(prevIf.GetRegion(0), combined.GetRegion(0), combined.GetRegion(0).EntryBlock);

        if (nextThen is not null)
        {
            var thenYield = ThenYield(combined);
            var thenYield2 = nextThen.LastOp!;
            rw.MergeBlocks(nextThen, ThenBlock(combined));
            rw.SetInsertionPointToEnd(ThenBlock(combined));
            ScfBuild.Yield(rw, thenYield2.Location, [.. thenYield.Operands, .. thenYield2.Operands]);
            rw.EraseOp(thenYield);
            rw.EraseOp(thenYield2);
        }

        rw.InlineRegionBefore(prevIf.GetRegion(1), combined.GetRegion(1), combined.GetRegion(1).EntryBlock);

        if (nextElse is not null)
        {
            if (combined.GetRegion(1).IsEmpty)
                rw.InlineRegionBefore(nextElse.Parent!, combined.GetRegion(1), combined.GetRegion(1).EntryBlock);
            else
            {
                var elseYield = ElseYield(combined);
                var elseYield2 = nextElse.LastOp!;
                rw.MergeBlocks(nextElse, ElseBlock(combined)!);
                rw.SetInsertionPointToEnd(ElseBlock(combined)!);
                ScfBuild.Yield(rw, elseYield2.Location, [.. elseYield.Operands, .. elseYield2.Operands]);
                rw.EraseOp(elseYield);
                rw.EraseOp(elseYield2);
            }
        }

        var results = combined.Results;
        rw.ReplaceOp(prevIf, results.Take(prevIf.NumResults).ToList<Value>());
        rw.ReplaceOp(nextIf, results.Skip(prevIf.NumResults).ToList<Value>());
        return true;
    }

    /// <summary>RemoveEmptyElseBranch: an else branch holding only its yield is dropped (ops without results).</summary>
    public static bool RemoveEmptyElseBranch(Operation op, PatternRewriter rw)
    {
        if (op.NumResults != 0) return false;
        if (ElseBlock(op) is not { OperationCount: 1 }) return false;
        var newIf = rw.CloneWithoutRegions(op);
        rw.InlineRegionBefore(op.GetRegion(0), newIf.GetRegion(0), newIf.GetRegion(0).EntryBlock);
        rw.EraseOp(op);
        return true;
    }

    /// <summary>CombineNestedIfs: `if a { if b { ... } }` becomes `if (a and b) { ... }`, yields upgraded to selects.</summary>
    public static bool CombineNestedIfs(Operation op, PatternRewriter rw)
    {
        var thenBlock = ThenBlock(op);
        if (thenBlock.OperationCount != 2 || thenBlock.FirstOp is not { Name: "scf.if" } nestedIf) return false;
        if (ElseBlock(op) is { OperationCount: not 1 }) return false;
        if (ElseBlock(nestedIf) is { OperationCount: not 1 }) return false;

        var thenYield = ThenYield(op).Operands.ToList();
        var elseYield = ElseBlock(op) is not null ? ElseYield(op).Operands.ToList() : [];
        var upgradeToSelect = new List<int>();
        for (int i = 0; i < thenYield.Count; i++)
        {
            var v = thenYield[i];
            if (v is OpResult r && ReferenceEquals(r.Owner, nestedIf))
            {
                if (!ReferenceEquals(ElseYield(nestedIf).GetOperand(r.Index), elseYield[i])) return false;
                thenYield[i] = ThenYield(nestedIf).GetOperand(r.Index);
                continue;
            }
            if (ReferenceEquals(v.ParentRegion, op.GetRegion(0))) return false;
            upgradeToSelect.Add(i);
        }

        var loc = op.Location;
        var newCondition = RewriteBuild.AndI(rw, loc, op.GetOperand(0), nestedIf.GetOperand(0));
        var newIf = ScfBuild.If(rw, loc, op.ResultTypes.ToList(), newCondition);
        var newIfBlock = rw.CreateBlock(newIf.GetRegion(0));
        var results = newIf.Results.ToArray<Value>();
        rw.SetInsertionPoint(newIf);
        foreach (var idx in upgradeToSelect)
            results[idx] = RewriteBuild.Select(rw, op.Location, op.GetOperand(0), thenYield[idx], elseYield[idx]);

        rw.MergeBlocks(ThenBlock(nestedIf), newIfBlock);
        rw.SetInsertionPointToEnd(ThenBlock(newIf));
        ScfBuild.ReplaceWithYield(rw, ThenYield(newIf), thenYield);
        if (elseYield.Count > 0)
        {
            rw.CreateBlock(newIf.GetRegion(1));
            rw.SetInsertionPointToEnd(ElseBlock(newIf)!);
            ScfBuild.Yield(rw, loc, elseYield);
        }
        rw.ReplaceOp(op, results);
        return true;
    }
}
