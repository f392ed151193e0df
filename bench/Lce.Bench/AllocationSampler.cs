using System.Diagnostics.Tracing;

namespace Lce.Bench;

/// <summary>
/// Samples allocations in-process through the runtime's GCAllocationTick events (one event per
/// ~100 KB allocated, naming the type that crossed the threshold): a cheap "who allocates" view
/// without external tools. Enabled by `breakdown --alloc`.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private readonly object _lock = new();
    public Dictionary<string, long> Bytes { get; } = new();
    public string Phase { get; set; } = "";

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        int ti = e.PayloadNames!.IndexOf("TypeName"), ai = e.PayloadNames.IndexOf("AllocationAmount64");
        if (ti < 0) return;
        var type = e.Payload[ti] as string ?? "?";
        long amount = ai >= 0 ? Convert.ToInt64(e.Payload[ai]) : 100_000;
        lock (_lock)
        {
            var key = Phase + " " + type;
            Bytes[key] = Bytes.GetValueOrDefault(key) + amount;
        }
    }

    public void Report(TextWriter w, int top = 25)
    {
        lock (_lock)
        {
            foreach (var (k, v) in Bytes.OrderByDescending(p => p.Value).Take(top))
                w.WriteLine($"  {v / 1e6,8:F1} MB  {k}");
        }
    }
}
