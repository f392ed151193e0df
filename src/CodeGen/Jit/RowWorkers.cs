using System.Collections.Concurrent;
using System.Diagnostics;

namespace Lce.CodeGen.Jit;

/// <summary>
/// Persistent helper threads that share a layer's output rows with the calling thread. A layer
/// takes ~0.1–0.3 ms, so the hand-off must cost microseconds: a thread-pool work item could start
/// milliseconds late on a loaded machine. Each helper, after a job, spins (yielding) for
/// <see cref="SpinMilliseconds"/> watching for the next job (pausing, not yielding) — back-to-back calls find it awake —
/// and then blocks on a monitor until one is published. Rows are handed out one at a time from the
/// job's counter, so a helper that is scheduled late only takes fewer rows (or none) and the caller
/// never waits for a row nobody has started. One pool per helper count, shared by every layer; a
/// call that finds the pool busy (another layer running on another thread) runs all rows itself.
/// </summary>
internal sealed class RowWorkers
{
    /// <summary>How long an idle helper spins before it blocks.</summary>
    public const double SpinMilliseconds = 1.0;

    private static readonly ConcurrentDictionary<int, RowWorkers> Pools = new();
    private const double YieldAfterMicroseconds = 100;
    private static readonly long SpinTicks = (long)(SpinMilliseconds * Stopwatch.Frequency / 1000);
    private static readonly long YieldAfterTicks = (long)(YieldAfterMicroseconds * Stopwatch.Frequency / 1_000_000);

    private readonly object _gate = new();
    private Job? _job;
    private long _generation;
    private int _busy;

    private RowWorkers(int helpers)
    {
        for (int w = 1; w <= helpers; w++)
        {
            int id = w;
            new Thread(() => HelperLoop(id)) { IsBackground = true, Name = $"lce-jit-rows-{id}" }.Start();
        }
    }

    /// <summary>The shared pool with <paramref name="helpers"/> helper threads (worker ids 1..helpers; the caller is 0).</summary>
    public static RowWorkers For(int helpers) => Pools.GetOrAdd(helpers, h => new RowWorkers(h));

    /// <summary>Runs <paramref name="row"/>(r, worker) for every r in [0, rows); returns when all are done.</summary>
    public void Run(int rows, Action<int, int> row)
    {
        if (Interlocked.CompareExchange(ref _busy, 1, 0) != 0)
        {
            for (int r = 0; r < rows; r++) row(r, 0);
            return;
        }
        try
        {
            var job = new Job(rows, row);
            Volatile.Write(ref _job, job);
            lock (_gate)
            {
                _generation++;
                Monitor.PulseAll(_gate);
            }
            job.Work(0);
            job.WaitAll();
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    private void HelperLoop(int id)
    {
        long seen = 0;
        while (true)
        {
            long start = Stopwatch.GetTimestamp();
            while (Volatile.Read(ref _generation) == seen)
            {
                if (Stopwatch.GetTimestamp() - start > SpinTicks)
                {
                    lock (_gate)
                        while (_generation == seen) Monitor.Wait(_gate);
                    break;
                }
                Thread.SpinWait(16); // pause, not yield: a yielded core may come back milliseconds later
            }
            seen = Volatile.Read(ref _generation);
            // a job published after `seen` is fine too: a finished job hands out no rows
            Volatile.Read(ref _job)?.Work(id);
        }
    }

    /// <summary>The rows of one call: the next row to hand out and how many are finished.</summary>
    private sealed class Job(int rows, Action<int, int> row)
    {
        private int _next;
        private int _done;

        public void Work(int worker)
        {
            int mine = 0;
            for (int r; (r = Interlocked.Increment(ref _next) - 1) < rows; mine++) row(r, worker);
            if (mine > 0) Interlocked.Add(ref _done, mine);
        }

        /// <summary>
        /// Spins until every row is finished: pauses for the first <see cref="YieldAfterMicroseconds"/>
        /// (a helper's last row takes microseconds), then yields in case the helper was preempted; never Sleep(1).
        /// </summary>
        public void WaitAll()
        {
            long start = Stopwatch.GetTimestamp();
            var spin = new SpinWait();
            while (Volatile.Read(ref _done) < rows)
            {
                if (Stopwatch.GetTimestamp() - start < YieldAfterTicks) Thread.SpinWait(16);
                else spin.SpinOnce(sleep1Threshold: -1);
            }
        }
    }
}
