namespace Lce.IR.Rewrite;

/// <summary>How much CFG simplification the greedy driver does after each iteration.</summary>
public enum GreedySimplifyRegionLevel
{
    /// <summary>No region simplification.</summary>
    Disabled,
    /// <summary>Unreachable block erasure and region DCE (dead ops and block arguments).</summary>
    Normal,
    /// <summary>Also merges identical blocks and drops block arguments every predecessor passes the same value.</summary>
    Aggressive,
}

/// <summary>Which ops the greedy driver may rewrite (MLIR's GreedyRewriteStrictness).</summary>
public enum GreedyRewriteStrictness
{
    /// <summary>Any op in scope, including ops created or changed on the way.</summary>
    AnyOp,
    /// <summary>The initial ops and ops created by rewrites.</summary>
    ExistingAndNewOps,
    /// <summary>Only the initial ops.</summary>
    ExistingOps,
}

/// <summary>Settings of the greedy pattern rewrite driver, with MLIR's defaults (GreedyRewriteConfig).</summary>
public sealed class GreedyRewriteConfig
{
    /// <summary>The value of <see cref="MaxIterations"/> and <see cref="MaxNumRewrites"/> that means "no limit".</summary>
    public const long NoLimit = -1;

    /// <summary>Seed the worklist in pre-order (top-down) instead of post-order.</summary>
    public bool UseTopDownTraversal { get; set; } = true;

    public GreedySimplifyRegionLevel RegionSimplificationLevel { get; set; } = GreedySimplifyRegionLevel.Normal;

    /// <summary>Iterations over the whole region before giving up (each iteration reseeds the worklist).</summary>
    public long MaxIterations { get; set; } = 10;

    /// <summary>Successful pattern applications allowed per iteration.</summary>
    public long MaxNumRewrites { get; set; } = NoLimit;

    /// <summary>Only ops nested in this region are enqueued (null: no restriction; set by the entry points when absent).</summary>
    public Region? Scope { get; set; }

    public GreedyRewriteStrictness Strictness { get; set; } = GreedyRewriteStrictness.AnyOp;

    /// <summary>Also told about every IR change the driver makes (MLIR's config listener).</summary>
    public IRewriterListener? Listener { get; set; }

    /// <summary>Fold ops before trying patterns.</summary>
    public bool EnableFolding { get; set; } = true;

    /// <summary>Deduplicate and hoist existing constants when (re)seeding the worklist.</summary>
    public bool EnableConstantCSE { get; set; } = true;

    public GreedyRewriteConfig Clone() => (GreedyRewriteConfig)MemberwiseClone();
}
