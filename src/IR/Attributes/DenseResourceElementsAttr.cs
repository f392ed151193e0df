using System.Collections.Concurrent;

namespace Lce.IR;

/// <summary>
/// A blob of bytes owned by the context and referenced by key from `dense_resource&lt;key&gt;`
/// attributes; it is printed in the file's `{-# dialect_resources: { builtin: ... } #-}` section.
/// </summary>
public sealed class ResourceBlob
{
    public string Key { get; }
    /// <summary>Payload without the 4-byte alignment prefix; null while only referenced, not yet defined.</summary>
    public byte[]? Data { get; internal set; }
    public uint Alignment { get; internal set; }
    internal ResourceBlob(string key) { Key = key; }
}

/// <summary>Blobs of the builtin dialect's resource section, keyed by name.</summary>
public sealed class ResourceTable
{
    private readonly ConcurrentDictionary<string, ResourceBlob> _blobs = new();

    /// <summary>The blob for a key, created (undefined) on first reference.</summary>
    public ResourceBlob GetOrCreate(string key) => _blobs.GetOrAdd(key, k => new ResourceBlob(k));

    public ResourceBlob? Find(string key) => _blobs.TryGetValue(key, out var b) ? b : null;

    /// <summary>Defines (or redefines) a blob's contents.</summary>
    public ResourceBlob Define(string key, byte[] data, uint alignment)
    {
        var b = GetOrCreate(key);
        b.Data = data; b.Alignment = alignment;
        return b;
    }
}

public sealed class DenseResourceElementsAttr : ElementsAttr
{
    public ResourceBlob Blob { get; }
    private DenseResourceElementsAttr(ShapedType type, ResourceBlob blob) : base(type) { Blob = blob; }
    public static DenseResourceElementsAttr Get(IRContext ctx, ShapedType type, ResourceBlob blob) =>
        ctx.Intern(new DenseResourceElementsAttr(type, blob));
    public override bool Equals(object? o) => o is DenseResourceElementsAttr a && ReferenceEquals(a.ShapedType, ShapedType) && ReferenceEquals(a.Blob, Blob);
    protected override int ComputeHash() => HashCode.Combine(304, ShapedType, Blob.Key);
}

/// <summary>
/// The `external_resources` section: named groups of key/value entries (strings, booleans)
/// owned by tools rather than dialects, such as `mlir_reproducer`; kept in insertion order.
/// </summary>
public sealed class ExternalResourceTable
{
    private readonly List<(string Group, List<(string Key, IRAttribute Value)> Entries)> _groups = new();
    private readonly object _lock = new();

    public void Set(string group, string key, IRAttribute value)
    {
        lock (_lock)
        {
            int g = _groups.FindIndex(x => x.Group == group);
            if (g < 0) { _groups.Add((group, new())); g = _groups.Count - 1; }
            var entries = _groups[g].Entries;
            int e = entries.FindIndex(x => x.Key == key);
            if (e >= 0) entries[e] = (key, value); else entries.Add((key, value));
        }
    }

    /// <summary>Drops a whole group (e.g. a reproducer's `mlir_reproducer` once it has been applied).</summary>
    public void Remove(string group)
    {
        lock (_lock) _groups.RemoveAll(g => g.Group == group);
    }

    public IRAttribute? Get(string group, string key)
    {
        lock (_lock)
            return _groups.FirstOrDefault(x => x.Group == group).Entries?.FirstOrDefault(x => x.Key == key).Value;
    }

    public IReadOnlyList<(string Group, IReadOnlyList<(string Key, IRAttribute Value)> Entries)> Groups
    {
        get { lock (_lock) return _groups.Select(g => (g.Group, (IReadOnlyList<(string, IRAttribute)>)g.Entries.ToList())).ToList(); }
    }
}
