namespace Lce.IR.Rewrite;

/// <summary>
/// A LIFO worklist with set semantics and O(1) removal (removed entries become holes that
/// popping skips), as the greedy driver's.
/// </summary>
internal sealed class GreedyWorklist
{
    private readonly List<Operation?> _list = new(64);
    private readonly Dictionary<Operation, int> _positions = new();

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
            if (_list[i] is { } op) _positions[op] = i;
    }
}
