namespace Lce.Run;

using System.Globalization;
using System.Text.Json.Nodes;
using Lce.CodeGen.Jit;
using Lce.CodeGen.Runtime;

/// <summary>The `--engine jit` kernel set from the command line (--isa, --threads), and the emission report of --profile.</summary>
internal static class JitRegistry
{
    /// <summary>The registry, or null and why (an ISA this CPU lacks).</summary>
    public static OpKernelRegistry? Create(RunOptions opts, out string? error)
    {
        error = null;
        var isa = JitIsas.Parse(opts.Isa ?? "auto")!.Value;
        if (!JitIsas.IsSupported(isa))
        {
            error = $"--isa {JitIsas.Name(isa)} is not supported by this CPU (supported: {string.Join(", ", JitIsas.Supported().Select(JitIsas.Name))})";
            return null;
        }
        return JitEngine.CreateRegistry(new JitOptions(JitBackend.For(isa), opts.Threads));
    }

    public static string EmissionSummary()
    {
        var (emitted, hits, time) = KernelCache.Statistics;
        return $"jit: {emitted} kernel(s) emitted in {time.TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture)} ms, {hits} cache hit(s)";
    }

    public static JsonObject EmissionJson()
    {
        var (emitted, hits, time) = KernelCache.Statistics;
        return new JsonObject { ["kernels_emitted"] = emitted, ["cache_hits"] = hits, ["emission_ms"] = time.TotalMilliseconds };
    }
}
