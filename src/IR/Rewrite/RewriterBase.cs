namespace Lce.IR.Rewrite;

/// <summary>
/// A builder that makes every IR mutation observable (MLIR's RewriterBase). Patterns must
/// change IR only through it, so drivers can track what changed. The operations mirror
/// MLIR's, including the order in which they notify the listener.
/// </summary>
public class RewriterBase : Builder
{
    public RewriterBase(IRContext ctx, IRewriterListener? listener = null) : base(ctx) { Listener = listener; }

    private IRewriterListener? RewriteListener => Listener as IRewriterListener;

    // ------------------------------------------------------------------ replacing and erasing

    /// <summary>Replaces the results of <paramref name="op"/> with <paramref name="values"/> and erases it.</summary>
    public virtual void ReplaceOp(Operation op, IReadOnlyList<Value> values)
    {
        if (values.Count != op.NumResults) throw new ArgumentException($"'{op.Name}' has {op.NumResults} results but {values.Count} replacements were given");
        RewriteListener?.NotifyOperationReplaced(op, values);
        ReplaceAllOpUsesWith(op, values);
        EraseOp(op);
    }

    /// <summary>Replaces <paramref name="op"/> by <paramref name="replacement"/>'s results and erases it.</summary>
    public virtual void ReplaceOp(Operation op, Operation replacement)
    {
        if (replacement.NumResults != op.NumResults) throw new ArgumentException($"'{op.Name}' and '{replacement.Name}' have different result counts");
        RewriteListener?.NotifyOperationReplaced(op, replacement);
        ReplaceAllOpUsesWith(op, replacement.Results);
        EraseOp(op);
    }

    /// <summary>Inserts <paramref name="replacement"/> (a detached op) and replaces <paramref name="op"/> with it.</summary>
    public Operation ReplaceOpWithNewOp(Operation op, Operation replacement)
    {
        Insert(replacement);
        ReplaceOp(op, replacement);
        return replacement;
    }

    /// <summary>
    /// Erases an op without uses. Nested ops are erased one by one, users before definitions
    /// (blocks in post order, ops in reverse), so a listener always sees consistent IR.
    /// </summary>
    public virtual void EraseOp(Operation op)
    {
        if (!op.UseEmpty) throw new InvalidOperationException($"cannot erase '{op.Name}': its results still have uses");
        if (ReferenceEquals(InsertionAnchor, op)) SetInsertionPointAfter(op);
        var listener = RewriteListener;
        if (listener is null) { op.Erase(); return; }
        EraseTree(op, listener);
    }

    private void EraseTree(Operation op, IRewriterListener listener)
    {
        for (int ri = op.NumRegions - 1; ri >= 0; ri--)
        {
            var region = op.GetRegion(ri);
            while (!region.IsEmpty)
            {
                var order = PostOrderBlocks(region.Blocks[0]);
                foreach (var b in order)
                    for (var inner = b.LastOp; inner is not null;)
                    {
                        var prev = inner.PrevNode;
                        EraseTree(inner, listener);
                        inner = prev;
                    }
                foreach (var b in order)
                {
                    foreach (var arg in b.Arguments) DropAllUses(arg);
                    foreach (var use in b.Uses.ToList()) use.Unlink();
                    EraseBlock(b);
                }
            }
        }
        listener.NotifyOperationErased(op);
        foreach (var r in op.Results) DropAllUses(r);
        op.Erase();
    }

    private static void DropAllUses(Value v)
    {
        foreach (var use in v.Uses.ToList()) use.Unlink();
    }

    /// <summary>Blocks reachable from <paramref name="entry"/> in post order (successors before predecessors).</summary>
    internal static List<Block> PostOrderBlocks(Block entry)
    {
        var order = new List<Block>();
        var visited = new HashSet<Block> { entry };
        var stack = new Stack<(Block Block, int Next)>();
        stack.Push((entry, 0));
        while (stack.Count > 0)
        {
            var (b, next) = stack.Pop();
            var term = b.LastOp;
            int n = term?.NumSuccessors ?? 0;
            if (next < n)
            {
                stack.Push((b, next + 1));
                var s = term!.GetSuccessor(next);
                if (s.Parent == entry.Parent && visited.Add(s)) stack.Push((s, 0));
                continue;
            }
            order.Add(b);
        }
        return order;
    }

    /// <summary>Erases a block and every op in it (last op first).</summary>
    public virtual void EraseBlock(Block block)
    {
        for (var op = block.LastOp; op is not null;)
        {
            var prev = op.PrevNode;
            foreach (var r in op.Results) DropAllUses(r);
            EraseOp(op);
            op = prev;
        }
        RewriteListener?.NotifyBlockErased(block);
        block.Erase();
    }

    // ------------------------------------------------------------------ in-place modification

    /// <summary>Runs <paramref name="modify"/> on <paramref name="op"/> and reports the op as modified.</summary>
    public void ModifyOpInPlace(Operation op, Action modify)
    {
        StartOpModification(op);
        modify();
        FinalizeOpModification(op);
    }

    /// <summary>
    /// Announces an in-place change of <paramref name="op"/> (MLIR's startOpModification); must be
    /// followed by <see cref="FinalizeOpModification"/> or <see cref="CancelOpModification"/>.
    /// The conversion rewriter snapshots the op here so the change can be rolled back.
    /// </summary>
    public virtual void StartOpModification(Operation op) { }

    /// <summary>Ends an in-place change started with <see cref="StartOpModification"/> and reports the op as modified.</summary>
    public virtual void FinalizeOpModification(Operation op) => RewriteListener?.NotifyOperationModified(op);

    /// <summary>Abandons an in-place change started with <see cref="StartOpModification"/> (the caller restores the op).</summary>
    public virtual void CancelOpModification(Operation op) { }

    /// <summary>Replaces every use of <paramref name="from"/>; each user is reported modified.</summary>
    public virtual void ReplaceAllUsesWith(Value from, Value to)
    {
        foreach (var use in from.Uses.ToList())
            ModifyOpInPlace(use.Owner, () => use.Set(to));
    }

    /// <summary>Replaces the uses of <paramref name="from"/> that satisfy <paramref name="predicate"/>.</summary>
    public void ReplaceUsesWithIf(Value from, Value to, Func<OpOperand, bool> predicate)
    {
        foreach (var use in from.Uses.ToList())
            if (predicate(use)) ModifyOpInPlace(use.Owner, () => use.Set(to));
    }

    /// <summary>Replaces the uses of every result of <paramref name="op"/> (the op stays).</summary>
    public void ReplaceAllOpUsesWith(Operation op, IReadOnlyList<Value> values)
    {
        for (int i = 0; i < op.NumResults; i++) ReplaceAllUsesWith(op.GetResult(i), values[i]);
    }

    // ------------------------------------------------------------------ moving IR

    /// <summary>Moves <paramref name="op"/> before <paramref name="before"/> in <paramref name="block"/> (null: at its end).</summary>
    public void MoveOpBefore(Operation op, Block block, Operation? before)
    {
        var (prevBlock, prevNext) = (op.ParentBlock, op.NextNode);
        op.Remove();
        block.InsertBefore(before, op);
        Listener?.NotifyOperationInserted(op, prevBlock, prevNext);
    }

    public void MoveOpBefore(Operation op, Operation before) => MoveOpBefore(op, before.ParentBlock!, before);
    public void MoveOpAfter(Operation op, Operation after) => MoveOpBefore(op, after.ParentBlock!, after.NextNode);

    /// <summary>
    /// Moves the ops of <paramref name="source"/> before <paramref name="before"/> in
    /// <paramref name="dest"/>, replacing its arguments with <paramref name="args"/>, and erases it.
    /// </summary>
    public virtual void InlineBlockBefore(Block source, Block dest, Operation? before, IReadOnlyList<Value>? args = null)
    {
        args ??= [];
        if (args.Count != source.NumArguments) throw new ArgumentException("incorrect number of block argument replacements");
        for (int i = 0; i < args.Count; i++) ReplaceAllUsesWith(source.GetArgument(i), args[i]);
        if (Listener is null)
            source.MoveOpsTo(dest, before);
        else
            while (source.FirstOp is { } first) MoveOpBefore(first, dest, before);
        if (ReferenceEquals(InsertionBlock, source)) SetInsertionPoint(dest, InsertionAnchor);
        EraseBlock(source);
    }

    /// <summary>Inlines <paramref name="source"/> before <paramref name="op"/> in its block.</summary>
    public void InlineBlockBefore(Block source, Operation op, IReadOnlyList<Value>? args = null) =>
        InlineBlockBefore(source, op.ParentBlock!, op, args);

    /// <summary>Appends the ops of <paramref name="source"/> to <paramref name="dest"/> and erases it.</summary>
    public void MergeBlocks(Block source, Block dest, IReadOnlyList<Value>? args = null) =>
        InlineBlockBefore(source, dest, null, args);

    /// <summary>Moves every block of <paramref name="region"/> into <paramref name="parent"/> before <paramref name="before"/> (null: at its end).</summary>
    public virtual void InlineRegionBefore(Region region, Region parent, Block? before)
    {
        foreach (var b in region.Blocks.ToList())
        {
            var prevNext = NextBlock(b);
            b.Parent!.RemoveBlock(b);
            parent.InsertBlock(before is null ? parent.Blocks.Count : parent.IndexOf(before), b);
            Listener?.NotifyBlockInserted(b, region, prevNext);
        }
    }

    private static Block? NextBlock(Block b)
    {
        var r = b.Parent!;
        int i = r.IndexOf(b);
        return i + 1 < r.Blocks.Count ? r.Blocks[i + 1] : null;
    }

    /// <summary>
    /// Splits <paramref name="block"/> before <paramref name="before"/> (null: at the end): the
    /// ops from there on move into a new block inserted right after it, which is returned.
    /// </summary>
    public virtual Block SplitBlock(Block block, Operation? before)
    {
        using var _ = SaveInsertionPoint();
        var region = block.Parent!;
        var newBlock = CreateBlock(region, region.IndexOf(block) + 1);
        if (before is null) return newBlock;
        while (!ReferenceEquals(before.ParentBlock, newBlock))
            MoveOpBefore(block.LastOp!, newBlock, newBlock.FirstOp);
        return newBlock;
    }

    /// <summary>
    /// Replaces <paramref name="op"/> by a copy without the results whose index is in
    /// <paramref name="erase"/>: same operands, attributes and properties, regions moved over
    /// (RewriterBase::eraseOpResults). The erased results must have no uses.
    /// </summary>
    public Operation EraseOpResults(Operation op, IReadOnlySet<int> erase)
    {
        var types = op.Results.Where(r => !erase.Contains(r.Index)).Select(r => r.Type).ToList();
        Operation newOp;
        using (SaveInsertionPoint())
        {
            SetInsertionPoint(op);
            newOp = Insert(Operation.Create(Context, op.OpName, op.Location, op.Operands.ToList(), types,
                op.Attributes, op.Properties, op.Successors.ToList(), op.NumRegions));
            newOp.OpaqueProperties = op.OpaqueProperties;
            for (int i = 0; i < op.NumRegions; i++)
                InlineRegionBefore(op.GetRegion(i), newOp.GetRegion(i), newOp.GetRegion(i).EntryBlock);
        }
        var replacements = new Value[op.NumResults];
        for (int i = 0, next = 0; i < op.NumResults; i++)
            if (!erase.Contains(i)) replacements[i] = newOp.GetResult(next++);
        ReplaceOp(op, replacements);
        return newOp;
    }

    /// <summary>Inserts a copy of <paramref name="op"/> with empty regions at the insertion point (OpBuilder::cloneWithoutRegions).</summary>
    public Operation CloneWithoutRegions(Operation op) => Insert(op.CloneWithoutRegions());

    /// <summary>Reports why a pattern did not apply; returns false so patterns can `return rewriter.NotifyMatchFailure(...)`.</summary>
    public bool NotifyMatchFailure(Location loc, string reason)
    {
        RewriteListener?.NotifyMatchFailure(loc, reason);
        return false;
    }

    public bool NotifyMatchFailure(Operation op, string reason) => NotifyMatchFailure(op.Location, reason);
}

/// <summary>The rewriter handed to patterns (MLIR's PatternRewriter).</summary>
public class PatternRewriter(IRContext ctx, IRewriterListener? listener = null) : RewriterBase(ctx, listener)
{
    private Dictionary<object, object>? _roundCache;
    private int _roundDepth;

    /// <summary>
    /// Scratch space shared by the patterns tried on one op in one <see cref="PatternApplicator"/>
    /// round (the IR does not change between failed attempts), keyed by the sharing party (e.g.
    /// the decision tree of PDLL patterns with the same root). Null outside a round.
    /// </summary>
    public Dictionary<object, object>? MatchRoundCache => _roundDepth > 0 ? _roundCache ??= new() : null;

    internal void BeginMatchRound() { _roundDepth++; _roundCache?.Clear(); }
    internal void EndMatchRound() { _roundDepth--; _roundCache?.Clear(); }
}
