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

    private static double Median(double[] values)
    {
        var s = values.Order().ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
    }
}
