using Lce.IR.Traits;

namespace Lce.IR.Rewrite;

/// <summary>
/// The worklist engine shared by the region and op-list drivers (MLIR's
/// GreedyPatternRewriteDriver): pops ops, erases trivially dead ones, folds (materializing
/// constants where the op was), then applies the best matching pattern. As the rewriter's
/// listener it requeues what a change may affect: inserted and modified ops, users of replaced
/// results, and the defining ops of an erased op's operands left with at most one other user.
/// </summary>
internal abstract class GreedyDriverBase : IRewriterListener
{
    protected readonly PatternRewriter Rewriter;
    protected readonly GreedyWorklist Worklist = GreedyWorklist.Rent();
    protected readonly GreedyRewriteConfig Config;
    /// <summary>The ops rewrites are restricted to in the strict modes.</summary>
    protected readonly HashSet<Operation> StrictModeFilteredOps = new();
    private readonly PatternApplicator _matcher;
    private readonly List<object> _foldResults = new();
    private readonly List<Operation> _ancestors = new(8);

    protected GreedyDriverBase(IRContext ctx, FrozenRewritePatternSet patterns, GreedyRewriteConfig config)
    {
        Config = config;
        _matcher = new PatternApplicator(patterns);
        Rewriter = new PatternRewriter(ctx, this);
    }

    /// <summary>Gives the worklist back for reuse; the driver must not be used afterwards.</summary>
    internal void Release() => GreedyWorklist.Return(Worklist);

    /// <summary>Processes ops until the worklist is empty or the rewrite budget is spent; true if IR changed.</summary>
    protected bool ProcessWorklist()
    {
        bool changed = false;
        long numRewrites = 0;
        while (!Worklist.IsEmpty && (Config.MaxNumRewrites == GreedyRewriteConfig.NoLimit || numRewrites < Config.MaxNumRewrites))
        {
            var op = Worklist.Pop();
            // Unregistered ops are never trivially dead (they might have effects): skip the use scan.
            if (op.Definition is not null && SideEffects.IsOpTriviallyDead(op))
            {
                Rewriter.EraseOp(op);
                changed = true;
                continue;
            }

            // Constants are not folded: they would fold to their value and be materialized again.
            if (Config.EnableFolding && !op.HasTrait<ConstantLike>() && OperationFolding.Fold(op, _foldResults))
            {
                if (_foldResults.Count == 0)
                {
                    NotifyOperationModified(op);
                    changed = true;
                    continue;
                }
                if (ReplaceWithFoldResults(op))
                {
                    changed = true;
                    continue;
                }
            }

            if (_matcher.MatchAndRewrite(op, Rewriter))
            {
                changed = true;
                numRewrites++;
            }
        }
        return changed;
    }

    /// <summary>Materializes attribute results as constants right before the op and replaces it; false (and no change) if a constant cannot be built.</summary>
    private bool ReplaceWithFoldResults(Operation op)
    {
        using var _ = Rewriter.SaveInsertionPoint();
        Rewriter.SetInsertionPoint(op);
        var replacements = new List<Value>(op.NumResults);
        var created = new List<Operation>();
        var dialect = op.Definition?.Dialect;
        for (int i = 0; i < _foldResults.Count; i++)
        {
            if (_foldResults[i] is Value v) { replacements.Add(v); continue; }
            var constOp = dialect?.MaterializeConstant(Rewriter, (IRAttribute)_foldResults[i], op.GetResult(i).Type, op.Location);
            if (constOp is null)
            {
                foreach (var c in created) Rewriter.EraseOp(c);
                return false;
            }
            created.Add(constOp);
            replacements.Add(constOp.GetResult(0));
        }
        Rewriter.ReplaceOp(op, replacements);
        return true;
    }

    /// <summary>Enqueues <paramref name="op"/> and its ancestors up to the scope region; nothing if the op is outside the scope.</summary>
    protected void AddToWorklist(Operation op)
    {
        // The common case: the op sits directly in the scope region, so it is its only ancestor to add.
        var parentRegion = op.ParentRegion;
        if (parentRegion is not null && ReferenceEquals(Config.Scope, parentRegion))
        {
            AddSingleOpToWorklist(op);
            return;
        }
        var ancestors = _ancestors;
        ancestors.Clear();
        Operation? current = op;
        while (current is not null)
        {
            ancestors.Add(current);
            var region = current.ParentRegion;
            if (ReferenceEquals(Config.Scope, region))
            {
                foreach (var a in ancestors) AddSingleOpToWorklist(a);
                return;
            }
            if (region is null) return;
            current = region.Owner;
        }
    }

    protected void AddSingleOpToWorklist(Operation op)
    {
        if (Config.Strictness == GreedyRewriteStrictness.AnyOp || StrictModeFilteredOps.Contains(op))
            Worklist.Push(op);
    }

    /// <summary>Requeues the defining ops of <paramref name="op"/>'s operands that have at most one user besides it.</summary>
    private void AddOperandsToWorklist(Operation op)
    {
        for (int i = 0; i < op.NumOperands; i++)
        {
            var operand = op.OpOperands[i];
            if (!operand.IsLinked || operand.Value.DefiningOp is not { } defOp) continue;
            Operation? otherUser = null;
            bool moreThanTwoUses = false;
            for (var use = operand.Value.FirstUse; use is not null; use = use.NextUse)
            {
                var user = use.Owner;
                if (ReferenceEquals(user, op) || ReferenceEquals(user, otherUser)) continue;
                if (otherUser is null) { otherUser = user; continue; }
                moreThanTwoUses = true;
                break;
            }
            if (!moreThanTwoUses) AddToWorklist(defOp);
        }
    }

    // ------------------------------------------------------------------ listener

    public virtual void NotifyOperationInserted(Operation op, Block? previousBlock, Operation? previousNext)
    {
        Config.Listener?.NotifyOperationInserted(op, previousBlock, previousNext);
        if (Config.Strictness == GreedyRewriteStrictness.ExistingAndNewOps) StrictModeFilteredOps.Add(op);
        AddToWorklist(op);
    }

    public void NotifyBlockInserted(Block block, Region? previousRegion, Block? previousNext) =>
        Config.Listener?.NotifyBlockInserted(block, previousRegion, previousNext);

    public void NotifyBlockErased(Block block) => Config.Listener?.NotifyBlockErased(block);

    public void NotifyOperationModified(Operation op)
    {
        Config.Listener?.NotifyOperationModified(op);
        AddToWorklist(op);
    }

    public virtual void NotifyOperationErased(Operation op)
    {
        Config.Listener?.NotifyOperationErased(op);
        AddOperandsToWorklist(op);
        Worklist.Remove(op);
        if (Config.Strictness != GreedyRewriteStrictness.AnyOp) StrictModeFilteredOps.Remove(op);
    }

    public void NotifyOperationReplaced(Operation op, IReadOnlyList<Value> replacement) =>
        Config.Listener?.NotifyOperationReplaced(op, replacement);

    public void NotifyOperationReplaced(Operation op, Operation replacement) =>
        Config.Listener?.NotifyOperationReplaced(op, replacement);

    public void NotifyPatternBegin(RewritePattern pattern, Operation op) => Config.Listener?.NotifyPatternBegin(pattern, op);

    public void NotifyPatternEnd(RewritePattern pattern, bool succeeded) => Config.Listener?.NotifyPatternEnd(pattern, succeeded);

    public void NotifyMatchFailure(Location loc, string reason) => Config.Listener?.NotifyMatchFailure(loc, reason);
}
