using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Lce.Bench;

/// <summary>
/// Times the phases of lce-opt separately with a Stopwatch, in one process: run 1 is cold (it
/// includes JIT, as a CLI invocation does), the later runs are warm. Also reports allocated bytes
/// and GC counts per phase, which explain most of the gap to mlir-opt.
/// </summary>
public static class Breakdown
{
    private sealed record Phase(string Name, double Ms, long AllocMb, int Gen0, int Gen1, int Gen2);

    public static int Run(string[] args)
    {
        int runs = 3;
        bool alloc = false;
        var files = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--runs") runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--alloc") alloc = true;
            else if (args[i] == "--skip-dialects") Pipeline.SkipDialects = new HashSet<string>(args[++i].Split(','));
            else files.Add(args[i]);
        }
        if (files.Count == 0)
        {
            var dir = InputGenerator.LocateInputs();
            files.Add(Path.Combine(dir, "big.mlir"));
            files.Add(Path.Combine(dir, "many.mlir"));
        }
        Console.WriteLine($"runtime {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}, " +
            $"latency {System.Runtime.GCSettings.LatencyMode}, tiered {AppContext.GetData("System.Runtime.TieredCompilation") ?? "default"}");
        using var sampler = alloc ? new AllocationSampler() : null;
        _sampler = sampler;
        foreach (var file in files)
        {
            for (int r = 1; r <= runs; r++)
            {
                var phases = new List<Phase>();
                string text = Measure(phases, "read", () => File.ReadAllText(file));
                var ctx = Pipeline.NewContext();
                var op = Measure(phases, "parse", () => Pipeline.Parse(ctx, text, file));
                Measure(phases, "verify", () => { Pipeline.Verify(op); return 0; });
                var sb = Measure(phases, "print custom", () => Pipeline.Print(op, Pipeline.Custom));
                Measure(phases, "write custom", () => { WriteNull(sb); return 0; });
                var sbg = Measure(phases, "print generic", () => Pipeline.Print(op, Pipeline.Generic));
                Console.WriteLine($"{Path.GetFileName(file)} run {r}{(r == 1 ? " (cold)" : "")}: " +
                    string.Join(", ", phases.Select(p => $"{p.Name} {p.Ms:F0} ms [{p.AllocMb} MB alloc, gc {p.Gen0}/{p.Gen1}/{p.Gen2}]")) +
                    $"; output {sb.Length / 1e6:F1}/{sbg.Length / 1e6:F1} M chars; working set {Environment.WorkingSet / (1 << 20)} MB, " +
                    $"peak {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MB");
                GC.KeepAlive(op);
                op = null!; sb = null!; sbg = null!;
                GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
            }
            if (sampler is not null)
            {
                Console.WriteLine($"{Path.GetFileName(file)}: sampled allocations by phase and type (all runs)");
                sampler.Report(Console.Out);
                sampler.Bytes.Clear();
            }
        }
        return 0;
    }

    private static void WriteNull(StringBuilder sb)
    {
        using var w = new StreamWriter(Stream.Null, new UTF8Encoding(false), 1 << 16);
        foreach (var chunk in sb.GetChunks()) w.Write(chunk.Span);
    }

    private static AllocationSampler? _sampler;

    private static T Measure<T>(List<Phase> phases, string name, Func<T> f)
    {
        if (_sampler is not null) _sampler.Phase = name;
        long a0 = GC.GetTotalAllocatedBytes(true);
        int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
        var sw = Stopwatch.StartNew();
        var r = f();
        sw.Stop();
        phases.Add(new Phase(name, sw.Elapsed.TotalMilliseconds, (GC.GetTotalAllocatedBytes(true) - a0) >> 20,
            GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2));
        return r;
    }
}
