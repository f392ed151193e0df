using System.Runtime.InteropServices;
using System.Text;

namespace Lce.Serialization.FlatBuffers;

/// <summary>A checked, zero-copy view of a vector of scalars or structs.</summary>
public readonly struct FlatVector<T> where T : unmanaged
{
    internal FlatVector(ReadOnlyMemory<byte> bytes, bool present)
    {
        Bytes = bytes;
        IsPresent = present;
    }

    /// <summary>The elements' bytes (little-endian, unaligned views are fine).</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>False when the field was absent (an empty vector that is present is true).</summary>
    public bool IsPresent { get; }

    public int Length => Bytes.Length / Marshal.SizeOf<T>();

    public ReadOnlySpan<T> Span => MemoryMarshal.Cast<byte, T>(Bytes.Span);

    public T this[int index] => Span[index];

    public T[] ToArray() => Span.ToArray();
}

/// <summary>A checked view of a vector of table references; each element is checked when read.</summary>
public readonly struct FlatTableVector
{
    private readonly ReadOnlyMemory<byte> _buffer;
    private readonly int _start;

    internal FlatTableVector(ReadOnlyMemory<byte> buffer, int start, int length)
    {
        _buffer = buffer;
        _start = start;
        Length = length;
        IsPresent = true;
    }

    public int Length { get; }
    public bool IsPresent { get; }

    public FlatTable this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length) throw new ArgumentOutOfRangeException(nameof(index));
            long at = _start + 4L * index;
            return FlatTable.At(_buffer, FlatBufferReader.Follow(_buffer.Span, at, $"element {index}"), at);
        }
    }

    /// <summary>The element as a string (for vectors of strings).</summary>
    public ReadOnlyMemory<byte> StringBytesAt(int index)
    {
        if ((uint)index >= (uint)Length) throw new ArgumentOutOfRangeException(nameof(index));
        long at = _start + 4L * index;
        return FlatTable.StringAt(_buffer, FlatBufferReader.Follow(_buffer.Span, at, $"element {index}"));
    }
}

/// <summary>UTF-8 decoding that reports invalid bytes as a <see cref="FlatBufferException"/>.</summary>
public static class FlatString
{
    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlyMemory<byte> bytes, long position)
    {
        try
        {
            return Strict.GetString(bytes.Span);
        }
        catch (DecoderFallbackException)
        {
            throw new FlatBufferException(position, "string is not valid UTF-8");
        }
    }
}
