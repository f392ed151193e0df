using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Runtime;

namespace Lce.Tests.CodeGen.Runtime;

public class ArenaPlannerTests
{
    private const int A = ArenaPlanner.Alignment;

    [Fact]
    public void ChainReusesTheBufferOfAFinishedOp()
    {
        // x -> a -> b -> c: a is dead when c is written, so c takes a's place.
        var plan = ArenaPlanner.Plan([new(100, 0, 1), new(100, 1, 2), new(100, 2, 3)]);
        Assert.Equal(plan.Offsets[0], plan.Offsets[2]);
        Assert.NotEqual(plan.Offsets[0], plan.Offsets[1]);
        Assert.Equal(A * 2 + 100, plan.ArenaSize);
    }

    [Fact]
    public void BuffersLiveTogetherAreStackedWithAlignment()
    {
        var plan = ArenaPlanner.Plan([new(10, 0, 5), new(70, 1, 5), new(1, 2, 5)]);
        // Largest first: 70 at 0, then 10 at 128 (70 rounded up), then 1 at 192.
        Assert.Equal([2 * A, 0, 3 * A], plan.Offsets);
        Assert.Equal(3 * A + 1, plan.ArenaSize);
    }

    [Fact]
    public void BuffersWithDisjointLifetimesShareSpace()
    {
        // The two small buffers are never live together, so they share the space above the big one.
        var plan = ArenaPlanner.Plan([new(128, 0, 1), new(64, 0, 0), new(64, 1, 1)]);
        Assert.Equal(0, plan.Offsets[0]);
        Assert.Equal(plan.Offsets[1], plan.Offsets[2]);
        Assert.Equal(192, plan.ArenaSize);
    }

    [Fact]
    public void EmptyAndZeroSizedRequests()
    {
        Assert.Equal(0, ArenaPlanner.Plan([]).ArenaSize);
        var plan = ArenaPlanner.Plan([new(0, 0, 3), new(8, 0, 3)]);
        Assert.Equal(8, plan.ArenaSize);
    }

    [Fact]
    public void InvalidRequestsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => ArenaPlanner.Plan([new(8, 3, 2)]));
        Assert.Throws<ArgumentException>(() => ArenaPlanner.Plan([new(-1, 0, 0)]));
    }

    /// <summary>
    /// Buffers of a random chain of ops: op i writes one buffer, read by a few later ops (the
    /// last ones are read by the return, at step n), as the executor's liveness gives them.
    /// </summary>
    private static Gen<BufferRequest[]> OpChains =>
        from n in Gen.Choose(1, 24)
        from sizes in Gen.ArrayOf(Gen.Choose(0, 5000), n)
        from reach in Gen.ArrayOf(Gen.Choose(0, 6), n)
        select Enumerable.Range(0, n).Select(i => new BufferRequest(sizes[i], i, Math.Min(n, i + reach[i]))).ToArray();

    [Fact]
    public void NoTwoSimultaneouslyLiveBuffersOverlap()
    {
        Prop.ForAll(OpChains.ToArbitrary(), requests =>
        {
            var plan = ArenaPlanner.Plan(requests);
            for (int i = 0; i < requests.Length; i++)
            {
                if (plan.Offsets[i] % A != 0 || plan.Offsets[i] + requests[i].Size > plan.ArenaSize) return false;
                for (int j = i + 1; j < requests.Length; j++)
                {
                    if (!requests[i].LiveTogetherWith(requests[j]) || requests[i].Size == 0 || requests[j].Size == 0) continue;
                    bool disjoint = plan.Offsets[i] + requests[i].Size <= plan.Offsets[j] || plan.Offsets[j] + requests[j].Size <= plan.Offsets[i];
                    if (!disjoint) return false;
                }
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void ArenaIsBetweenPeakLiveSizeAndTheSumOfAllBuffers()
    {
        Prop.ForAll(OpChains.ToArbitrary(), requests =>
        {
            var plan = ArenaPlanner.Plan(requests);
            int steps = requests.Max(r => r.LastUse);
            long peak = Enumerable.Range(0, steps + 1).Max(t => requests.Where(r => r.FirstUse <= t && t <= r.LastUse).Sum(r => r.Size));
            long sum = requests.Sum(r => ArenaPlanner.AlignUp(r.Size));
            return plan.ArenaSize >= peak && plan.ArenaSize <= sum;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }
}
