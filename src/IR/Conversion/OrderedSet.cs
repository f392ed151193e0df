namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>A set that remembers insertion order and can drop its newest entries (LLVM's SetVector).</summary>
internal sealed class OrderedSet<T> : IEnumerable<T> where T : notnull
{
    private readonly List<T> _items = new();
    private readonly HashSet<T> _set = new();

    public int Count => _items.Count;

    public bool Add(T item)
    {
        if (!_set.Add(item)) return false;
        _items.Add(item);
        return true;
    }

    public bool Contains(T item) => _set.Contains(item);

    /// <summary>Keeps only the first <paramref name="count"/> entries.</summary>
    public void Truncate(int count)
    {
        while (_items.Count > count)
        {
            _set.Remove(_items[^1]);
            _items.RemoveAt(_items.Count - 1);
        }
    }

    public void Clear() { _items.Clear(); _set.Clear(); }

    /// <summary>Returns the current entries and leaves the set empty.</summary>
    public List<T> TakeAll()
    {
        var all = new List<T>(_items);
        Clear();
        return all;
    }

    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
