using System.Collections;
using System.Text;

namespace Lce.Serialization.FlexBuffers;

/// <summary>
/// A map: <c>[keys offset][keys byte width][length]</c> followed by its values as an untyped
/// vector; the keys are a typed key vector sorted by strcmp. Lookup is a binary search, so a
/// missing key reads as <see cref="FlexReference.Missing"/> (Null, converting to 0/""/empty).
/// </summary>
public sealed class FlexMap : IEnumerable<KeyValuePair<string, FlexReference>>
{
    public static FlexMap Empty { get; } = new();

    private FlexMap()
    {
        Keys = FlexTypedVector.Empty;
        Values = FlexVector.Empty;
    }

    internal FlexMap(FlexBufferView buf, long data, int byteWidth, long limit)
    {
        Values = new FlexVector(buf, data, byteWidth, limit);
        long keysSlot = data - 3L * byteWidth;
        long keysData = buf.Indirect(keysSlot, byteWidth);
        ulong keysWidth = buf.ReadUInt(keysSlot + byteWidth, byteWidth);
        if (keysWidth is not (1 or 2 or 4 or 8))
            throw new FlexBufferFormatException(keysSlot + byteWidth, $"keys byte width {keysWidth} is not 1, 2, 4 or 8");
        Keys = FlexTypedVector.Prefixed(buf, keysData, (int)keysWidth, FlexBufferType.Key, keysSlot);
        if (Keys.Count != Values.Count)
            throw new FlexBufferFormatException(data, $"the map has {Keys.Count} keys but {Values.Count} values");
    }

    public int Count => Values.Count;

    /// <summary>The sorted keys (a typed vector of Key).</summary>
    public FlexTypedVector Keys { get; }

    /// <summary>The values, in key order.</summary>
    public FlexVector Values { get; }

    public string KeyAt(int index) => Keys[index].AsKey();

    public FlexReference ValueAt(int index) => Values[index];

    /// <summary>The value for <paramref name="key"/> (its UTF-8 bytes up to any NUL, as a C string), or <see cref="FlexReference.Missing"/>.</summary>
    public FlexReference this[string key] => this[Encoding.UTF8.GetBytes(key)];

    /// <inheritdoc cref="this[string]"/>
    public FlexReference this[ReadOnlySpan<byte> utf8Key]
    {
        get
        {
            int i = IndexOf(utf8Key);
            return i < 0 ? FlexReference.Missing : Values[i];
        }
    }

    public bool TryGetValue(string key, out FlexReference value)
    {
        int i = IndexOf(Encoding.UTF8.GetBytes(key));
        value = i < 0 ? FlexReference.Missing : Values[i];
        return i >= 0;
    }

    public bool ContainsKey(string key) => IndexOf(Encoding.UTF8.GetBytes(key)) >= 0;

    /// <summary>
    /// Binary search with strcmp ordering, as C's <c>bsearch</c>: the index of a key equal to
    /// <paramref name="utf8Key"/> (truncated at its first NUL), or -1. On keys that are not sorted
    /// the answer is unspecified but the search still ends and stays in bounds.
    /// </summary>
    public int IndexOf(ReadOnlySpan<byte> utf8Key)
    {
        int nul = utf8Key.IndexOf((byte)0);
        if (nul >= 0) utf8Key = utf8Key[..nul];
        int lo = 0, hi = Count - 1;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            int c = CompareWithKey(utf8Key, Keys[mid]);
            if (c == 0) return mid;
            if (c < 0) hi = mid - 1;
            else lo = mid + 1;
        }
        return -1;
    }

    /// <summary>strcmp(search, key) over unsigned bytes; the key ends at its NUL.</summary>
    internal static int CompareWithKey(ReadOnlySpan<byte> search, FlexReference keyRef)
    {
        var key = keyRef.AsKeyBytes().Span;
        int n = Math.Min(search.Length, key.Length);
        for (int i = 0; i < n; i++)
            if (search[i] != key[i]) return search[i] < key[i] ? -1 : 1;
        return search.Length.CompareTo(key.Length);
    }

    public IEnumerator<KeyValuePair<string, FlexReference>> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return new(KeyAt(i), Values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
