using Lce.IR.Rewrite;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Transforms.Larq.FusePadding;

/// <summary>
/// `-tfl-fuse-padding` (LCE's FusePadding): folds explicit zero padding into VALID
/// `tfl.conv_2d` / `tfl.depthwise_conv_2d` ops, making them SAME (FusePadding.pdll).
/// </summary>
public sealed class FusePaddingPass : GreedyPatternPass
{
    public override string Argument => "tfl-fuse-padding";
    public override string Name => "mlir::TFL::FusePadding";
    public override string Description => "Fuse padding ops into (Depthwise)Convs";

    private static readonly PdllPatternFile Patterns = new("Larq/FusePadding/FusePadding.pdll", new NativeRegistry().AddDrrNatives()
        .AddConstraint("IsSingleFloatZero", c => SamePadding.IsSingleFloatZero(c.Attr(0)))
        .AddConstraint("NoBatchAndChannelPadding", c => SamePadding.NoBatchAndChannelPadding(c.Attr(0)))
        .AddConstraint("IsSamePaddingHeight", c => SamePadding.IsSamePadding1D(c.Attr(0), c.Value(1).Type, c.Value(2).Type, c.Attr(3), 1))
        .AddConstraint("IsSamePaddingWidth", c => SamePadding.IsSamePadding1D(c.Attr(0), c.Value(1).Type, c.Value(2).Type, c.Attr(3), 2)));

    /// <summary>Adds the pass's patterns (its PDLL file, in LCE's order) to <paramref name="patterns"/>.</summary>
    public static void PopulatePatterns(RewritePatternSet patterns) => Patterns.AddAll(patterns);

    protected override void Populate(RewritePatternSet patterns) => PopulatePatterns(patterns);
}
