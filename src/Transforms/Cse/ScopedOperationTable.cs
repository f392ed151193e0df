using System.Runtime.InteropServices;
using Lce.IR;

namespace Lce.Transforms.Cse;

/// <summary>
/// A scoped hash table of operations keyed by structural equivalence (LLVM's ScopedHashTable
/// as CSE uses it): an insert shadows an equivalent entry until its scope is popped. An op's
/// hash is computed once per lookup-and-insert and kept with its entry, so popping a scope
/// does not hash again.
/// </summary>
internal sealed class ScopedOperationTable
{
    /// <summary>An op with its structural hash: keys compare hashes first, then equivalence.</summary>
    private readonly record struct Key(Operation Op, int Hash);

    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        public static readonly KeyComparer Instance = new();
        public bool Equals(Key x, Key y) =>
            x.Hash == y.Hash && (ReferenceEquals(x.Op, y.Op) || OperationEquivalence.IsEquivalentTo(x.Op, y.Op));
        public int GetHashCode(Key k) => k.Hash;
    }

    /// <summary>The innermost op of an equivalence class, and the one it shadows.</summary>
    private sealed class Entry(Operation op, Entry? shadowed)
    {
        public readonly Operation Op = op;
        public readonly Entry? Shadowed = shadowed;
    }

    private readonly Dictionary<Key, Entry> _entries = new(KeyComparer.Instance);
    /// <summary>Keys inserted per open scope; lists of popped scopes are reused.</summary>
    private readonly List<List<Key>> _scopes = new();
    private int _depth;

    public static int HashOf(Operation op) => OperationEquivalence.ComputeHash(op);

    public void PushScope()
    {
        if (_depth == _scopes.Count) _scopes.Add(new List<Key>());
        _depth++;
    }

    /// <summary>Drops the entries inserted since the matching <see cref="PushScope"/>, newest first.</summary>
    public void PopScope()
    {
        var inserted = _scopes[--_depth];
        for (int i = inserted.Count - 1; i >= 0; i--)
        {
            var key = inserted[i];
            ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(_entries, key);
            if (entry.Shadowed is { } previous) entry = previous;
            else _entries.Remove(key);
        }
        inserted.Clear();
    }

    /// <summary>The innermost entry equivalent to <paramref name="op"/> (whose hash is <paramref name="hash"/>), or null.</summary>
    public Operation? Lookup(Operation op, int hash) => _entries.TryGetValue(new Key(op, hash), out var e) ? e.Op : null;

    public bool Contains(Operation op) => _entries.ContainsKey(new Key(op, HashOf(op)));

    /// <summary>Inserts <paramref name="op"/> (whose hash is <paramref name="hash"/>) in the innermost scope.</summary>
    public void Insert(Operation op, int hash)
    {
        var key = new Key(op, hash);
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_entries, key, out _);
        entry = new Entry(op, entry);
        _scopes[_depth - 1].Add(key);
    }
}
