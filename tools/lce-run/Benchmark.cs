namespace Lce.Run;

using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Lce.CodeGen.Runtime;

/// <summary>Timing of repeated runs (mean/min/max) and, when profiled, time per op name averaged per run.</summary>
public sealed record Benchmark(int Runs, TimeSpan Mean, TimeSpan Min, TimeSpan Max, IReadOnlyList<(string Op, TimeSpan Time, int Calls)>? Ops)
{
    public static Benchmark Measure(Executor executor, IReadOnlyList<Tensor> inputs, int runs, bool profile)
    {
        var prof = profile ? new OpProfile() : null;
        var times = new TimeSpan[runs];
        var watch = new Stopwatch();
        for (int r = 0; r < runs; r++)
        {
            watch.Restart();
            executor.Run(inputs, prof);
            times[r] = watch.Elapsed;
        }
        var mean = TimeSpan.FromTicks((long)times.Average(t => t.Ticks));
        return new Benchmark(runs, mean, times.Min(), times.Max(), prof?.Entries);
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture);

    public void WriteText(TextWriter w)
    {
        w.WriteLine($"benchmark: {Runs} run(s), mean {Ms(Mean)} ms, min {Ms(Min)} ms, max {Ms(Max)} ms");
        if (Ops is null) return;
        int width = Math.Max(2, Ops.Select(o => o.Op.Length).DefaultIfEmpty(2).Max());
        w.WriteLine($"{"op".PadRight(width)}  {"calls/run",9}  {"ms/run",10}");
        foreach (var (op, time, calls) in Ops)
            w.WriteLine($"{op.PadRight(width)}  {calls / Runs,9}  {Ms(time / Runs),10}");
    }

    public JsonObject ToJson()
    {
        var o = new JsonObject
        {
            ["runs"] = Runs,
            ["mean_ms"] = Mean.TotalMilliseconds,
            ["min_ms"] = Min.TotalMilliseconds,
            ["max_ms"] = Max.TotalMilliseconds,
        };
        if (Ops is not null)
            o["ops"] = new JsonArray(Ops.Select(e => (JsonNode)new JsonObject
            {
                ["op"] = e.Op,
                ["calls_per_run"] = e.Calls / Runs,
                ["ms_per_run"] = (e.Time / Runs).TotalMilliseconds,
            }).ToArray());
        return o;
    }
}
