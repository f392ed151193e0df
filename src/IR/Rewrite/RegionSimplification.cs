using Lce.IR.Traits;

namespace Lce.IR.Rewrite;

/// <summary>
/// Structural simplification of regions (MLIR's RegionUtils.cpp): unreachable block erasure,
/// region DCE (an optimistic liveness analysis that also removes dead block arguments and the
/// branch operands feeding them) and, for the aggressive level, block merging.
/// </summary>
public static class RegionSimplification
{
    /// <summary>
    /// Erases unreachable blocks, then dead ops and arguments; with <paramref name="mergeBlocks"/>
    /// also merges identical blocks and drops redundant block arguments. True if anything changed.
    /// </summary>
    public static bool SimplifyRegions(RewriterBase rewriter, IReadOnlyList<Region> regions, bool mergeBlocks)
    {
        bool eliminatedBlocks = EraseUnreachableBlocks(rewriter, regions);
        bool eliminatedOpsOrArgs = RunRegionDCE(rewriter, regions);
        bool merged = false, dropped = false;
        if (mergeBlocks)
        {
            merged = BlockMerging.MergeIdenticalBlocks(rewriter, regions);
            dropped = BlockMerging.DropRedundantArguments(rewriter, regions);
        }
        return eliminatedBlocks || eliminatedOpsOrArgs || merged || dropped;
    }

    /// <summary>Erases the blocks not reachable from their region's entry block, in these regions and all nested ones.</summary>
    public static bool EraseUnreachableBlocks(RewriterBase rewriter, IReadOnlyList<Region> regions)
    {
        int erased = 0;
        var worklist = new List<Region>(regions);
        while (worklist.Count > 0)
        {
            var region = worklist[^1];
            worklist.RemoveAt(worklist.Count - 1);
            if (region.IsEmpty) continue;
            if (region.Blocks.Count == 1)
            {
                AddNestedRegions(region.Blocks[0], worklist);
                continue;
            }
            var reachable = ReachableBlocks(region.Blocks[0]);
            foreach (var block in region.Blocks.ToList())
            {
                if (!reachable.Contains(block))
                {
                    DropAllDefinedValueUses(block);
                    rewriter.EraseBlock(block);
                    erased++;
                    continue;
                }
                AddNestedRegions(block, worklist);
            }
        }
        return erased > 0;
    }

    private static void AddNestedRegions(Block block, List<Region> worklist)
    {
        for (var op = block.FirstOp; op is not null; op = op.NextNode)
            for (int i = 0; i < op.NumRegions; i++) worklist.Add(op.GetRegion(i));
    }

    /// <summary>The successors CFG traversals follow: the last op's, except in single-block regions (MLIR's SuccessorRange).</summary>
    internal static IReadOnlyList<Block> SuccessorsOf(Block block)
    {
        if (block.LastOp is not { } last || block.Parent is not { Blocks.Count: > 1 }) return [];
        var result = new Block[last.NumSuccessors];
        for (int i = 0; i < result.Length; i++) result[i] = last.GetSuccessor(i);
        return result;
    }

    private static HashSet<Block> ReachableBlocks(Block entry)
    {
        var seen = new HashSet<Block> { entry };
        var stack = new Stack<Block>();
        stack.Push(entry);
        while (stack.Count > 0)
            foreach (var s in SuccessorsOf(stack.Pop()))
                if (seen.Add(s)) stack.Push(s);
        return seen;
    }

    /// <summary>Blocks reachable from <paramref name="entry"/> in LLVM's post order (successors in order, each before its predecessor).</summary>
    internal static List<Block> PostOrder(Block entry)
    {
        // A single block has no successors to follow (see SuccessorsOf).
        if (entry.Parent is { Blocks.Count: 1 }) return [entry];
        var order = new List<Block>();
        var visited = new HashSet<Block> { entry };
        var stack = new Stack<(Block Block, int Next)>();
        stack.Push((entry, 0));
        while (stack.Count > 0)
        {
            var (b, next) = stack.Pop();
            var succs = SuccessorsOf(b);
            if (next < succs.Count)
            {
                stack.Push((b, next + 1));
                if (visited.Add(succs[next])) stack.Push((succs[next], 0));
                continue;
            }
            order.Add(b);
        }
        return order;
    }

    /// <summary>Drops every use of the values (and of the block itself) defined in <paramref name="block"/>, nested ones included.</summary>
    internal static void DropAllDefinedValueUses(Block block)
    {
        foreach (var arg in block.Arguments) DropUses(arg);
        foreach (var op in block.Operations) DropAllDefinedValueUses(op);
        foreach (var use in block.Uses.ToList()) use.Unlink();
    }

    private static void DropAllDefinedValueUses(Operation op)
    {
        foreach (var r in op.Results) DropUses(r);
        foreach (var region in op.Regions)
            foreach (var b in region.Blocks) DropAllDefinedValueUses(b);
    }

    internal static void DropUses(Value v)
    {
        foreach (var use in v.Uses.ToList()) use.Unlink();
    }

    /// <summary>
    /// Dead code elimination over the regions: everything is assumed dead until proven live, so
    /// dead cycles (through block arguments too) go away. True if any op was erased.
    /// </summary>
    public static bool RunRegionDCE(RewriterBase rewriter, IReadOnlyList<Region> regions)
    {
        var live = LiveMap.Rent();
        try
        {
            do
            {
                live.Changed = false;
                live.Undecided = 0;
                foreach (var region in regions) PropagateLiveness(region, live);
                // Another pass only repeats this one's calls on what it left dead: with nothing
                // left dead it could not change anything (the usual case: every op is live).
            } while (live.Changed && live.Undecided > 0);
            return DeleteDeadness(rewriter, regions, live);
        }
        finally { LiveMap.Return(live); }
    }

    /// <summary>The live ops and block arguments; one per thread is kept for reuse (a function's worth of ops).</summary>
    private sealed class LiveMap
    {
        private const int MaxPooledCount = 1 << 16;

        private readonly HashSet<BlockArgument> _args = new();
        private readonly OperationMap<bool> _ops = new(64);
        public bool Changed;
        /// <summary>Ops and block arguments the current pass examined and left dead.</summary>
        public int Undecided;

        public static LiveMap Rent() => ThreadSpare<LiveMap>.Take() ?? new LiveMap();

        public static void Return(LiveMap m)
        {
            if (m._ops.Count > MaxPooledCount || m._args.Count > MaxPooledCount) return;
            m._ops.Clear();
            m._args.Clear();
            m.Changed = false;
            m.Undecided = 0;
            ThreadSpare<LiveMap>.Keep(m);
        }

        public bool IsLive(Value v) => v is OpResult r ? _ops.ContainsKey(r.Owner) : _args.Contains((BlockArgument)v);
        public bool IsLive(Operation op) => _ops.ContainsKey(op);
        public void SetLive(Value v) { if (v is OpResult r) SetLive(r.Owner); else Changed |= _args.Add((BlockArgument)v); }
        public void SetLive(Operation op) => Changed |= _ops.TryAdd(op, true);
    }

    /// <summary>A successor operand is only as live as the block argument it feeds.</summary>
    private static bool IsUseSpeciallyKnownDead(OpOperand use, LiveMap live)
    {
        var owner = use.Owner;
        if (!owner.HasTrait<IsTerminator>()) return false;
        if (owner.HasTrait<BranchOpInterface>() && BranchOpInterface.GetSuccessorBlockArgument(owner, use.Index) is { } arg)
            return !live.IsLive(arg);
        return false;
    }

    private static void ProcessValue(Value value, LiveMap live)
    {
        for (var use = value.FirstUse; use is not null; use = use.NextUse)
        {
            if (IsUseSpeciallyKnownDead(use, live)) continue;
            if (live.IsLive(use.Owner)) { live.SetLive(value); return; }
        }
    }

    private static void PropagateTerminatorLiveness(Operation op, LiveMap live)
    {
        live.SetLive(op);
        if (!op.HasTrait<BranchOpInterface>())
        {
            foreach (var successor in op.Successors)
                foreach (var arg in successor.Arguments) live.SetLive(arg);
            return;
        }
        for (int i = 0; i < op.NumSuccessors; i++)
        {
            int produced = BranchOpInterface.GetSuccessorOperands(op, i)?.ProducedOperandCount ?? 0;
            for (int a = 0; a < produced; a++) live.SetLive(op.GetSuccessor(i).GetArgument(a));
        }
    }

    private static void PropagateLiveness(Operation op, LiveMap live)
    {
        for (int i = 0; i < op.NumRegions; i++) PropagateLiveness(op.GetRegion(i), live);
        if (op.HasTrait<IsTerminator>()) { PropagateTerminatorLiveness(op, live); return; }
        if (live.IsLive(op)) return;
        if (!SideEffects.WouldOpBeTriviallyDead(op)) { live.SetLive(op); return; }
        for (int i = 0; i < op.NumResults; i++) ProcessValue(op.GetResult(i), live);
        if (!live.IsLive(op)) live.Undecided++;
    }

    private static void PropagateLiveness(Region region, LiveMap live)
    {
        if (region.IsEmpty) return;
        foreach (var block in PostOrder(region.Blocks[0]))
        {
            // Ops before arguments: uses are visited before definitions, which converges faster.
            for (var op = block.LastOp; op is not null; op = op.PrevNode) PropagateLiveness(op, live);
            if (block.IsEntryBlock) continue;
            foreach (var arg in block.Arguments)
            {
                if (live.IsLive(arg)) continue;
                ProcessValue(arg, live);
                if (!live.IsLive(arg)) live.Undecided++;
            }
        }
    }

    private static void EraseTerminatorSuccessorOperands(Operation? terminator, LiveMap live)
    {
        if (terminator is null || !terminator.HasTrait<BranchOpInterface>()) return;
        for (int succ = terminator.NumSuccessors - 1; succ >= 0; succ--)
        {
            if (BranchOpInterface.GetSuccessorOperands(terminator, succ) is not { } operands) continue;
            var successor = terminator.GetSuccessor(succ);
            // Back to front, so erasing does not shift the operands still to be checked.
            for (int a = operands.Count - 1; a >= 0; a--)
                if (!live.IsLive(successor.GetArgument(a))) operands.Erase(a);
        }
    }

    private static bool DeleteDeadness(RewriterBase rewriter, IReadOnlyList<Region> regions, LiveMap live)
    {
        bool erasedAnything = false;
        foreach (var region in regions)
        {
            if (region.IsEmpty) continue;
            bool singleBlock = region.Blocks.Count == 1;
            foreach (var block in PostOrder(region.Blocks[0]))
            {
                if (!singleBlock) EraseTerminatorSuccessorOperands(block.LastOp, live);
                for (var child = block.LastOp; child is not null;)
                {
                    var prev = child.PrevNode;
                    if (!live.IsLive(child))
                    {
                        erasedAnything = true;
                        foreach (var r in child.Results) DropUses(r);
                        rewriter.EraseOp(child);
                    }
                    else if (child.NumRegions > 0) erasedAnything |= DeleteDeadness(rewriter, child.Regions, live);
                    child = prev;
                }
            }
            // Entry block arguments belong to the parent op's contract and stay.
            foreach (var block in region.Blocks.Skip(1))
                for (int i = block.NumArguments - 1; i >= 0; i--)
                    if (!live.IsLive(block.GetArgument(i)) && !block.GetArgument(i).HasUses) block.EraseArgument(i);
        }
        return erasedAnything;
    }
}
