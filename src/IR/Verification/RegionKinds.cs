namespace Lce.IR;

/// <summary>Which regions have SSA dominance (MLIR's DominanceInfo::hasSSADominance).</summary>
public static class RegionKinds
{
    /// <summary>
    /// Regions of several blocks always do; a single-block region does not when its op is a
    /// graph-region op or unregistered (its kind is unknown). Detached regions do.
    /// </summary>
    public static bool HasSsaDominance(Region region)
    {
        if (region.Blocks.Count != 1 || region.Owner is not { } owner) return true;
        return owner.Definition is not null && !owner.HasTrait<Traits.GraphRegions>();
    }
}
