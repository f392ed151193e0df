using Lce.IR.Traits;

namespace Lce.IR.Rewrite;

/// <summary>
/// Aggressive CFG simplifications (MLIR's RegionUtils.cpp): merging blocks that contain the
/// same ops and branch to the same successors (values defined outside them become new block
/// arguments), and dropping block arguments that every predecessor passes the same value for.
/// </summary>
public static class BlockMerging
{
    /// <summary>Merges identical blocks in the regions and all nested regions; true if any merged.</summary>
    public static bool MergeIdenticalBlocks(RewriterBase rewriter, IReadOnlyList<Region> regions)
    {
        var worklist = new OrderedSet<Region>(regions);
        bool anyChanged = false;
        while (worklist.TryPopBack(out var region))
        {
            if (MergeIdenticalBlocks(rewriter, region))
            {
                worklist.Add(region);
                anyChanged = true;
            }
            foreach (var block in region.Blocks)
                foreach (var op in block.Operations)
                    foreach (var nested in op.Regions) worklist.Add(nested);
        }
        return anyChanged;
    }

    private static bool MergeIdenticalBlocks(RewriterBase rewriter, Region region)
    {
        if (region.Blocks.Count <= 1) return false;
        // Blocks other than the entry, grouped by their successor lists (in first-seen order).
        var groups = new List<(IReadOnlyList<Block> Successors, List<Block> Blocks)>();
        foreach (var block in region.Blocks.Skip(1))
        {
            var succs = RegionSimplification.SuccessorsOf(block);
            var group = groups.FindIndex(g => g.Successors.SequenceEqual(succs));
            if (group < 0) groups.Add((succs, [block]));
            else groups[group].Blocks.Add(block);
        }

        bool merged = false;
        foreach (var (_, blocks) in groups)
        {
            if (blocks.Count == 1) continue;
            var clusters = new List<BlockMergeCluster>();
            foreach (var block in blocks)
            {
                if (block.Operations.Any(op => op.Regions.Any(r => !r.IsEmpty))) continue;
                if (block.Arguments.Any(arg => IsUsedOutsideOfBlock(arg, block))) continue;
                var data = new BlockEquivalenceData(block);
                bool added = false;
                foreach (var cluster in clusters)
                    if (added = cluster.TryAdd(data)) break;
                if (!added) clusters.Add(new BlockMergeCluster(data));
            }
            foreach (var cluster in clusters) merged |= cluster.Merge(rewriter);
        }
        return merged;
    }

    internal static bool IsUsedOutsideOfBlock(Value v, Block block) =>
        v.Uses.Any(u => !ReferenceEquals(u.Owner.ParentBlock, block));

    internal static bool IsUsedOutsideOfBlock(Operation op, Block block) =>
        op.Results.Any(r => IsUsedOutsideOfBlock(r, block));

    /// <summary>Drops block arguments that receive the same value from every predecessor; true if any was dropped.</summary>
    public static bool DropRedundantArguments(RewriterBase rewriter, IReadOnlyList<Region> regions)
    {
        var worklist = new OrderedSet<Region>(regions);
        bool anyChanged = false;
        while (worklist.TryPopBack(out var region))
        {
            foreach (var block in region.Blocks.ToList())
            {
                anyChanged = DropRedundantArguments(rewriter, block) || anyChanged;
                foreach (var op in block.Operations)
                    foreach (var nested in op.Regions) worklist.Add(nested);
            }
        }
        return anyChanged;
    }

    private static bool DropRedundantArguments(RewriterBase rewriter, Block block)
    {
        var argsToErase = new List<int>();
        for (int argIdx = 0; argIdx < block.NumArguments; argIdx++)
        {
            bool sameArg = true;
            Value? common = null;
            foreach (var use in block.Uses)
            {
                var terminator = use.Owner;
                if (!terminator.HasTrait<BranchOpInterface>()) { sameArg = false; break; }
                var forwarded = BranchOpInterface.GetSuccessorOperands(terminator, use.Index)!.ForwardedOperands;
                if (common is null) { common = forwarded[argIdx]; continue; }
                if (!ReferenceEquals(forwarded[argIdx], common)) { sameArg = false; break; }
            }
            if (common is not null && sameArg)
            {
                argsToErase.Add(argIdx);
                rewriter.ReplaceAllUsesWith(block.GetArgument(argIdx), common);
            }
        }
        for (int i = argsToErase.Count - 1; i >= 0; i--)
        {
            int argIdx = argsToErase[i];
            block.EraseArgument(argIdx);
            foreach (var use in block.Uses.ToList())
                BranchOpInterface.GetSuccessorOperands(use.Owner, use.Index)!.Erase(argIdx);
        }
        return argsToErase.Count > 0;
    }

    /// <summary>An insertion-ordered set with LIFO removal (llvm::SetVector used as a worklist).</summary>
    private sealed class OrderedSet<T> where T : notnull
    {
        private readonly List<T> _items = new();
        private readonly HashSet<T> _set = new();

        public OrderedSet(IEnumerable<T> items) { foreach (var i in items) Add(i); }

        public void Add(T item) { if (_set.Add(item)) _items.Add(item); }

        public bool TryPopBack(out T item)
        {
            if (_items.Count == 0) { item = default!; return false; }
            item = _items[^1];
            _items.RemoveAt(_items.Count - 1);
            _set.Remove(item);
            return true;
        }
    }
}
