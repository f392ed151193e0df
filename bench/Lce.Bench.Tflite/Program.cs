using static Lce.Bench.Shared.StopwatchHarness;
using System.Diagnostics;
using System.Globalization;
using Lce.CodeGen.Tflite.Export;

namespace Lce.Bench.Tflite;

/// <summary>
/// Export throughput: a model with about N MB of weights exported (a) to a finished in-memory
/// FlatBuffer and (b) to a file, against copying N MB in memory. The target of the issue: export
/// within 2 × copy time + 50 ms. Best of R runs after a warm-up (the minimum is the least noisy
/// estimate on a shared machine).
/// usage: Lce.Bench.Tflite [--mb 100] [--runs 10] [--out DIR]
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        int mb = Arg(args, "--mb", 100), runs = Arg(args, "--runs", 10);
        string dir = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? Path.GetTempPath();
        const int width = 1024;                                   // 4 MiB per layer
        int layers = Math.Max(1, (int)Math.Round(mb * 1_000_000.0 / (width * width * 4)));
        var module = WeightModel.Build(layers, width, seed: 1);
        long weightBytes = (long)layers * (width * width + width) * 4;

        var src = new byte[weightBytes];
        new Random(2).NextBytes(src);
        var dst = new byte[weightBytes];
        double copy = Best(runs, () => src.AsSpan().CopyTo(dst));

        long size = 0;
        double build = Best(runs, () => size = TfliteExporter.Build(TfliteExporter.Export(module)).FinishedSpan.Length);
        string path = Path.Combine(dir, "lce-bench-export.tflite");
        double file = Best(runs, () => TfliteExporter.ExportToFile(module, path));
        double rawWrite = Best(runs, () => File.WriteAllBytes(path, src));
        File.Delete(path);

        double budget = 2 * copy + 50;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            model: {layers} fully_connected layers, {weightBytes / 1e6:F1} MB of weights, file {size / 1e6:F1} MB
            copy {weightBytes / 1e6:F0} MB in memory      {copy,8:F1} ms
            export to memory (finished)   {build,8:F1} ms   (budget 2 x copy + 50 ms = {budget:F1} ms: {(build <= budget ? "PASS" : "FAIL")})
            write {weightBytes / 1e6:F0} MB to a file          {rawWrite,8:F1} ms   (File.WriteAllBytes: the floor for a file)
            export to a file              {file,8:F1} ms   (temp file + rename; weights streamed from the IR, not copied)
            """));
        return build <= budget ? 0 : 1;
    }
}
