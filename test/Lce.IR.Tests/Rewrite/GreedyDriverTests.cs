namespace Lce.Tests.Rewrite;

using Lce.IR;
using Lce.IR.Rewrite;
using Lce.Transforms;

public class GreedyDriverTests
{
    private static FrozenRewritePatternSet Patterns(IRContext ctx, params RewritePattern[] patterns) =>
        new RewritePatternSet(ctx).Add(patterns).Freeze();

    /// <summary>Renames `tst.a` to `tst.b` (a new op replaces the old one).</summary>
    private static RewritePattern Rename(string from, string to, int benefit = 1) =>
        RewritePattern.Create(from, (op, rewriter) =>
        {
            var replacement = rewriter.Create(to, op.Location, op.Operands.ToList(), op.ResultTypes.ToList());
            rewriter.ReplaceOp(op, replacement);
            return true;
        }, benefit, debugName: $"{from}->{to}");

    [Fact]
    public void HigherBenefitPatternWins()
    {
        var t = new RewriteTestUtil("""func.func @f() { "tst.a"() : () -> () return }""");
        var patterns = Patterns(t.Ctx, Rename("tst.a", "tst.low", 1), Rename("tst.a", "tst.high", 2));
        Assert.True(GreedyPatternRewriteDriver.ApplyPatternsGreedily(t.Module, patterns, null, out bool changed));
        Assert.True(changed);
        Assert.Single(t.All("tst.high"));
        Assert.Empty(t.All("tst.low"));
    }

    [Fact]
    public void NewOpsAreRewrittenInTheSameIteration()
    {
        var t = new RewriteTestUtil("""func.func @f() { "tst.a"() : () -> () return }""");
        var patterns = Patterns(t.Ctx, Rename("tst.a", "tst.b"), Rename("tst.b", "tst.c"));
        var config = new GreedyRewriteConfig { MaxIterations = 1 };
        // The inserted tst.b is queued and rewritten at once; only a second iteration could confirm convergence.
        Assert.False(GreedyPatternRewriteDriver.ApplyPatternsGreedily(t.Module, patterns, config, out _));
        Assert.Single(t.All("tst.c"));
    }

    [Fact]
    public void MaxNumRewritesBoundsAnIteration()
    {
        var t = new RewriteTestUtil("""func.func @f() { "tst.a"() : () -> () "tst.a"() : () -> () "tst.a"() : () -> () return }""");
        var patterns = Patterns(t.Ctx, Rename("tst.a", "tst.b"));
        var config = new GreedyRewriteConfig { MaxIterations = 1, MaxNumRewrites = 2 };
        Assert.False(GreedyPatternRewriteDriver.ApplyPatternsGreedily(t.Module, patterns, config, out _));
        Assert.Equal(2, t.All("tst.b").Count);
        Assert.Single(t.All("tst.a"));
    }

    [Fact]
    public void TopDownProcessesOpsInOrderAndBottomUpInReverse()
    {
        const string text = """func.func @f() { "tst.x"() {n = 1} : () -> () "tst.x"() {n = 2} : () -> () "tst.x"() {n = 3} : () -> () return }""";
        foreach (var topDown in new[] { true, false })
        {
            var t = new RewriteTestUtil(text);
            var seen = new List<long>();
            var record = RewritePattern.Create("tst.x", (op, _) =>
            {
                seen.Add(((IntegerAttr)op.GetAttr("n")!).Int64);
                return false;
            });
            GreedyPatternRewriteDriver.ApplyPatternsGreedily(t.Module, Patterns(t.Ctx, record), new GreedyRewriteConfig { UseTopDownTraversal = topDown });
            Assert.Equal(topDown ? [1L, 2, 3] : [3L, 2, 1], seen);
        }
    }

    [Fact]
    public void CanonicalIRConvergesWithoutChange()
    {
        var t = new RewriteTestUtil("""
            func.func @f(%x: i32) -> i32 {
              %c1 = arith.constant 1 : i32
              %0 = arith.addi %x, %c1 : i32
              return %0 : i32
            }
            """);
        var patterns = new CanonicalizePass().Config;
        Assert.True(GreedyPatternRewriteDriver.ApplyPatternsGreedily(t.Module,
            CanonicalizePass.CollectCanonicalizationPatterns(t.Ctx).Freeze(), patterns, out bool changed));
        Assert.False(changed);
    }

    [Fact]
    public void CyclingPatternsDoNotConverge()
    {
        const string text = """func.func @f() { "tst.a"() : () -> () return }""";
        var t = new RewriteTestUtil(text);
        var patterns = Patterns(t.Ctx, Rename("tst.a", "tst.b"), Rename("tst.b", "tst.a"));
        var config = new GreedyRewriteConfig { MaxIterations = 3, MaxNumRewrites = 10 };
        Assert.False(GreedyPatternRewriteDriver.ApplyPatternsGreedily(t.Module, patterns, config, out bool changed));
        Assert.True(changed);
    }

    [Fact]
    public void TestConvergenceFailsTheCanonicalizePass()
    {
        const string text = """
            func.func @f(%x: i32) {
              %0 = arith.muli %x, %x : i32
              return
            }
            """;
        var converging = new RewriteTestUtil(text);
        var pass = new CanonicalizePass();
        Assert.True(pass.InitializeOptions("test-convergence=true", TextWriter.Null));
        Assert.True(pass.Run(converging.Module));

        var limited = new RewriteTestUtil(text);
        Assert.True(pass.InitializeOptions("test-convergence=true max-iterations=1", TextWriter.Null));
        Assert.False(pass.Run(limited.Module));
        Assert.Empty(limited.All("arith.muli"));
    }

    [Fact]
    public void FoldingAndConstantCseCanBeDisabled()
    {
        const string text = """
            func.func @f() -> (i32, i32) {
              %c1 = arith.constant 1 : i32
              %c1_0 = arith.constant 1 : i32
              %0 = arith.addi %c1, %c1_0 : i32
              return %0, %c1_0 : i32, i32
            }
            """;
        var t = new RewriteTestUtil(text, setup: "addi-fold");
        var config = new GreedyRewriteConfig { EnableFolding = false, EnableConstantCSE = false };
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(t.Module, Patterns(t.Ctx), config);
        Assert.Single(t.All("arith.addi"));
        Assert.Equal(2, t.All("arith.constant").Count);

        var folded = new RewriteTestUtil(text, setup: "addi-fold");
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(folded.Module, Patterns(folded.Ctx));
        Assert.Empty(folded.All("arith.addi"));
        Assert.Equal(2, folded.All("arith.constant").Count); // 2 and 1
    }

    [Fact]
    public void ListenerHearsErasuresAndReplacements()
    {
        var t = new RewriteTestUtil("""
            func.func @f(%x: i32) -> i32 {
              %0 = arith.muli %x, %x : i32
              %1 = "tst.a"(%x) : (i32) -> i32
              return %1 : i32
            }
            """);
        var log = new EventLog();
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(t.Module, Patterns(t.Ctx, Rename("tst.a", "tst.b")), new GreedyRewriteConfig { Listener = log });
        Assert.Contains("erased arith.muli", log.Events);
        Assert.Contains("replaced tst.a", log.Events);
        Assert.Contains("inserted tst.b", log.Events);
        Assert.Contains("pattern tst.a->tst.b True", log.Events);
    }

    [Fact]
    public void StrictModesLimitWhichOpsAreRewritten()
    {
        const string text = """func.func @f() { "tst.a"() : () -> () "tst.other"() : () -> () return }""";
        foreach (var (strictness, expectC, expectOtherRewritten) in new[]
                 {
                     (GreedyRewriteStrictness.ExistingOps, false, false),
                     (GreedyRewriteStrictness.ExistingAndNewOps, true, false),
                     (GreedyRewriteStrictness.AnyOp, true, false),
                 })
        {
            var t = new RewriteTestUtil(text);
            var patterns = Patterns(t.Ctx, Rename("tst.a", "tst.b"), Rename("tst.b", "tst.c"), Rename("tst.other", "tst.done"));
            var a = t.Find("tst.a");
            bool converged = GreedyPatternRewriteDriver.ApplyOpPatternsGreedily([a], patterns,
                new GreedyRewriteConfig { Strictness = strictness }, out bool changed, out bool allErased);
            Assert.True(converged);
            Assert.True(changed);
            Assert.True(allErased);
            Assert.Equal(expectC, t.All("tst.c").Count == 1);
            Assert.Equal(expectOtherRewritten, t.All("tst.done").Count == 1);
        }
    }

    [Fact]
    public void UnregisteredOpsAreNeverTriviallyDead()
    {
        var t = new RewriteTestUtil("""
            func.func @f(%x: i32) {
              %0 = "tst.unknown"(%x) : (i32) -> i32
              %1 = arith.addi %x, %x : i32
              return
            }
            """);
        Assert.True(SideEffects.IsOpTriviallyDead(t.Find("arith.addi")));
        Assert.False(SideEffects.IsOpTriviallyDead(t.Find("tst.unknown")));
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(t.Module, Patterns(t.Ctx));
        Assert.Single(t.All("tst.unknown"));
        Assert.Empty(t.All("arith.addi"));
    }

    private sealed class EventLog : IRewriterListener
    {
        public List<string> Events { get; } = new();
        public void NotifyOperationInserted(Operation op, Block? previousBlock, Operation? previousNext) => Events.Add($"inserted {op.Name}");
        public void NotifyOperationErased(Operation op) => Events.Add($"erased {op.Name}");
        public void NotifyOperationReplaced(Operation op, IReadOnlyList<Value> replacement) => Events.Add($"replaced {op.Name}");
        public void NotifyPatternEnd(RewritePattern pattern, bool succeeded) => Events.Add($"pattern {pattern.DebugName} {succeeded}");
    }
}
