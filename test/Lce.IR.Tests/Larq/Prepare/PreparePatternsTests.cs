namespace Lce.Tests.Larq.Prepare;

using Lce.Dialects;
using Lce.IR.Rewrite;
using Lce.Transforms.Larq;
using Lce.Transforms.Larq.OpRemoval;
using Lce.Transforms.Larq.Prepare;

/// <summary>The pattern sets of tfl-prepare-lce per target, with DRR's benefits.</summary>
public sealed class PreparePatternsTests
{
    [Fact]
    public void TheModuleLoadsWithDrrBenefitsAndRoots()
    {
        var ctx = StandardDialects.CreateContext();
        var module = PreparePatterns.Module(ctx, LceTarget.Arm);
        Assert.Empty(module.Warnings);
        var byName = module.Patterns.ToDictionary(p => p.DebugName);
        Assert.Equal(PreparePatterns.CommonNames.Concat(PreparePatterns.ArmNames).Order(), byName.Keys.Order());
        foreach (var name in byName.Keys.Where(n => n != "BConvSameOnePadding")) Assert.Equal(3, byName[name].Benefit);
        Assert.Equal(6, byName["BConvSameOnePadding"].Benefit);
        Assert.Equal("tf.SelectV2", byName["SelectV2ToInvertedBinarySign"].RootName);
        Assert.Equal("tf.Select", byName["SelectToBinarySign"].RootName);
        Assert.Equal("tf.Sign", byName["LegacySignToBinarySignSwapped"].RootName);
        Assert.Equal("tf.Conv2D", byName["BConvSameZeroPadding"].RootName);
        // The xcore module must not hold the arm pattern: its matcher would still evaluate it
        // (and report filter-shape errors) for every convolution.
        var xcore = PreparePatterns.Module(ctx, LceTarget.XCore);
        Assert.Equal(PreparePatterns.CommonNames.Order(), xcore.Patterns.Select(p => p.DebugName).Order());
        Assert.Same(module, PreparePatterns.Module(ctx, LceTarget.Arm));
    }

    [Theory]
    [InlineData(LceTarget.Arm, true)]
    [InlineData(LceTarget.XCore, false)]
    public void OnlyArmGetsSameZeroPadding(LceTarget target, bool sameZero)
    {
        var set = new RewritePatternSet(StandardDialects.CreateContext());
        PreparePatterns.AddTo(set, target);
        var names = set.Patterns.Select(p => p.DebugName).ToList();
        Assert.IsType<DilatedConvPattern>(set.Patterns[0]);
        Assert.Equal(1, set.Patterns[0].Benefit);
        Assert.Equal(OpRemovalPatterns.Names, names.Skip(1).Take(OpRemovalPatterns.Names.Count));
        Assert.Equal(sameZero, names.Contains("BConvSameZeroPadding"));
        Assert.IsType<UnipolarConvPattern>(set.Patterns[^1]);
        Assert.Equal(1 + OpRemovalPatterns.Names.Count + PreparePatterns.CommonNames.Count + (sameZero ? 1 : 0) + 1, names.Count);
    }
}
