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

    /// <summary>
    /// The defaults of the MLIR LCE builds against (TF 2.16's LLVM): bottom-up worklist seeding
    /// and full region simplification (which included block merging; Aggressive today).
    /// </summary>
    public static GreedyRewriteConfig LceConfig => new()
    {
        UseTopDownTraversal = false,
        RegionSimplificationLevel = GreedySimplifyRegionLevel.Aggressive,
    };

    /// <summary>Adds the pass's patterns (in MLIR's registration order) for the current options.</summary>
    protected abstract void Populate(RewritePatternSet patterns);

    protected override void RunOnOperation() =>
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(Operation, Patterns(Operation.Context), LceConfig);

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
