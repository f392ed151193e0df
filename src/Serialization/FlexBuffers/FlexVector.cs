using System.Collections;

namespace Lce.Serialization.FlexBuffers;

/// <summary>
/// An untyped vector (or a map's values): <c>[length][slot_0]…[slot_n-1][type_0]…[type_n-1]</c>,
/// length and slots <see cref="ByteWidth"/> bytes each, one packed type byte per element. The
/// whole extent is checked when the vector is opened, so element access cannot leave the buffer.
/// </summary>
public sealed class FlexVector : IEnumerable<FlexReference>
{
    public static FlexVector Empty { get; } = new();

    private readonly FlexBufferView? _buf;
    private readonly long _data;

    private FlexVector() => ByteWidth = 1;

    /// <param name="limit">The slot referring to the vector; the vector must end at or before it.</param>
    internal FlexVector(FlexBufferView buf, long data, int byteWidth, long limit)
    {
        _buf = buf;
        _data = data;
        ByteWidth = byteWidth;
        Count = ReadLength(buf, data, byteWidth, bytesPerElement: byteWidth + 1, limit, "a vector");
    }

    public int Count { get; }

    public int ByteWidth { get; }

    /// <summary>Position of the first slot.</summary>
    public long Offset => _data;

    /// <summary>Element <paramref name="index"/>; as in C++, an index out of range reads as <see cref="FlexReference.Missing"/>.</summary>
    public FlexReference this[int index]
    {
        get
        {
            if (_buf is null || (uint)index >= (uint)Count) return FlexReference.Missing;
            byte packed = _buf.ReadByte(_data + (long)Count * ByteWidth + index);
            return FlexReference.FromPacked(_buf, _data + (long)index * ByteWidth, ByteWidth, packed);
        }
    }

    public IEnumerator<FlexReference> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Reads the length field before <paramref name="data"/> and checks that
    /// <c>length × bytesPerElement</c> bytes from <paramref name="data"/> end by <paramref name="limit"/>.
    /// </summary>
    internal static int ReadLength(FlexBufferView buf, long data, int byteWidth, int bytesPerElement, long limit, string what)
    {
        ulong length = buf.ReadUInt(data - byteWidth, byteWidth);
        if (length > (ulong)buf.Length)
            throw new FlexBufferFormatException(data - byteWidth, $"{what} length {length} exceeds the buffer");
        buf.CheckBefore(data, data + (long)length * bytesPerElement, limit, what);
        return (int)length;
    }
}
