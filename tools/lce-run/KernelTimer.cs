namespace Lce.Run;

using System.Diagnostics;

/// <summary>
/// The yardstick's timing method, so numbers compare: one warm-up call; calls batched to at least
/// 0.3 ms; 31 batches per run, the run's median per-call time; the median over runs.
/// </summary>
internal static class KernelTimer
{
    public static double MedianMs(Action call, int runs)
    {
        call();
        var watch = Stopwatch.StartNew();
        call();
        double once = Math.Max(watch.Elapsed.TotalMilliseconds, 1e-4);
        int batch = Math.Max(1, (int)Math.Ceiling(0.3 / once));
        var runMedians = new double[runs];
        var perCall = new double[31];
        for (int r = 0; r < runs; r++)
        {
            for (int b = 0; b < perCall.Length; b++)
            {
                watch.Restart();
                for (int i = 0; i < batch; i++) call();
                perCall[b] = watch.Elapsed.TotalMilliseconds / batch;
            }
            runMedians[r] = Median(perCall);
        }
        return Median(runMedians);
    }

    /// <summary>
    /// The same method for several calls at once, interleaved batch by batch (call 0's batch, call
    /// 1's batch, …), so load changes on a shared machine hit every call alike: per call the median
    /// over runs of its per-run median.
    /// </summary>
    public static double[] MedianMsInterleaved(IReadOnlyList<Action> calls, int runs)
    {
        var batches = new int[calls.Count];
        var watch = new Stopwatch();
        for (int c = 0; c < calls.Count; c++)
        {
            calls[c]();
            watch.Restart();
            calls[c]();
            batches[c] = Math.Max(1, (int)Math.Ceiling(0.3 / Math.Max(watch.Elapsed.TotalMilliseconds, 1e-4)));
        }
        var runMedians = new double[calls.Count][];
        for (int c = 0; c < calls.Count; c++) runMedians[c] = new double[runs];
        var perCall = new double[calls.Count][];
        for (int c = 0; c < calls.Count; c++) perCall[c] = new double[31];
        for (int r = 0; r < runs; r++)
        {
            for (int b = 0; b < 31; b++)
                for (int c = 0; c < calls.Count; c++)
                {
                    watch.Restart();
                    for (int i = 0; i < batches[c]; i++) calls[c]();
                    perCall[c][b] = watch.Elapsed.TotalMilliseconds / batches[c];
                }
            for (int c = 0; c < calls.Count; c++) runMedians[c][r] = Median(perCall[c]);
        }
        return [.. runMedians.Select(Median)];
    }

    private static double Median(double[] values)
    {
        var s = values.Order().ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
    }
}
