namespace Lce.Serialization.FlexBuffers;

/// <summary>Vectors and maps built from the values pushed since their <c>Start</c> call.</summary>
public sealed partial class FlexBufferBuilder
{
    /// <summary>Opens a vector; pass the result to <see cref="EndVector"/>.</summary>
    public int StartVector() { EnsureOpen(); return _stack.Count; }
    public int StartVector(string key) { Key(key); return _stack.Count; }

    /// <summary>Opens a map; push key/value pairs (e.g. <c>Int("name", 1)</c>) and pass the result to <see cref="EndMap"/>.</summary>
    public int StartMap() { EnsureOpen(); return _stack.Count; }
    public int StartMap(string key) { Key(key); return _stack.Count; }

    /// <summary>
    /// Writes the values pushed since <paramref name="start"/> as a vector and pushes it in their
    /// place. Untyped vectors store a type byte per element; typed ones need all elements of one
    /// <see cref="FlexBufferTypes.IsTypedVectorElement">element type</see>; fixed ones (2–4 Int,
    /// UInt or Float elements) also omit the length. Returns the position of the first element.
    /// </summary>
    public int EndVector(int start, bool typed = false, bool fixedLength = false)
    {
        CheckStart(start);
        if (fixedLength && !typed) throw new ArgumentException("a fixed-length vector must be typed", nameof(fixedLength));
        var vector = CreateVector(start, _stack.Count - start, 1, typed, fixedLength, keys: null);
        _stack.RemoveRange(start, _stack.Count - start);
        _stack.Add(vector);
        return vector.Position;
    }

    /// <summary>
    /// Writes the key/value pairs pushed since <paramref name="start"/> as a map: the pairs are
    /// sorted by key bytes (unsigned, as strcmp), the keys become a typed key vector and the values
    /// an untyped vector prefixed by the offset to the keys and their width. Returns the position
    /// of the first value.
    /// </summary>
    public int EndMap(int start)
    {
        CheckStart(start);
        int count = _stack.Count - start;
        if (count % 2 != 0) throw new InvalidOperationException("a map needs a key before every value");
        int length = count / 2;
        var pairs = new (FlexValue Key, FlexValue Value)[length];
        for (int i = 0; i < length; i++)
        {
            var key = _stack[start + 2 * i];
            if (key.Type != FlexBufferType.Key)
                throw new InvalidOperationException($"map entry {i} has a {key.Type} where its key should be");
            pairs[i] = (key, _stack[start + 2 * i + 1]);
        }
        Array.Sort(pairs, (a, b) => CompareKeys(a.Key.Position, b.Key.Position));
        for (int i = 1; i < length; i++)
            if (CompareKeys(pairs[i - 1].Key.Position, pairs[i].Key.Position) == 0)
                throw new InvalidOperationException($"the map has the key \"{KeyText(pairs[i].Key.Position)}\" twice");
        for (int i = 0; i < length; i++)
        {
            _stack[start + 2 * i] = pairs[i].Key;
            _stack[start + 2 * i + 1] = pairs[i].Value;
        }
        var keys = CreateVector(start, length, 2, typed: true, fixedLength: false, keys: null);
        var map = CreateVector(start + 1, length, 2, typed: false, fixedLength: false, keys: keys);
        _stack.RemoveRange(start, count);
        _stack.Add(map);
        return map.Position;
    }

    /// <summary>Calls <paramref name="body"/> between <see cref="StartVector()"/> and an untyped <see cref="EndVector"/>.</summary>
    public int Vector(Action<FlexBufferBuilder> body) { int s = StartVector(); body(this); return EndVector(s); }
    public int Vector(string key, Action<FlexBufferBuilder> body) { int s = StartVector(key); body(this); return EndVector(s); }

    /// <summary>Like <see cref="Vector(Action{FlexBufferBuilder})"/>, typed.</summary>
    public int TypedVector(Action<FlexBufferBuilder> body) { int s = StartVector(); body(this); return EndVector(s, typed: true); }
    public int TypedVector(string key, Action<FlexBufferBuilder> body) { int s = StartVector(key); body(this); return EndVector(s, typed: true); }

    /// <summary>Calls <paramref name="body"/> between <see cref="StartMap()"/> and <see cref="EndMap"/>.</summary>
    public int Map(Action<FlexBufferBuilder> body) { int s = StartMap(); body(this); return EndMap(s); }
    public int Map(string key, Action<FlexBufferBuilder> body) { int s = StartMap(key); body(this); return EndMap(s); }

    private void CheckStart(int start)
    {
        EnsureOpen();
        if (start < 0 || start > _stack.Count)
            throw new ArgumentOutOfRangeException(nameof(start), start, $"not a start returned by StartVector/StartMap (stack holds {_stack.Count})");
    }

    /// <summary>
    /// The core writer: every <paramref name="step"/>-th stack value from <paramref name="start"/>.
    /// The width is the widest of the length, the keys offset (maps) and each element as it would
    /// sit in its slot. An element's slot index counts the prefix fields and, as in C++, the raw
    /// stack distance from <paramref name="start"/> (so a map's elements count double).
    /// </summary>
    private FlexValue CreateVector(int start, int length, int step, bool typed, bool fixedLength, FlexValue? keys)
    {
        var width = BitWidths.Max(_forceMinBitWidth, BitWidths.OfUnsigned((ulong)length));
        int prefix = 1;
        if (keys is { } k)
        {
            width = BitWidths.Max(width, k.ElementWidth(_buf.Size, 0));
            prefix += 2;
        }
        var elementType = FlexBufferType.Key;
        for (int i = start; i < _stack.Count; i += step)
        {
            long index = (LegacyElementIndexing ? i : i - start) + prefix;
            width = BitWidths.Max(width, _stack[i].ElementWidth(_buf.Size, index));
            if (!typed) continue;
            if (i == start) elementType = _stack[i].Type;
            else if (_stack[i].Type != elementType)
                throw new InvalidOperationException($"a typed vector cannot mix {elementType} and {_stack[i].Type}");
        }
        var vectorType = FlexBufferType.Vector;
        if (keys is not null) vectorType = FlexBufferType.Map;
        else if (typed)
        {
            if (!FlexBufferTypes.IsTypedVectorElement(elementType))
                throw new InvalidOperationException($"a typed vector cannot hold {elementType} values");
            if (fixedLength && (length is < 2 or > 4 || elementType > FlexBufferType.Float))
                throw new InvalidOperationException($"a fixed-length vector holds 2 to 4 Int, UInt or Float values, not {length} {elementType}");
            vectorType = FlexBufferTypes.ToTypedVector(elementType, fixedLength ? length : 0);
        }

        int byteWidth = Align(width);
        if (keys is { } kv)
        {
            WriteOffset(kv.Position, byteWidth);
            _buf.AppendUInt((ulong)kv.MinBitWidth.ByteWidth(), byteWidth);
        }
        if (!fixedLength) _buf.AppendUInt((ulong)length, byteWidth);
        int position = _buf.Size;
        for (int i = start; i < _stack.Count; i += step) WriteAny(_stack[i], byteWidth);
        if (!typed)
            for (int i = start; i < _stack.Count; i += step) _buf.Append(_stack[i].StoredPackedType(width));
        return new FlexValue((ulong)position, vectorType, width);
    }

    /// <summary>strcmp of two NUL-terminated keys already in the buffer.</summary>
    private int CompareKeys(long a, long b)
    {
        var buf = _buf.Written;
        for (int i = 0; ; i++)
        {
            byte x = buf[(int)a + i], y = buf[(int)b + i];
            if (x != y) return x < y ? -1 : 1;
            if (x == 0) return 0;
        }
    }

    private string KeyText(long position)
    {
        var tail = _buf.Written[(int)position..];
        return System.Text.Encoding.UTF8.GetString(tail[..tail.IndexOf((byte)0)]);
    }
}
