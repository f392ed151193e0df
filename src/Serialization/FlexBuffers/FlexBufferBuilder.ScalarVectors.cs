namespace Lce.Serialization.FlexBuffers;

/// <summary>
/// Typed vectors written straight from a span of one .NET scalar type (C++'s
/// <c>Vector(const T*, size_t)</c> for scalars and <c>FixedTypedVector</c>): every element and
/// the length take exactly <c>sizeof(T)</c> bytes, whatever the values.
/// </summary>
public sealed partial class FlexBufferBuilder
{
    /// <summary>
    /// A typed vector of sbyte/short/int/long (Int), byte/ushort/uint/ulong (UInt), float/double
    /// (Float) or bool elements, at the element type's size. The length must fit that size too
    /// (at most 255 one-byte elements; use a blob for more bytes).
    /// </summary>
    public int ScalarVector<T>(ReadOnlySpan<T> elements) where T : unmanaged => WriteScalarVector(elements, fixedLength: false);
    public int ScalarVector<T>(string key, ReadOnlySpan<T> elements) where T : unmanaged { Key(key); return ScalarVector(elements); }

    /// <summary>A fixed-length typed vector of 2, 3 or 4 numbers: no length field.</summary>
    public int FixedTypedVector<T>(ReadOnlySpan<T> elements) where T : unmanaged
    {
        if (elements.Length is < 2 or > 4)
            throw new ArgumentException($"a fixed-length vector has 2, 3 or 4 elements, not {elements.Length}", nameof(elements));
        return WriteScalarVector(elements, fixedLength: true);
    }
    public int FixedTypedVector<T>(string key, ReadOnlySpan<T> elements) where T : unmanaged { Key(key); return FixedTypedVector(elements); }

    private int WriteScalarVector<T>(ReadOnlySpan<T> elements, bool fixedLength) where T : unmanaged
    {
        EnsureOpen();
        var elementType = ScalarType<T>();
        if (fixedLength && elementType == FlexBufferType.Bool)
            throw new ArgumentException("a fixed-length vector cannot hold bools", nameof(elements));
        int byteWidth = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        var width = BitWidths.FromByteWidth(byteWidth);
        if (BitWidths.OfUnsigned((ulong)elements.Length) > width)
            throw new ArgumentException($"{elements.Length} elements do not fit a {byteWidth}-byte length field; use a blob or wider elements", nameof(elements));
        Align(width);
        if (!fixedLength) _buf.AppendUInt((ulong)elements.Length, byteWidth);
        int position = _buf.Size;
        foreach (var e in elements) WriteScalar(e, byteWidth);
        Push(new FlexValue((ulong)position, FlexBufferTypes.ToTypedVector(elementType, fixedLength ? elements.Length : 0), width));
        return position;
    }

    private static FlexBufferType ScalarType<T>() => default(T) switch
    {
        sbyte or short or int or long => FlexBufferType.Int,
        byte or ushort or uint or ulong => FlexBufferType.UInt,
        float or double => FlexBufferType.Float,
        bool => FlexBufferType.Bool,
        _ => throw new ArgumentException($"{typeof(T).Name} is not a FlexBuffers scalar type"),
    };

    private void WriteScalar<T>(T value, int byteWidth) where T : unmanaged
    {
        switch (value)
        {
            case float f: _buf.AppendFloat(f, 4); break;
            case double d: _buf.AppendFloat(d, 8); break;
            case bool b: _buf.Append(b ? (byte)1 : (byte)0); break;
            case sbyte v: _buf.AppendUInt(unchecked((ulong)v), byteWidth); break;
            case short v: _buf.AppendUInt(unchecked((ulong)v), byteWidth); break;
            case int v: _buf.AppendUInt(unchecked((ulong)v), byteWidth); break;
            case long v: _buf.AppendUInt(unchecked((ulong)v), byteWidth); break;
            case byte v: _buf.AppendUInt(v, byteWidth); break;
            case ushort v: _buf.AppendUInt(v, byteWidth); break;
            case uint v: _buf.AppendUInt(v, byteWidth); break;
            case ulong v: _buf.AppendUInt(v, byteWidth); break;
        }
    }
}
