namespace Lce.IR;

/// <summary>
/// The uniqued point <see cref="FileLineColLoc"/>s of one file name, keyed by (line &lt;&lt; 32 | column).
/// Every op of a parsed file has its own point, so this table holds hundreds of thousands of
/// entries: a plain dictionary behind a lock keeps them in one entry array instead of one node
/// object per location (as a concurrent dictionary would), which the garbage collector would
/// otherwise have to trace and copy. Lookups are uncontended in practice: the parser is the
/// main producer and passes running in parallel rarely make new point locations.
/// </summary>
internal sealed class PointLocationTable(string file)
{
    private readonly Dictionary<long, FileLineColLoc> _points = new();
    private readonly Lock _lock = new();

    /// <summary>Room for <paramref name="count"/> points, so a large file's table is not regrown (each regrowth a large-object array).</summary>
    public void Reserve(int count)
    {
        lock (_lock) _points.EnsureCapacity(_points.Count + count);
    }

    public FileLineColLoc Get(int line, int column, Func<string, int, int, FileLineColLoc> create)
    {
        long key = ((long)line << 32) | (uint)column;
        lock (_lock)
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_points, key, out bool exists);
            if (!exists) slot = create(file, line, column);
            return slot!;
        }
    }
}
