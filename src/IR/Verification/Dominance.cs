namespace Lce.IR;

/// <summary>SSA dominance checks: every use of a value is dominated by its definition.</summary>
internal static class Dominance
{
    public static bool Verify(Operation root)
    {
        var trees = new Dictionary<Region, DominatorTree>(ReferenceEqualityComparer.Instance);
        DominatorTree TreeOf(Region r) => trees.TryGetValue(r, out var t) ? t : trees[r] = new DominatorTree(r);
        Func<Region, DominatorTree> treeOf = TreeOf; // one delegate, not one per operand

        var res = ReadOnlyWalker.Walk(root, op =>
        {
            for (int i = 0; i < op.NumOperands; i++)
            {
                var v = op.GetOperand(i);
                if (!Dominates(v, op, treeOf))
                {
                    var d = op.EmitError($"operand #{i} does not dominate this use");
                    if (v.DefiningOp is { } def) d.AttachNote("operand defined here" + Relation(def, op), def.Location);
                    return WalkResult.Interrupt;
                }
            }
            // A nested op with isolated regions is checked by its own verification (as MLIR).
            return !ReferenceEquals(op, root) && Verifier.IsIsolated(op) ? WalkResult.Skip : WalkResult.Advance;
        }, WalkOrder.PreOrder);
        return res != WalkResult.Interrupt;
    }

    private static bool IsGraphRegion(Region r) =>
        r.Owner is not { } owner || owner.Definition is null || owner.HasTrait<Traits.GraphRegions>();

    private static bool Dominates(Value v, Operation user, Func<Region, DominatorTree> treeOf)
    {
        var defBlock = v.ParentBlock;
        var defRegion = defBlock?.Parent;
        if (defBlock is null || defRegion is null) return false;
        // Find the ancestor of the user that lives in the defining region.
        var ancestor = user;
        while (ancestor is not null && !ReferenceEquals(ancestor.ParentRegion, defRegion)) ancestor = ancestor.ParentOp;
        if (ancestor is null) return false;
        if (IsGraphRegion(defRegion)) return !(v is OpResult r0 && ReferenceEquals(r0.Owner, ancestor) && !ReferenceEquals(ancestor, user));
        var useBlock = ancestor.ParentBlock!;
        if (v is OpResult r)
        {
            if (ReferenceEquals(r.Owner, ancestor)) return false;
            if (ReferenceEquals(useBlock, defBlock)) return r.Owner.IsBeforeInBlock(ancestor);
            var tree = treeOf(defRegion);
            return !tree.IsReachable(useBlock) || tree.Dominates(defBlock, useBlock);
        }
        if (ReferenceEquals(useBlock, defBlock)) return true;
        var t = treeOf(defRegion);
        return !t.IsReachable(useBlock) || t.Dominates(defBlock, useBlock);
    }

    private static string Relation(Operation def, Operation user)
    {
        if (ReferenceEquals(def.ParentBlock, user.ParentBlock)) return " (op in the same block)";
        if (ReferenceEquals(def.ParentRegion, user.ParentRegion)) return " (op in the same region)";
        if (def.ParentRegion is { } r && r.IsAncestorOf(user)) return " (op in a parent region)";
        return " (op in a child region)";
    }
}
