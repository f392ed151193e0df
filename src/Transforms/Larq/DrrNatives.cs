using Lce.IR;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Transforms.Larq;

/// <summary>
/// Natives the PDLL ports of LCE's DRR patterns share: DRR's one-use check and DRR's locations
/// for created ops.
/// </summary>
internal static class DrrNatives
{
    /// <summary>
    /// Adds `HasOneUse(value)` (LCE's `$0.hasOneUse()`) and `LocateAtDefiningOps(values)`: the ops
    /// created after it are located at the fused locations of the values' defining ops, in the
    /// given order. DRR fuses the locations of every matched op, root first, then each nested
    /// match after the ops matched inside it; PDL's default order differs, so multi-op patterns
    /// list DRR's order explicitly.
    /// </summary>
    public static NativeRegistry AddDrrNatives(this NativeRegistry registry) => registry
        .AddConstraint("HasOneUse", c => c.Value(0).HasOneUse)
        .AddRewrite("LocateAtDefiningOps", c =>
        {
            c.Location = FusedLoc.Get(c.Context, c.ValueRange(0).Select(v => v.DefiningOp?.Location ?? UnknownLoc.Get(c.Context)));
            return null;
        });
}
