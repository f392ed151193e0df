namespace Lce.Run;

using System.Globalization;
using System.Text.Json.Nodes;
using Lce.CodeGen.Jit;
using Lce.CodeGen.Reference;

/// <summary>
/// `lce-run bench-kernels`: the JIT Bconv2d back ends against our float32 conv on the four
/// QuickNet layers of the C++ yardstick (3×3, stride 1, SAME with pad_values 1, batch 1, float
/// output): median ms per call, the float32 time and the speed ratio; with --threads N > 1 also
/// the N-thread time of each back end and its scaling.
/// </summary>
internal static class BenchKernels
{
    private static readonly (string Name, int Size, int Channels)[] Layers = [("a", 56, 64), ("b", 28, 128), ("c", 14, 256), ("d", 7, 512)];

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        bool json = false, interleave = false;
        int runs = 5, threads = 1;
        string isaList = "all";
        string layerFilter = "abcd";
        for (int i = 0; i < args.Count; i++)
        {
            string? Next() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "--json": json = true; break;
                case "--interleave": interleave = true; break;
                case "--runs" when int.TryParse(Next(), out int r) && r > 0: runs = r; break;
                case "--threads" when int.TryParse(Next(), out int t) && t > 0: threads = t; break;
                case "--isa" when Next() is { } list: isaList = list; break;
                case "--layers" when Next() is { } l: layerFilter = l; break;
                default:
                    stderr.WriteLine($"lce-run: error: bench-kernels: bad option '{args[i]}' (--json, --interleave, --runs N, --threads N, --isa all|LIST, --layers abcd)");
                    return 1;
            }
        }
        var backends = new List<JitBackend>();
        foreach (var name in isaList == "all" ? JitIsas.Supported().Select(JitIsas.Name) : isaList.Split(','))
        {
            if (Variant(name) is not { } b)
            {
                stderr.WriteLine($"lce-run: error: bench-kernels: back end '{name}' is unknown or not supported here (supported: {string.Join(", ", JitIsas.Supported().Select(JitIsas.Name))})");
                return 1;
            }
            backends.Add(b.Backend);
        }

        var result = new JsonObject { ["runs"] = runs, ["threads"] = threads, ["isas_supported"] = new JsonArray(JitIsas.Supported().Select(i => (JsonNode)JitIsas.Name(i)).ToArray()) };
        var layers = new JsonObject();
        foreach (var (name, size, channels) in Layers.Where(l => layerFilter.Contains(l.Name, StringComparison.Ordinal)))
        {
            var layer = new JsonObject { ["shape"] = $"{size}x{size}x{channels}->{channels}, 3x3, stride 1, SAME pad 1" };
            double f32 = TimeFloat(size, channels, runs);
            layer["float32_ms"] = f32;
            var labels = backends.Select((b, i) => Label(isaList, i, b)).ToList();
            var times = interleave ? TimeInterleaved(size, channels, backends, runs, threads)
                : [.. backends.Select(b => TimeBinary(size, channels, b, runs, threads))];
            for (int i = 0; i < backends.Count; i++)
            {
                var (ms, msThreads) = times[i];
                string label = labels[i];
                var o = new JsonObject { ["ms"] = ms, ["speedup_vs_float32"] = f32 / ms };
                if (msThreads is { } mt) { o[$"ms_{threads}_threads"] = mt; o["thread_scaling"] = ms / mt; }
                layer[label] = o;
            }
            layers[name] = layer;
            if (!json) stderr.WriteLine($"[bench-kernels] layer {name} done");
        }
        result["layers"] = layers;
        if (json) stdout.WriteLine(result.ToJsonString());
        else WriteTable(stdout, layers);
        return 0;
    }

    private static string Label(string isaList, int index, JitBackend b) =>
        isaList == "all" ? b.Name : isaList.Split(',')[index];

    /// <summary>
    /// A back end by name; "avx512bw:p2" (vectors per tile), "avx2:m2" (pixels per tile), "avx2:carrysave",
    /// "avx2:bytecounters", "avx2:nibbles" (scheme), "avx2:k16" (weight chunk budget in KiB, k0 = never) select
    /// blocking/scheme variants (for tuning).
    /// </summary>
    private static (JitBackend Backend, string Name)? Variant(string name)
    {
        var parts = name.Split(':');
        if (JitIsas.Parse(parts[0]) is not { } isa || !JitIsas.IsSupported(isa)) return null;
        var b = JitBackend.For(isa);
        foreach (var p in parts.Skip(1))
        {
            if (p.StartsWith('p') && int.TryParse(p[1..], out int v)) b = b.With(maxVectorsPerTile: v);
            else if (p.StartsWith('m') && int.TryParse(p[1..], out int m)) b = b.With(pixelsPerTile: m);
            else if (p == "carrysave") b = b.With(scheme: AccumulationScheme.CarrySave);
            else if (p == "bytecounters") b = b.With(scheme: AccumulationScheme.ByteCounters);
            else if (p == "nibbles") b = b.With(scheme: AccumulationScheme.NibblePlanes);
            else if (p.StartsWith('k') && int.TryParse(p[1..], out int k)) b = b.With(weightChunkBytes: k * 1024);
            else return null;
        }
        return (b, name);
    }

    private static double TimeFloat(int size, int channels, int runs)
    {
        var rng = new Random(1);
        var filter = new float[channels * 9 * channels];
        for (int i = 0; i < filter.Length; i++) filter[i] = (float)(rng.NextDouble() - 0.5);
        var bias = new float[channels];
        var input = new float[size * size * channels];
        for (int i = 0; i < input.Length; i++) input[i] = (float)(rng.NextDouble() - 0.5);
        var output = new float[size * size * channels];
        var conv = new Float32Conv(size, size, channels, channels, 3, 3, filter, bias);
        return KernelTimer.MedianMs(() => conv.Run(input, output), runs);
    }

    private static (double Ms, double? ThreadsMs) TimeBinary(int size, int channels, JitBackend backend, int runs, int threads)
    {
        var one = Layer(size, channels, backend, 1);
        double ms = KernelTimer.MedianMs(one, runs);
        if (threads <= 1) return (ms, null);
        return (ms, KernelTimer.MedianMs(Layer(size, channels, backend, threads), runs));
    }

    /// <summary>Every back end (and its N-thread run) timed batch by batch in turn: fairer A/B figures on a loaded machine.</summary>
    private static (double Ms, double? ThreadsMs)[] TimeInterleaved(int size, int channels, List<JitBackend> backends, int runs, int threads)
    {
        var calls = new List<Action>();
        foreach (var b in backends)
        {
            calls.Add(Layer(size, channels, b, 1));
            if (threads > 1) calls.Add(Layer(size, channels, b, threads));
        }
        var ms = KernelTimer.MedianMsInterleaved(calls, runs);
        int per = threads > 1 ? 2 : 1;
        return [.. backends.Select((_, i) => (ms[i * per], threads > 1 ? ms[i * per + 1] : (double?)null))];
    }

    /// <summary>One float-output call of the layer on the back end with the given thread count.</summary>
    private static Action Layer(int size, int channels, JitBackend backend, int threads)
    {
        var rng = new Random(2);
        int words = channels / 32;
        var input = new int[size * size * words];
        for (int i = 0; i < input.Length; i++) input[i] = rng.Next() ^ (rng.Next() << 16);
        var filter = new int[channels * 9 * words];
        for (int i = 0; i < filter.Length; i++) filter[i] = rng.Next() ^ (rng.Next() << 16);
        var p = new Bconv2dParams(channels, 1, 1, 1, 1, LcePadding.Same, 1, Bconv2dActivation.None);
        var g = Bconv2dGeometry.Create(p, [1, size, size, words], [channels, 3, 3, words]);
        var m = Enumerable.Range(0, channels).Select(c => 0.01f * (c % 7 + 1)).ToArray();
        var t = Bconv2dOutputTransform.Create(m, new float[channels], g.BacktransformAdd, Bconv2dActivation.None);
        var output = new float[size * size * channels];
        var layer = new JitBconv2d(g, filter, backend, threads);
        return () => layer.Float(input, t, output);
    }

    private static void WriteTable(TextWriter w, JsonObject layers)
    {
        foreach (var (name, node) in layers)
        {
            var l = node!.AsObject();
            w.WriteLine($"layer {name} ({l["shape"]}): float32 {Ms(l["float32_ms"])} ms");
            foreach (var (k, v) in l.Where(e => e.Value is JsonObject))
            {
                var o = v!.AsObject();
                string extra = o.TryGetPropertyValue("thread_scaling", out var s) ? $", threads x{((double)s!).ToString("0.00", CultureInfo.InvariantCulture)}" : "";
                w.WriteLine($"  {k,-22} {Ms(o["ms"])} ms  ({((double)o["speedup_vs_float32"]!).ToString("0.0", CultureInfo.InvariantCulture)}x float32{extra})");
            }
        }
    }

    private static string Ms(JsonNode? n) => ((double)n!).ToString("0.0000", CultureInfo.InvariantCulture);
}
