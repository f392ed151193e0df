using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Jit;

namespace Lce.Tests.CodeGen.Jit;

/// <summary>
/// The persistent row helpers: every row runs exactly once, on a worker id in range, before Run
/// returns — also across many back-to-back jobs (helpers spinning or blocked in between) and when
/// two threads use the same pool at once (the second runs its rows itself).
/// </summary>
public class RowWorkersTests
{
    private static void RunAndCheck(RowWorkers pool, int rows, int helpers)
    {
        var counts = new int[rows];
        int badWorker = 0;
        pool.Run(rows, (r, w) =>
        {
            Interlocked.Increment(ref counts[r]);
            if (w < 0 || w > helpers) Interlocked.Increment(ref badWorker);
        });
        Assert.Equal(0, badWorker);
        for (int r = 0; r < rows; r++)
            if (counts[r] != 1) throw new Xunit.Sdk.XunitException($"row {r} of {rows} ran {counts[r]} times");
    }

    [Fact]
    public void EveryRowRunsOnceBeforeRunReturns()
    {
        Prop.ForAll(Gen.Choose(1, 3).ToArbitrary(), Gen.Choose(0, 300).ToArbitrary(), (helpers, rows) =>
        {
            var pool = RowWorkers.For(helpers);
            for (int i = 0; i < 5; i++) RunAndCheck(pool, rows, helpers);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public async Task ConcurrentCallersShareThePoolSafely()
    {
        var pool = RowWorkers.For(1);
        var callers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            for (int i = 0; i < 200; i++) RunAndCheck(pool, 17, 1);
        })).ToArray();
        await Task.WhenAll(callers);
    }

    [Fact]
    public void HelpersWakeUpAfterBlocking()
    {
        var pool = RowWorkers.For(2);
        RunAndCheck(pool, 50, 2);
        Thread.Sleep(TimeSpan.FromMilliseconds(3 * RowWorkers.SpinMilliseconds + 5)); // the helpers now wait on the monitor
        RunAndCheck(pool, 50, 2);
    }
}
