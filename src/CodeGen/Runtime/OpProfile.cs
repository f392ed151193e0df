namespace Lce.CodeGen.Runtime;

/// <summary>Accumulated time and call count per op name, over any number of runs.</summary>
public sealed class OpProfile
{
    private readonly Dictionary<string, (TimeSpan Time, int Calls)> _ops = new(StringComparer.Ordinal);

    public void Add(string opName, TimeSpan elapsed)
    {
        _ops.TryGetValue(opName, out var e);
        _ops[opName] = (e.Time + elapsed, e.Calls + 1);
    }

    /// <summary>The entries by decreasing total time.</summary>
    public IReadOnlyList<(string Op, TimeSpan Time, int Calls)> Entries =>
        _ops.Select(kv => (kv.Key, kv.Value.Time, kv.Value.Calls)).OrderByDescending(e => e.Time).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
}
