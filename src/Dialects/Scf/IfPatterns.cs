namespace Lce.Dialects.Scf;

using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>
/// scf.if canonicalizations that look at one op: constant conditions, select hoisting,
/// condition propagation into the branches and yields equal to the condition (MLIR's
/// RemoveStaticCondition, ConvertTrivialIfToSelect, ConditionPropagation,
/// ReplaceIfYieldWithConditionOrValue), plus IfOp::fold. Unused or forwarded results are left
/// to the RegionBranchOpInterface patterns.
/// </summary>
internal static class IfPatterns
{
    public static Block ThenBlock(Operation op) => op.GetRegion(0).Blocks[^1];
    public static Block? ElseBlock(Operation op) => op.GetRegion(1).IsEmpty ? null : op.GetRegion(1).Blocks[^1];
    public static Operation ThenYield(Operation op) => ThenBlock(op).LastOp!;
    public static Operation ElseYield(Operation op) => ElseBlock(op)!.LastOp!;

    /// <summary>IfOp::fold: `if (xori %c, true)` with an else branch becomes `if %c` with the branches swapped.</summary>
    public static IReadOnlyList<object>? Fold(Operation op, IReadOnlyList<IRAttribute?> _)
    {
        if (op.GetRegion(1).IsEmpty) return null;
        if (op.GetOperand(0).DefiningOp is not { Name: "arith.xori" } xor || !Matchers.IsOne(xor.GetOperand(1))) return null;
        op.SetOperand(0, xor.GetOperand(0));
        // The branches swap by moving blocks directly (MLIR splices the block lists; no listener is told).
        var held = Region.CreateDetached();
        op.GetRegion(0).TakeBody(held);
        op.GetRegion(1).TakeBody(op.GetRegion(0));
        held.TakeBody(op.GetRegion(1));
        return op.Results.Cast<object>().ToList();
    }

    /// <summary>RemoveStaticCondition: a constant condition inlines the taken branch (or erases the op).</summary>
    public static bool RemoveStaticCondition(Operation op, PatternRewriter rw)
    {
        if (ConstantMatch.Bool(op.GetOperand(0)) is not { } cond) return false;
        if (cond) ScfBuild.ReplaceOpWithRegion(rw, op, op.GetRegion(0));
        else if (!op.GetRegion(1).IsEmpty) ScfBuild.ReplaceOpWithRegion(rw, op, op.GetRegion(1));
        else rw.EraseOp(op);
        return true;
    }

    /// <summary>ConvertTrivialIfToSelect: results yielded from outside both branches become arith.select.</summary>
    public static bool ConvertTrivialIfToSelect(Operation op, PatternRewriter rw)
    {
        if (op.NumResults == 0) return false;
        var cond = op.GetOperand(0);
        var thenYield = ThenYield(op);
        var elseYield = ElseYield(op);
        var nonHoistable = new List<IRType>();
        for (int i = 0; i < op.NumResults; i++)
        {
            var (t, f) = (thenYield.GetOperand(i), elseYield.GetOperand(i));
            if (ReferenceEquals(t.ParentRegion, op.GetRegion(0)) || ReferenceEquals(f.ParentRegion, op.GetRegion(1)))
                nonHoistable.Add(t.Type);
        }
        if (nonHoistable.Count == op.NumResults) return false;

        var replacement = ScfBuild.If(rw, op.Location, nonHoistable, cond, withElseRegion: false);
        if (!replacement.GetRegion(0).IsEmpty) rw.EraseBlock(replacement.GetRegion(0).Blocks[^1]);
        op.GetRegion(0).TakeBody(replacement.GetRegion(0));
        op.GetRegion(1).TakeBody(replacement.GetRegion(1));

        var results = new Value[op.NumResults];
        var trueYields = new List<Value>();
        var falseYields = new List<Value>();
        rw.SetInsertionPoint(replacement);
        for (int i = 0; i < op.NumResults; i++)
        {
            var (t, f) = (thenYield.GetOperand(i), elseYield.GetOperand(i));
            if (ReferenceEquals(t.ParentRegion, replacement.GetRegion(0)) || ReferenceEquals(f.ParentRegion, replacement.GetRegion(1)))
            {
                results[i] = replacement.GetResult(trueYields.Count);
                trueYields.Add(t);
                falseYields.Add(f);
            }
            else if (ReferenceEquals(t, f)) results[i] = t;
            else results[i] = RewriteBuild.Select(rw, op.Location, cond, t, f);
        }
        rw.SetInsertionPointToEnd(ThenBlock(replacement));
        ScfBuild.ReplaceWithYield(rw, ThenYield(replacement), trueYields);
        rw.SetInsertionPointToEnd(ElseBlock(replacement)!);
        ScfBuild.ReplaceWithYield(rw, ElseYield(replacement), falseYields);
        rw.ReplaceOp(op, results);
        return true;
    }

    /// <summary>ConditionPropagation: uses of the condition inside the then (else) branch become true (false).</summary>
    public static bool ConditionPropagation(Operation op, PatternRewriter rw)
    {
        var cond = op.GetOperand(0);
        if (ConstantMatch.Constant(cond) is not null) return false;
        bool changed = false;
        Value? constantTrue = null, constantFalse = null;
        var cache = new Dictionary<Region, int>();
        foreach (var use in cond.Uses)
        {
            switch (BranchOf(use.Owner.ParentRegion, op, cache, cond.ParentRegion))
            {
                case 1:
                    changed = true;
                    constantTrue ??= RewriteBuild.Bool(rw, op.Location, true);
                    rw.ModifyOpInPlace(use.Owner, () => use.Set(constantTrue));
                    break;
                case 2:
                    changed = true;
                    constantFalse ??= RewriteBuild.Bool(rw, op.Location, false);
                    rw.ModifyOpInPlace(use.Owner, () => use.Set(constantFalse));
                    break;
            }
        }
        return changed;
    }

    /// <summary>1 if <paramref name="region"/> is (inside) the then region of <paramref name="op"/>, 2 for else, 0 otherwise.</summary>
    private static int BranchOf(Region? region, Operation op, Dictionary<Region, int> cache, Region? end)
    {
        var seen = new List<Region>();
        int kind = 0;
        for (var r = region; r is not null && !ReferenceEquals(r, end); r = r.Owner?.ParentRegion)
        {
            if (cache.TryGetValue(r, out var known)) return known;
            seen.Add(r);
            if (ReferenceEquals(r, op.GetRegion(0))) { kind = 1; break; }
            if (ReferenceEquals(r, op.GetRegion(1))) { kind = 2; break; }
        }
        foreach (var r in seen) cache[r] = kind;
        return kind;
    }

    /// <summary>
    /// ReplaceIfYieldWithConditionOrValue: results yielding the same value in both branches, or
    /// true/false (false/true) constants, are replaced by that value, the condition or its negation.
    /// </summary>
    public static bool ReplaceIfYieldWithConditionOrValue(Operation op, PatternRewriter rw)
    {
        if (op.NumResults == 0) return false;
        var trueYield = op.GetRegion(0).Blocks[^1].LastOp!;
        var falseYield = op.GetRegion(1).Blocks[^1].LastOp!;
        rw.SetInsertionPoint(op);
        bool changed = false;
        var i1 = IntegerType.Get(rw.Context, 1);
        for (int i = 0; i < op.NumResults; i++)
        {
            var (t, f, result) = (trueYield.GetOperand(i), falseYield.GetOperand(i), op.GetResult(i));
            if (ReferenceEquals(t, f))
            {
                if (result.HasUses) { result.ReplaceAllUsesWith(t); changed = true; }
                continue;
            }
            if (ConstantMatch.Bool(t) is not { } tv || ConstantMatch.Bool(f) is not { } fv) continue;
            if (!tv && fv && result.HasUses)
            {
                var one = t.DefiningOp!.Definition!.Dialect.MaterializeConstant(rw, IntegerAttr.Get(rw.Context, i1, 1), i1, op.Location)!;
                var notCond = RewriteBuild.XOrI(rw, op.Location, op.GetOperand(0), one.GetResult(0));
                result.ReplaceAllUsesWith(notCond);
                changed = true;
            }
            if (tv && !fv && result.HasUses)
            {
                result.ReplaceAllUsesWith(op.GetOperand(0));
                changed = true;
            }
        }
        return changed;
    }
}
