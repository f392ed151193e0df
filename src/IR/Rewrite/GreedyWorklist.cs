namespace Lce.IR.Rewrite;

/// <summary>
/// A LIFO worklist with set semantics and O(1) removal (removed entries become holes that
/// popping skips), as the greedy driver's. Drivers rent one per thread and give it back, so
/// the canonicalization of many functions reuses grown tables instead of allocating new ones.
/// </summary>
internal sealed class GreedyWorklist
{
    /// <summary>Larger tables are not kept for reuse: one huge region should not pin their memory.</summary>
    private const int MaxPooledCapacity = 1 << 16;

    private readonly List<Operation?> _list = new(64);
    private readonly OperationMap<int> _positions = new(64);

    /// <summary>An empty worklist: this thread's spare one if it has one.</summary>
    public static GreedyWorklist Rent() => ThreadSpare<GreedyWorklist>.Take() ?? new GreedyWorklist();

    /// <summary>Empties <paramref name="w"/> and keeps it for the next <see cref="Rent"/> on this thread.</summary>
    public static void Return(GreedyWorklist w)
    {
        if (w._list.Capacity > MaxPooledCapacity) return;
        w.Clear();
        ThreadSpare<GreedyWorklist>.Keep(w);
    }

    public void Clear()
    {
        _list.Clear();
        _positions.Clear();
    }

    public bool IsEmpty => _positions.Count == 0;

    /// <summary>Appends <paramref name="op"/> unless it is already queued.</summary>
    public void Push(Operation op)
    {
        if (_positions.TryAdd(op, _list.Count)) _list.Add(op);
    }

    public Operation Pop()
    {
        while (_list[^1] is null) _list.RemoveAt(_list.Count - 1);
        var op = _list[^1]!;
        _list.RemoveAt(_list.Count - 1);
        _positions.Remove(op);
        while (_list.Count > 0 && _list[^1] is null) _list.RemoveAt(_list.Count - 1);
        return op;
    }

    public void Remove(Operation op)
    {
        if (!_positions.Remove(op, out int index)) return;
        _list[index] = null;
    }

    public void Reverse()
    {
        _list.Reverse();
        for (int i = 0; i < _list.Count; i++)
            if (_list[i] is { } op) _positions.Set(op, i);
    }
}
