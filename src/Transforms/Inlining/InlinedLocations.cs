using Lce.IR;

namespace Lce.Transforms.Inlining;

/// <summary>
/// Gives inlined IR call-site locations (MLIR's remapInlinedLocations): every location L in
/// the inlined blocks becomes `callsite(L at callerLoc)`, appended to the end of L's chain when
/// L is itself a call site.
/// </summary>
internal static class InlinedLocations
{
    public static void Remap(IRContext ctx, IReadOnlyList<Block> blocks, Location callerLoc)
    {
        var mapped = new Dictionary<Location, Location>();
        Location Map(Location loc)
        {
            if (!mapped.TryGetValue(loc, out var result)) mapped[loc] = result = Stack(ctx, loc, callerLoc);
            return result;
        }

        foreach (var block in blocks)
        {
            foreach (var arg in block.Arguments) arg.Location = Map(arg.Location);
            foreach (var op in block.Operations)
                op.Walk(nested =>
                {
                    nested.Location = Map(nested.Location);
                    foreach (var region in nested.Regions)
                        foreach (var b in region.Blocks)
                            foreach (var arg in b.Arguments) arg.Location = Map(arg.Location);
                }, WalkOrder.PreOrder);
        }
    }

    private static Location Stack(IRContext ctx, Location callee, Location caller)
    {
        var chain = new List<CallSiteLoc>();
        var last = callee;
        while (last is CallSiteLoc site)
        {
            chain.Add(site);
            last = site.Caller;
        }
        Location result = CallSiteLoc.Get(ctx, last, caller);
        for (int i = chain.Count - 1; i >= 0; i--) result = CallSiteLoc.Get(ctx, chain[i].Callee, result);
        return result;
    }
}
