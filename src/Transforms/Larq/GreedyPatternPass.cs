using Lce.IR;
using Lce.IR.Passes;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Larq;

/// <summary>
/// The shape of every LCE pass: on each `func.func`, apply a pattern set with the greedy
/// driver (folding, constant uniquing and hoisting, dead-op removal included) and ignore a
/// failure to converge, as LCE's `applyPatternsAndFoldGreedily` calls do. Subclasses list
/// their patterns; the frozen set is built once per context and shared by clones that run
/// functions in parallel.
/// </summary>
public abstract class GreedyPatternPass : Pass
{
    private readonly object _lock = new();
    private (IRContext Context, FrozenRewritePatternSet Patterns)? _frozen;

    public override string? AnchorName => "func.func";

    /// <summary>Adds the pass's patterns (in MLIR's registration order) for the current options.</summary>
    protected abstract void Populate(RewritePatternSet patterns);

    // MLIR's default configuration, which LCE uses: bottom-up seeding (the last op of a block is
    // visited first). Our GreedyRewriteConfig defaults to top-down, what canonicalize asks for.
    protected override void RunOnOperation() =>
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(Operation, Patterns(Operation.Context),
            new GreedyRewriteConfig { UseTopDownTraversal = false });

    public override Pass Clone()
    {
        var copy = (GreedyPatternPass)base.Clone();
        lock (_lock) copy._frozen = _frozen;
        return copy;
    }

    private FrozenRewritePatternSet Patterns(IRContext ctx)
    {
        lock (_lock)
        {
            if (_frozen is { } f && ReferenceEquals(f.Context, ctx)) return f.Patterns;
            var set = new RewritePatternSet(ctx);
            Populate(set);
            var frozen = set.Freeze();
            _frozen = (ctx, frozen);
            return frozen;
        }
    }
}
