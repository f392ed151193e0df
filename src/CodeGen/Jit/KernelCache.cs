using System.Collections.Concurrent;
using System.Diagnostics;

namespace Lce.CodeGen.Jit;

/// <summary>
/// Emitted row kernels by <see cref="BconvKernelShape"/>: layers with the same shape share one
/// kernel. Counts emissions and their time (what lce-run --profile reports).
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

    private static BconvRowKernel Emit(BconvKernelShape shape, JitBackend backend)
    {
        var watch = Stopwatch.StartNew();
        var kernel = BconvKernelEmitter.Emit(shape, backend.CreateEmitter());
        Interlocked.Add(ref _emitTicks, watch.ElapsedTicks);
        Interlocked.Increment(ref _emitted);
        return kernel;
    }

    /// <summary>Kernels emitted so far, cache hits, and the total emission time.</summary>
    public static (long Emitted, long Hits, TimeSpan Time) Statistics =>
        (Interlocked.Read(ref _emitted), Interlocked.Read(ref _hits), Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _emitTicks)));
}
