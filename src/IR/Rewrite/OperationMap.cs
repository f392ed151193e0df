using System.Runtime.CompilerServices;

namespace Lce.IR.Rewrite;

/// <summary>
/// A map keyed by operation identity for the rewrite engine's per-op tables (worklist
/// positions, liveness): open addressing with linear probing and backward-shift deletion, no
/// tombstones. Operations carry a counter hash, so slots come from a multiplicative spread of it
/// and no comparer is called: a lookup is a multiply, a shift and reference compares, where a
/// <see cref="Dictionary{TKey,TValue}"/> makes two virtual calls per probe.
/// </summary>
internal sealed class OperationMap<TValue>
{
    private Operation?[] _keys;
    private TValue[] _values;
    private int _count;
    private int _shift;

    public OperationMap(int capacity = 8)
    {
        int size = 16;
        while (size < capacity * 2) size <<= 1;
        _keys = new Operation?[size];
        _values = new TValue[size];
        _shift = 32 - Log2(size);
    }

    public int Count => _count;

    /// <summary>Number of slots (twice the entries it holds before growing).</summary>
    public int Capacity => _keys.Length;

    private static int Log2(int pow2) => 31 - int.LeadingZeroCount(pow2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(Operation op) => (int)(unchecked((uint)op.GetHashCode() * 2654435769u) >> _shift);

    /// <summary>The slot holding <paramref name="op"/>, or -1.</summary>
    private int Find(Operation op)
    {
        var keys = _keys;
        int mask = keys.Length - 1;
        for (int i = Home(op); ; i = (i + 1) & mask)
        {
            var k = keys[i];
            if (k is null) return -1;
            if (ReferenceEquals(k, op)) return i;
        }
    }

    public bool ContainsKey(Operation op) => Find(op) >= 0;

    public bool TryGetValue(Operation op, out TValue value)
    {
        int i = Find(op);
        if (i < 0) { value = default!; return false; }
        value = _values[i];
        return true;
    }

    /// <summary>Adds <paramref name="op"/> unless present; false (and no change) if it was.</summary>
    public bool TryAdd(Operation op, TValue value) => Insert(op, value, overwrite: false);

    /// <summary>Adds <paramref name="op"/> or replaces its value.</summary>
    public void Set(Operation op, TValue value) => Insert(op, value, overwrite: true);

    private bool Insert(Operation op, TValue value, bool overwrite)
    {
        if ((_count + 1) * 2 > _keys.Length) Grow();
        var keys = _keys;
        int mask = keys.Length - 1;
        for (int i = Home(op); ; i = (i + 1) & mask)
        {
            var k = keys[i];
            if (k is null)
            {
                keys[i] = op;
                _values[i] = value;
                _count++;
                return true;
            }
            if (ReferenceEquals(k, op))
            {
                if (overwrite) _values[i] = value;
                return false;
            }
        }
    }

    public bool Remove(Operation op) => Remove(op, out _);

    public bool Remove(Operation op, out TValue value)
    {
        int i = Find(op);
        if (i < 0) { value = default!; return false; }
        value = _values[i];
        var keys = _keys;
        var values = _values;
        int mask = keys.Length - 1;
        // Backward shift: pull later entries of the probe run into the hole when their home slot
        // does not lie (cyclically) between the hole and where they sit.
        for (int j = (i + 1) & mask; keys[j] is { } k; j = (j + 1) & mask)
        {
            int home = Home(k);
            bool stays = i <= j ? i < home && home <= j : i < home || home <= j;
            if (stays) continue;
            keys[i] = k;
            values[i] = values[j];
            i = j;
        }
        keys[i] = null;
        values[i] = default!;
        _count--;
        return true;
    }

    /// <summary>Empties the map, keeping its slots.</summary>
    public void Clear()
    {
        if (_count == 0) return;
        Array.Clear(_keys);
        if (RuntimeHelpers.IsReferenceOrContainsReferences<TValue>()) Array.Clear(_values);
        _count = 0;
    }

    private void Grow()
    {
        var oldKeys = _keys;
        var oldValues = _values;
        _keys = new Operation?[oldKeys.Length * 2];
        _values = new TValue[oldKeys.Length * 2];
        _shift = 32 - Log2(_keys.Length);
        _count = 0;
        for (int i = 0; i < oldKeys.Length; i++)
            if (oldKeys[i] is { } k) Insert(k, oldValues[i], overwrite: false);
    }
}
