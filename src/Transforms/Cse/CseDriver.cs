using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Cse;

/// <summary>
/// Common sub-expression elimination as MLIR's CSE.cpp does it: blocks are visited along the
/// dominator tree with a scoped table of known ops; nested regions share the table unless
/// their op is (or might be) isolated from above. Effect-free ops are replaced by an
/// equivalent dominating op; read-only ops only by one earlier in the same block with no
/// possible write in between. Trivially dead ops are collected on the way. Replaced and dead
/// ops are erased at the end, in the order they were found.
/// </summary>
public sealed class CseDriver(RewriterBase rewriter)
{
    private readonly List<Operation> _opsToErase = new();
    private readonly Dictionary<Region, DominatorTree> _domTrees = new();
    /// <summary>Per read-only op: how far the scan for writes after it got, and whether it found one (cleared per block).</summary>
    private readonly Dictionary<Operation, (Operation ScannedTo, bool FoundWrite)> _writeScans = new();

    public long NumCse { get; private set; }
    public long NumDce { get; private set; }

    /// <summary>Eliminates common sub-expressions in the regions of <paramref name="op"/>; true if the IR changed.</summary>
    public bool Simplify(Operation op)
    {
        var knownValues = new ScopedOperationTable();
        foreach (var region in op.Regions) SimplifyRegion(knownValues, region);
        foreach (var dead in _opsToErase) rewriter.EraseOp(dead);
        bool changed = _opsToErase.Count > 0;
        _opsToErase.Clear();
        _domTrees.Clear();
        return changed;
    }

    private void SimplifyRegion(ScopedOperationTable knownValues, Region region)
    {
        if (region.IsEmpty) return;
        bool hasSsaDominance = RegionKinds.HasSsaDominance(region);
        if (region.Blocks.Count == 1)
        {
            knownValues.PushScope();
            SimplifyBlock(knownValues, region.Blocks[0], hasSsaDominance);
            knownValues.PopScope();
            return;
        }
        // Without dominance there is no safe traversal order for several blocks.
        if (!hasSsaDominance) return;

        var tree = DominatorTreeOf(region);
        var stack = new Stack<(Block Block, int NextChild)>();
        knownValues.PushScope();
        SimplifyBlock(knownValues, tree.Root!, hasSsaDominance);
        stack.Push((tree.Root!, 0));
        while (stack.Count > 0)
        {
            var (block, next) = stack.Pop();
            var children = tree.GetChildren(block);
            if (next < children.Count)
            {
                stack.Push((block, next + 1));
                var child = children[next];
                knownValues.PushScope();
                SimplifyBlock(knownValues, child, hasSsaDominance);
                stack.Push((child, 0));
            }
            else knownValues.PopScope();
        }
    }

    private DominatorTree DominatorTreeOf(Region region)
    {
        if (!_domTrees.TryGetValue(region, out var tree)) _domTrees[region] = tree = new DominatorTree(region);
        return tree;
    }

    private void SimplifyBlock(ScopedOperationTable knownValues, Block block, bool hasSsaDominance)
    {
        for (var op = block.FirstOp; op is not null; op = op.NextNode)
        {
            if (op.NumRegions != 0)
            {
                // Values from outside must not leak into regions that may only capture explicitly;
                // unregistered ops might be isolated, so they get a fresh table too.
                bool mightBeIsolated = op.Definition is null || op.HasTrait<IR.Traits.IsolatedFromAbove>();
                var table = mightBeIsolated ? new ScopedOperationTable() : knownValues;
                foreach (var region in op.Regions) SimplifyRegion(table, region);
            }
            SimplifyOperation(knownValues, op, hasSsaDominance);
        }
        _writeScans.Clear();
    }

    /// <summary>Returns true when the op was marked for erasure.</summary>
    private bool SimplifyOperation(ScopedOperationTable knownValues, Operation op, bool hasSsaDominance)
    {
        // Unregistered ops have unknown effects and might be terminators: never dead, never
        // replaced (every check below would say so; most ops of imported models are such ops).
        if (op.Definition is null) return false;
        if (op.HasTrait<IR.Traits.IsTerminator>()) return false;

        if (SideEffects.IsOpTriviallyDead(op))
        {
            _opsToErase.Add(op);
            NumDce++;
            return true;
        }

        // Ops with multi-block regions are left alone.
        for (int i = 0; i < op.NumRegions; i++)
            if (op.GetRegion(i).Blocks.Count > 1) return false;

        if (!SideEffects.IsMemoryEffectFree(op))
        {
            // Only ops whose every effect is a read are handled.
            if (!SideEffects.OnlyHasEffect(op, MemoryEffectKind.Read)) return false;
            int readerHash = ScopedOperationTable.HashOf(op);
            if (knownValues.Lookup(op, readerHash) is { } existingReader
                && ReferenceEquals(existingReader.ParentBlock, op.ParentBlock)
                && !HasWriteBetween(existingReader, op))
            {
                ReplaceUsesAndDelete(knownValues, op, existingReader, hasSsaDominance);
                return true;
            }
            knownValues.Insert(op, readerHash);
            return false;
        }

        int hash = ScopedOperationTable.HashOf(op);
        if (knownValues.Lookup(op, hash) is { } existing)
        {
            ReplaceUsesAndDelete(knownValues, op, existing, hasSsaDominance);
            // MLIR counts an effect-free replacement twice (here and in replaceUsesAndDelete).
            NumCse++;
            return true;
        }
        knownValues.Insert(op, hash);
        return false;
    }

    private void ReplaceUsesAndDelete(ScopedOperationTable knownValues, Operation op, Operation existing, bool hasSsaDominance)
    {
        var listener = rewriter.Listener as IRewriterListener;
        if (hasSsaDominance)
        {
            // Under dominance no use of op has been visited yet, so every use can move.
            listener?.NotifyOperationReplaced(op, existing);
            rewriter.ReplaceAllOpUsesWith(op, existing.Results);
            _opsToErase.Add(op);
        }
        else
        {
            // In graph regions a use may already have been visited; those keep the old value.
            bool NotVisited(OpOperand use) => !knownValues.Contains(use.Owner);
            if (listener is not null)
                foreach (var result in op.Results)
                    if (result.Uses.All(NotVisited)) listener.NotifyOperationReplaced(op, existing);
            for (int i = 0; i < op.NumResults; i++)
                rewriter.ReplaceUsesWithIf(op.GetResult(i), existing.GetResult(i), NotVisited);
            if (op.UseEmpty) _opsToErase.Add(op);
        }

        if (existing.Location is UnknownLoc && op.Location is not UnknownLoc) existing.Location = op.Location;
        NumCse++;
    }

    /// <summary>
    /// Whether an op between two read-only ops of one block may write (it or an op nested in it
    /// through RecursiveMemoryEffects reports a write or has unknown effects). Scans resume where the previous scan from the same op stopped.
    /// </summary>
    private bool HasWriteBetween(Operation from, Operation to)
    {
        Operation? next = from.NextNode;
        if (_writeScans.TryGetValue(from, out var scan))
        {
            if (scan.FoundWrite) return true;
            next = scan.ScannedTo;
        }
        for (; next is not null && !ReferenceEquals(next, to); next = next.NextNode)
        {
            if (SideEffects.GetEffectsRecursively(next) is not { } effects || effects.Exists(e => e.Kind == MemoryEffectKind.Write))
            {
                _writeScans[from] = (next, true);
                return true;
            }
        }
        _writeScans[from] = (to, false);
        return false;
    }
}
