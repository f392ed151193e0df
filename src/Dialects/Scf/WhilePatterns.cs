namespace Lce.Dialects.Scf;

using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>
/// scf.while's own canonicalizations (MLIR's WhileConditionTruth, WhileCmpCond,
/// WhileOpAlignBeforeArgs, WhileMoveIfDown). Loop-invariant, unused and duplicated values are
/// left to the RegionBranchOpInterface patterns.
/// </summary>
internal static partial class WhilePatterns
{
    public static Block Before(Operation op) => op.GetRegion(0).Blocks[0];
    public static Block After(Operation op) => op.GetRegion(1).Blocks[0];
    public static Operation Condition(Operation op) => Before(op).LastOp!;
    public static Operation YieldOf(Operation op) => After(op).LastOp!;
    public static List<Value> ConditionArgs(Operation cond) => cond.Operands.Skip(1).ToList();

    /// <summary>WhileConditionTruth: after-block arguments that receive the condition itself are true in the body.</summary>
    public static bool WhileConditionTruth(Operation op, PatternRewriter rw)
    {
        var term = Condition(op);
        var cond = term.GetOperand(0);
        var afterArgs = After(op).Arguments;
        Value? constantTrue = null;
        bool replaced = false;
        for (int i = 0; i < Math.Min(term.NumOperands - 1, afterArgs.Count); i++)
        {
            if (!ReferenceEquals(term.GetOperand(1 + i), cond) || !afterArgs[i].HasUses) continue;
            constantTrue ??= RewriteBuild.Bool(rw, op.Location, true);
            rw.ReplaceAllUsesWith(afterArgs[i], constantTrue);
            replaced = true;
        }
        return replaced;
    }

    /// <summary>
    /// WhileCmpCond: in the after block, an `arith.cmpi` repeating (or inverting) the
    /// condition's comparison on the forwarded operand folds to true (false).
    /// </summary>
    public static bool WhileCmpCond(Operation op, PatternRewriter rw)
    {
        var cond = Condition(op);
        if (cond.GetOperand(0).DefiningOp is not { Name: "arith.cmpi" } cmp) return false;
        long predicate = Predicate(cmp);
        bool changed = false;
        var afterArgs = After(op).Arguments;
        for (int i = 0; i < Math.Min(cond.NumOperands - 1, afterArgs.Count); i++)
        {
            for (int opIdx = 0; opIdx < 2; opIdx++)
            {
                if (!ReferenceEquals(cond.GetOperand(1 + i), cmp.GetOperand(opIdx))) continue;
                foreach (var use in afterArgs[i].Uses.ToList())
                {
                    var cmp2 = use.Owner;
                    if (cmp2.Name != "arith.cmpi" || cmp2.ParentBlock is null) continue;
                    if (!ReferenceEquals(cmp2.GetOperand(1 - opIdx), cmp.GetOperand(1 - opIdx))) continue;
                    long p2 = Predicate(cmp2);
                    bool samePredicate;
                    if (p2 == predicate) samePredicate = true;
                    else if (p2 == InvertPredicate(predicate)) samePredicate = false;
                    else continue;
                    var i1 = IntegerType.Get(rw.Context, 1);
                    var constant = Operation.Create(rw.Context, "arith.constant", cmp2.Location, [], [i1],
                        properties: DictionaryAttr.Get(rw.Context, [new NamedAttribute("value", IntegerAttr.Get(rw.Context, i1, samePredicate ? 1 : 0))]));
                    rw.ReplaceOpWithNewOp(cmp2, constant);
                    changed = true;
                }
            }
        }
        return changed;
    }

    private static long Predicate(Operation cmp) => ((IntegerAttr)cmp.GetProp("predicate")!).Int64;

    /// <summary>arith::invertPredicate for cmpi: eq/ne, slt/sge, sle/sgt, ult/uge, ule/ugt.</summary>
    private static long InvertPredicate(long p) => p switch
    {
        0 => 1, 1 => 0,
        2 => 5, 5 => 2,
        3 => 4, 4 => 3,
        6 => 9, 9 => 6,
        7 => 8, 8 => 7,
        _ => -1,
    };

    /// <summary>
    /// When scf.condition forwards the before-block arguments in another order, the loop is
    /// rebuilt so they are forwarded in block order (results and after arguments permuted).
    /// </summary>
    public static bool WhileOpAlignBeforeArgs(Operation loop, PatternRewriter rw)
    {
        var oldBefore = Before(loop);
        var oldTerm = Condition(loop);
        var beforeArgs = oldBefore.Arguments.ToList<Value>();
        var termArgs = ConditionArgs(oldTerm);
        if (RewriteBuild.SameValues(beforeArgs, termArgs)) return false;
        if (termArgs.Distinct().Count() != termArgs.Count) return false;
        if (beforeArgs.Count != termArgs.Count) return false;
        // mapping[termIndex] = beforeIndex
        var mapping = new int[termArgs.Count];
        for (int i = 0; i < beforeArgs.Count; i++)
        {
            int pos = termArgs.IndexOf(beforeArgs[i]);
            if (pos < 0) return false;
            mapping[pos] = i;
        }

        using (rw.SaveInsertionPoint())
        {
            rw.SetInsertionPoint(oldTerm);
            ScfBuild.ReplaceWithCondition(rw, oldTerm, oldTerm.GetOperand(0), beforeArgs);
        }
        var oldAfter = After(loop);
        var newTypes = new IRType[beforeArgs.Count];
        for (int i = 0; i < mapping.Length; i++) newTypes[mapping[i]] = loop.GetResult(i).Type;
        var newLoop = ScfBuild.While(rw, loop.Location, newTypes, loop.Operands.ToList(), withBlocks: true);
        var (newBefore, newAfter) = (Before(newLoop), After(newLoop));
        var newResults = new Value[beforeArgs.Count];
        var newAfterArgs = new Value[beforeArgs.Count];
        for (int i = 0; i < mapping.Length; i++)
        {
            newResults[i] = newLoop.GetResult(mapping[i]);
            newAfterArgs[i] = newAfter.GetArgument(mapping[i]);
        }
        rw.InlineBlockBefore(oldBefore, newBefore, newBefore.FirstOp, newBefore.Arguments.ToList<Value>());
        rw.InlineBlockBefore(oldAfter, newAfter, newAfter.FirstOp, newAfterArgs);
        rw.ReplaceOp(loop, newResults);
        return true;
    }
}
