namespace Lce.Tests.Rewrite;

using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>
/// Deferred pattern groups (<see cref="RewritePatternSet.AddDeferred"/>): built once, only when an
/// op of their root is met, and then ordered and filtered as if they had been added eagerly.
/// </summary>
public class DeferredPatternTests
{
    /// <summary>Renames `from` to `to` (a new op replaces the old one).</summary>
    private static RewritePattern Rename(string from, string to, int benefit = 1) =>
        RewritePattern.Create(from, (op, rewriter) =>
        {
            rewriter.ReplaceOp(op, rewriter.Create(to, op.Location, op.Operands.ToList(), op.ResultTypes.ToList()));
            return true;
        }, benefit, debugName: $"{from}->{to}");

    private const string OneA = """func.func @f() { "tst.a"() : () -> () return }""";

    [Fact]
    public void GroupIsBuiltOnceAndOnlyForRootsThatAreMet()
    {
        var t = new RewriteTestUtil("""func.func @f() { "tst.a"() : () -> () "tst.a"() : () -> () return }""");
        int builtA = 0, builtZ = 0;
        var set = new RewritePatternSet(t.Ctx)
            .AddDeferred("tst.a", _ => { builtA++; return [Rename("tst.a", "tst.b")]; })
            .AddDeferred("tst.z", _ => { builtZ++; return [Rename("tst.z", "tst.y")]; });
        var frozen = set.Freeze();
        Assert.Equal(0, builtA);

        GreedyPatternRewriteDriver.ApplyPatternsGreedily(t.Module, frozen);
        Assert.Equal(2, t.All("tst.b").Count);
        Assert.Equal(1, builtA);
        Assert.Equal(0, builtZ);

        // A second driver on the same frozen set reuses the built patterns.
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(t.Module, frozen);
        Assert.Equal(1, builtA);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void GroupKeepsItsInsertionPlaceAmongEqualBenefits(bool deferredFirst)
    {
        var t = new RewriteTestUtil(OneA);
        var set = new RewritePatternSet(t.Ctx);
        if (deferredFirst) set.AddDeferred("tst.a", _ => [Rename("tst.a", "tst.deferred")]);
        set.Add(Rename("tst.a", "tst.eager"));
        if (!deferredFirst) set.AddDeferred("tst.a", _ => [Rename("tst.a", "tst.deferred")]);

        Assert.Equal(deferredFirst ? ["tst.a->tst.deferred", "tst.a->tst.eager"] : ["tst.a->tst.eager", "tst.a->tst.deferred"],
            set.Patterns.Select(p => p.DebugName));
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(t.Module, set.Freeze());
        Assert.Single(t.All(deferredFirst ? "tst.deferred" : "tst.eager"));
    }

    [Fact]
    public void HigherBenefitInAGroupStillWins()
    {
        var t = new RewriteTestUtil(OneA);
        var set = new RewritePatternSet(t.Ctx)
            .Add(Rename("tst.a", "tst.eager", benefit: 1))
            .AddDeferred("tst.a", _ => [Rename("tst.a", "tst.deferred", benefit: 2)]);
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(t.Module, set.Freeze());
        Assert.Single(t.All("tst.deferred"));
    }

    [Fact]
    public void DisabledNamesFilterDeferredPatterns()
    {
        var t = new RewriteTestUtil(OneA);
        var set = new RewritePatternSet(t.Ctx)
            .AddDeferred("tst.a", _ => [Rename("tst.a", "tst.first", benefit: 2), Rename("tst.a", "tst.second")]);
        var frozen = set.Freeze(disabledPatterns: ["tst.a->tst.first"]);
        Assert.Equal(["tst.a->tst.second"], frozen.ForRoot("tst.a").Select(p => p.DebugName));
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(t.Module, frozen);
        Assert.Single(t.All("tst.second"));
        Assert.Empty(t.All("tst.first"));
    }

    [Fact]
    public void AllListsDeferredPatternsInInsertionOrder()
    {
        var ctx = new RewriteTestUtil(OneA).Ctx;
        var frozen = new RewritePatternSet(ctx)
            .Add(Rename("tst.x", "tst.y"))
            .AddDeferred("tst.a", _ => [Rename("tst.a", "tst.b"), Rename("tst.a", "tst.c")])
            .Add(Rename("tst.d", "tst.e"))
            .Freeze();
        Assert.Equal(["tst.x->tst.y", "tst.a->tst.b", "tst.a->tst.c", "tst.d->tst.e"], frozen.All.Select(p => p.DebugName));
    }

    [Fact]
    public void ConcurrentRequestsBuildTheGroupOnce()
    {
        var ctx = new RewriteTestUtil(OneA).Ctx;
        int built = 0;
        var frozen = new RewritePatternSet(ctx)
            .AddDeferred("tst.a", _ => { Interlocked.Increment(ref built); return [Rename("tst.a", "tst.b")]; })
            .Freeze();
        var seen = new RewritePattern[8];
        Parallel.For(0, seen.Length, i => seen[i] = frozen.ForRoot("tst.a").Single());
        Assert.Equal(1, built);
        Assert.All(seen, p => Assert.Same(seen[0], p));
    }

    [Fact]
    public void GroupRootedElsewhereIsRejected()
    {
        var ctx = new RewriteTestUtil(OneA).Ctx;
        var set = new RewritePatternSet(ctx).AddDeferred("tst.a", _ => [Rename("tst.other", "tst.b")]);
        Assert.Throws<InvalidOperationException>(() => set.Patterns);
    }
}
