namespace Lce.IR.Rewrite;

/// <summary>
/// Walks the ops nested in regions the way MLIR's walkers do while the callback edits IR: the
/// next op of a block is taken before the current one is visited (early increment), so the
/// callback may erase or move the op it is given. Iterative, so deep nests do not overflow.
/// </summary>
internal static class EarlyIncWalk
{
    private sealed class Cursor(Operation? owner, IReadOnlyList<Region> regions)
    {
        public Operation? Owner = owner;
        public IReadOnlyList<Region> Regions = regions;
        public int RegionIndex = -1;
        public int BlockIndex;
        public Operation? Next;

        /// <summary>Moves to the first op of the next non-empty block; false at the end.</summary>
        public bool AdvanceBlock()
        {
            while (true)
            {
                if (RegionIndex >= 0 && BlockIndex + 1 < Regions[RegionIndex].Blocks.Count)
                    BlockIndex++;
                else
                {
                    RegionIndex++;
                    BlockIndex = 0;
                    if (RegionIndex >= Regions.Count) return false;
                    if (Regions[RegionIndex].Blocks.Count == 0) { BlockIndex = -1; continue; }
                }
                Next = Regions[RegionIndex].Blocks[BlockIndex].FirstOp;
                if (Next is not null) return true;
            }
        }
    }

    /// <summary>Visits every op nested in <paramref name="region"/>; pre-order callbacks may return Skip.</summary>
    public static void Walk(Region region, Func<Operation, WalkResult> visit, WalkOrder order)
    {
        var stack = new Stack<Cursor>();
        stack.Push(new Cursor(null, [region]));
        while (stack.Count > 0)
        {
            var cur = stack.Peek();
            if (cur.Next is null && !cur.AdvanceBlock())
            {
                stack.Pop();
                if (order == WalkOrder.PostOrder && cur.Owner is not null) visit(cur.Owner);
                continue;
            }
            var op = cur.Next!;
            cur.Next = op.NextNode;
            if (order == WalkOrder.PreOrder && visit(op) == WalkResult.Skip) continue;
            if (op.NumRegions > 0) stack.Push(new Cursor(op, op.Regions));
            else if (order == WalkOrder.PostOrder) visit(op);
        }
    }
}
