using System.Collections.Concurrent;
using System.Diagnostics;

namespace Lce.CodeGen.Jit;

/// <summary>
/// Emitted row kernels by <see cref="BconvKernelShape"/>: layers with the same shape share one
/// kernel. Counts emissions (of every JIT emitter) and their time (what lce-run --profile reports).
/// </summary>
public static class KernelCache
{
    private static readonly ConcurrentDictionary<BconvKernelShape, Lazy<BconvRowKernel>> Kernels = new();
    private static long _emitted, _emitTicks, _hits;

    public static BconvRowKernel Get(BconvKernelShape shape, JitBackend backend)
    {
        var lazy = Kernels.GetOrAdd(shape, s => new Lazy<BconvRowKernel>(() => Emit(s, backend)));
        if (lazy.IsValueCreated) Interlocked.Increment(ref _hits);
        return lazy.Value;
    }

    private static BconvRowKernel Emit(BconvKernelShape shape, JitBackend backend) =>
        Timed(() => BconvKernelEmitter.Emit(shape, backend.CreateEmitter()));

    /// <summary>Runs an emission and counts it (the Quantize and BMaxPool emitters report through here too).</summary>
    internal static T Timed<T>(Func<T> emit)
    {
        var watch = Stopwatch.StartNew();
        var kernel = emit();
        Interlocked.Add(ref _emitTicks, watch.ElapsedTicks);
        Interlocked.Increment(ref _emitted);
        return kernel;
    }

    /// <summary>Counts a cache hit of another emitter's cache.</summary>
    internal static void Hit() => Interlocked.Increment(ref _hits);

    /// <summary>Kernels emitted so far, cache hits, and the total emission time.</summary>
    public static (long Emitted, long Hits, TimeSpan Time) Statistics =>
        (Interlocked.Read(ref _emitted), Interlocked.Read(ref _hits), Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _emitTicks)));
}
