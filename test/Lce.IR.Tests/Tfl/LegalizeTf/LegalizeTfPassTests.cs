namespace Lce.Tests.Tfl.LegalizeTf;

using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Passes;
using Lce.IR.Rewrite;
using Lce.Transforms.Tfl.LegalizeTf;
using static LegalizeTfTestUtil;

/// <summary>The pass's registration, options and pattern sets.</summary>
public sealed class LegalizeTfPassTests
{
    [Fact]
    public void RegisteredUnderTfsArgumentWithTfsOptions()
    {
        var registry = new PassRegistry();
        Lce.Transforms.StandardPasses.RegisterAll(registry);
        var entry = registry.LookupPass("tfl-legalize-tf");
        Assert.NotNull(entry);
        Assert.Equal("Legalize from TensorFlow to TensorFlow Lite dialect.", entry!.Description);
        var pass = new LegalizeTfPass();
        Assert.Equal("LegalizeTFPass", pass.Name);
        Assert.Equal("Legalize from TensorFlow to TensorFlow Lite dialect.", pass.Description);
        Assert.Equal("func.func", pass.AnchorName);
        var verification = Assert.IsType<Option<bool>>(pass.FindOption("run-tfl-runtime-verification"));
        var assert = Assert.IsType<Option<bool>>(pass.FindOption("preserve-assert-op"));
        Assert.True(verification.Value);
        Assert.False(assert.Value);
    }

    [Fact]
    public void DrrPatternsAreInRecordNameOrderAndAllLoad()
    {
        var ctx = NewContext();
        Assert.Equal(LegalizeTfPatterns.Names.OrderBy(n => n, StringComparer.Ordinal), LegalizeTfPatterns.Names);
        var module = LegalizeTfPatterns.Module(ctx);
        Assert.Equal(LegalizeTfPatterns.Names.Count, module.Patterns.Count);
        // DRR's benefit: one matched op, plus addBenefit 10 for the arith.constant form.
        Assert.Equal(11, module.Pattern("ConvertTfConstToStdConst").Benefit);
        Assert.All(LegalizeTfPatterns.Names.Where(n => n != "ConvertTfConstToStdConst"), n => Assert.Equal(1, module.Pattern(n).Benefit));
        Assert.Equal(["arith.constant", "tfl.maximum"], module.Pattern("LegalizeReluI32").GeneratedOps.Order());
        Assert.Single(LegalizeTfPatterns.LoweringModule(ctx).Patterns);
    }

    [Fact]
    public void AssertPatternOnlyWithoutPreserveAssertOp()
    {
        var ctx = NewContext();
        bool HasAssert(bool preserve)
        {
            var set = new RewritePatternSet(ctx);
            LegalizeTfPatterns.AddStage1(set, preserve);
            return set.Patterns.Any(p => p is AssertPattern);
        }
        Assert.True(HasAssert(false));
        Assert.False(HasAssert(true));
    }

    [Fact]
    public void StageTwoAddsExplicitBroadcastingForBinaryOpsAndSelect()
    {
        var ctx = NewContext();
        var one = new RewritePatternSet(ctx);
        var two = new RewritePatternSet(ctx);
        LegalizeTfPatterns.AddStage1(one, false);
        LegalizeTfPatterns.AddStage2(two, false);
        var added = two.Patterns.Skip(one.Patterns.Count).ToList();
        Assert.All(added, p => Assert.IsType<ExplicitBroadcastPattern>(p));
        Assert.Equal([.. ExplicitBroadcastPattern.BinaryOps, "tf.SelectV2"], added.Select(p => p.RootName));
    }

    [Fact]
    public void RunsOnAFunctionAndLeavesOpsWithoutPatterns()
    {
        var ctx = NewContext();
        var m = Parse(ctx, """
            func.func @f(%x: tensor<2xf32>) -> tensor<2xf32> {
              %0 = "tf.Relu"(%x) : (tensor<2xf32>) -> tensor<2xf32>
              %1 = "tf.Identity"(%0) : (tensor<2xf32>) -> tensor<2xf32>
              return %1 : tensor<2xf32>
            }
            """);
        Assert.True(new LegalizeTfPass().Run(First(m, "func.func")));
        Assert.Single(All(m, "tfl.relu"));
        Assert.Single(All(m, "tf.Identity"));
        Assert.Empty(All(m, "tf.Relu"));
    }
}
