using static Lce.Bench.Shared.StopwatchHarness;
using System.Diagnostics;
using System.Globalization;
using Lce.CodeGen.Tflite.Import;
using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects;

namespace Lce.Bench.TfliteImport;

/// <summary>
/// Import throughput: a `.tflite` file with about N MB of fully_connected weights (written with
/// TfliteModelWriter, random data) imported to a verified module, against copying N MB in memory.
/// The target of the issue: import within 2 × copy time + 50 ms. Also reports the importer's
/// fixed cost on a tiny model. Best of R runs after a warm-up, each in a fresh context.
/// usage: Lce.Bench.TfliteImport [--mb 100] [--runs 10]
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        int mb = Arg(args, "--mb", 100), runs = Arg(args, "--runs", 10);
        const int width = 1024;                                   // 4 MiB per layer
        int layers = Math.Max(1, (int)Math.Round(mb * 1_000_000.0 / (width * width * 4)));
        var file = TfliteModelWriter.ToArray(WeightModel.Build(layers, width, seed: 1));
        long weightBytes = (long)layers * (width * width + width) * 4;
        var tiny = TfliteModelWriter.ToArray(WeightModel.Build(1, 4, seed: 1));

        var src = new byte[weightBytes];
        new Random(2).NextBytes(src);
        var dst = new byte[weightBytes];
        double copy = Best(runs, () => src.AsSpan().CopyTo(dst));
        double import = Best(runs, () => Import(file));
        double fixedCost = Best(runs, () => Import(tiny));
        // Where the time goes: reading/verifying the tables, and copying the weights into fresh arrays.
        double read = Best(runs, () => TfliteModelReader.Read(file));
        var model = TfliteModelReader.Read(file);
        double fresh = Best(runs, () =>
        {
            foreach (var b in model.Buffers)
            {
                var a = GC.AllocateUninitializedArray<byte>(b.Data.Length);
                b.Data.Span.CopyTo(a);
            }
        });

        double budget = 2 * copy + 50;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            model: {layers} fully_connected layers, {weightBytes / 1e6:F1} MB of weights, file {file.Length / 1e6:F1} MB
            copy {weightBytes / 1e6:F0} MB in memory      {copy,8:F1} ms
            import (read, verify, IR)     {import,8:F1} ms   (budget 2 x copy + 50 ms = {budget:F1} ms: {(import <= budget ? "PASS" : "FAIL")})
            import of a 1-layer model     {fixedCost,8:F2} ms   (fixed overhead)
              of which: read + verify tables {read,8:F1} ms; weights into fresh arrays {fresh,8:F1} ms
            """));
        return import <= budget ? 0 : 1;
    }

    private static void Import(byte[] file)
    {
        var ctx = StandardDialects.CreateContext();
        var r = TfliteImporter.Import(file, ctx, "bench.tflite");
        if (!r.Succeeded) throw new InvalidOperationException(string.Join("\n", r.Diagnostics.Select(d => d.Message)));
    }
}
