using Lce.IR;
using Lce.IR.Rewrite;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Tests.Pdll;

/// <summary>
/// Patterns with the same root share one decision tree: the questions asked to try all of them
/// on an op stay flat as patterns are added, while separately compiled patterns (one tree each)
/// cost one evaluation chain per pattern.
/// </summary>
public class PdllSharingTests
{
    private static readonly string[] InnerOps =
        ["subi", "muli", "andi", "ori", "xori", "divsi", "divui", "remsi", "remui", "shli", "shrsi", "shrui", "maxsi", "minsi"];

    private static string PatternFor(string inner) => $$"""
        Pattern AddOf_{{inner}} {
          let root = op<arith.addi>(op<arith.{{inner}}>(a: Value, b: Value), c: Value);
          replace root with op<arith.addi>(c, a);
        }

        """;

    private const string Input = """
        func.func @f(%a: i32, %b: i32, %c: i32) -> (i32, i32) {
          %0 = arith.maxui %a, %b : i32
          %1 = arith.addi %0, %c : i32
          %2 = arith.minsi %a, %b : i32
          %3 = arith.addi %2, %c : i32
          return %1, %3 : i32, i32
        }
        """;

    /// <summary>Questions evaluated to try every pattern on the two addi ops (one applicator round each).</summary>
    private static long Evaluations(int patternCount, bool shared)
    {
        var ctx = PdllTestUtil.Context();
        var sources = InnerOps.Take(patternCount).Select(PatternFor).ToList();
        var patterns = shared
            ? PdllTestUtil.Load(ctx, string.Concat(sources)).Patterns.ToList()
            : sources.Select(s => PdllTestUtil.Load(ctx, s).Patterns[0]).ToList();
        var module = PdllTestUtil.Parse(ctx, Input);
        var adds = new List<Operation>();
        module.Walk(op => { if (op.Name == "arith.addi") adds.Add(op); });
        // Only matchers with a pattern on the last addi's inner op can rewrite; count before any rewrite.
        var applicator = new PatternApplicator(new RewritePatternSet(ctx).Add(patterns).Freeze());
        var rewriter = new PatternRewriter(ctx);
        Assert.False(applicator.MatchAndRewrite(adds[0], rewriter));
        bool rewrote = applicator.MatchAndRewrite(adds[1], rewriter);
        Assert.Equal(patternCount == InnerOps.Length, rewrote);
        // Shared: one matcher behind all patterns; separate: one matcher per pattern.
        var counts = patterns.Select(p => ((PdllRewritePattern)p).SharedPredicateEvaluations).ToList();
        return shared ? counts[0] : counts.Sum();
    }

    [Fact]
    public void SharedMatcherCostStaysFlatAsPatternsAreAdded()
    {
        long one = Evaluations(1, shared: true);
        long all = Evaluations(InnerOps.Length, shared: true);
        Assert.True(one > 0);
        // The op-name test of the inner op branches straight to the one candidate: a matching
        // pattern costs its own few checks, every other pattern costs nothing.
        Assert.InRange(all, one, one + 8);
    }

    [Fact]
    public void SeparateMatchersCostGrowsWithThePatternCount()
    {
        long one = Evaluations(1, shared: false);
        long all = Evaluations(InnerOps.Length, shared: false);
        Assert.True(all >= one * (InnerOps.Length - 1), $"unshared: {one} for one pattern, {all} for {InnerOps.Length}");
        Assert.True(Evaluations(InnerOps.Length, shared: true) * 4 < all);
    }

    [Fact]
    public void PatternsOfAModuleWithTheSameRootShareOneMatcherAndKeepTheirIdentity()
    {
        var ctx = PdllTestUtil.Context();
        var module = PdllTestUtil.Load(ctx, string.Concat(InnerOps.Take(3).Select(PatternFor)));
        Assert.Equal(["AddOf_subi", "AddOf_muli", "AddOf_andi"], module.Patterns.Select(p => p.DebugName));
        Assert.All(module.Patterns, p => Assert.Equal("arith.addi", p.RootName));
        Assert.All(module.Patterns, p => Assert.Equal(0, p.Benefit));
        Assert.Same(module.Pattern("AddOf_muli"), module.Patterns[1]);
    }
}
