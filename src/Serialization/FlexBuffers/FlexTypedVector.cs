using System.Collections;

namespace Lce.Serialization.FlexBuffers;

/// <summary>
/// A typed vector: slots of one element type and no type bytes, either length-prefixed or of a
/// fixed length of 2–4 (then without a length field). Elements read with a byte width of 1, as in C++.
/// </summary>
public sealed class FlexTypedVector : IEnumerable<FlexReference>
{
    public static FlexTypedVector Empty { get; } = new(null, 0, 1, FlexBufferType.Int, 0, isFixed: false);

    private readonly FlexBufferView? _buf;
    private readonly long _data;

    private FlexTypedVector(FlexBufferView? buf, long data, int byteWidth, FlexBufferType elementType, int count, bool isFixed)
    {
        _buf = buf;
        _data = data;
        ByteWidth = byteWidth;
        ElementType = elementType;
        Count = count;
        IsFixed = isFixed;
    }

    internal static FlexTypedVector Prefixed(FlexBufferView buf, long data, int byteWidth, FlexBufferType elementType, long limit) =>
        new(buf, data, byteWidth, elementType,
            FlexVector.ReadLength(buf, data, byteWidth, bytesPerElement: byteWidth, limit, "a typed vector"), isFixed: false);

    internal static FlexTypedVector Fixed(FlexBufferView buf, long data, int byteWidth, FlexBufferType elementType, int length, long limit)
    {
        buf.CheckRange(data, (long)length * byteWidth, "a fixed-length vector");
        buf.CheckBefore(data, data + (long)length * byteWidth, limit, "a fixed-length vector");
        return new(buf, data, byteWidth, elementType, length, isFixed: true);
    }

    public int Count { get; }

    public int ByteWidth { get; }

    public FlexBufferType ElementType { get; }

    /// <summary>Whether this is a fixed-length (2–4) vector without a length field.</summary>
    public bool IsFixed { get; }

    /// <summary>Position of the first slot.</summary>
    public long Offset => _data;

    /// <summary>Element <paramref name="index"/>; out of range reads as <see cref="FlexReference.Missing"/>.</summary>
    public FlexReference this[int index] =>
        _buf is null || (uint)index >= (uint)Count
            ? FlexReference.Missing
            : new FlexReference(_buf, _data + (long)index * ByteWidth, ByteWidth, 1, ElementType);

    public IEnumerator<FlexReference> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
