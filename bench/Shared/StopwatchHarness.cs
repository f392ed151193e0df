using System.Diagnostics;
using System.Globalization;

namespace Lce.Bench.Shared;

/// <summary>
/// The small Stopwatch harness of the TFLite export/import benchmarks (linked into both): best of
/// N runs after one warm-up, with a full collection before each so one run's garbage does not land
/// in the next; and `--name value` integer arguments.
/// </summary>
internal static class StopwatchHarness
{
    public static int Arg(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    public static double Best(int runs, Action action)
    {
        action(); // warm-up: JIT, page faults of first-touch memory
        double best = double.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var sw = Stopwatch.StartNew();
            action();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
