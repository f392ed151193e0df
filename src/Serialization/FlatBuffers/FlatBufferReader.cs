using System.Buffers.Binary;
using System.Text;

namespace Lce.Serialization.FlatBuffers;

/// <summary>
/// Entry points of the zero-copy reader: the root table (after checking the root offset and the
/// optional file identifier) and the bounds/alignment checks every view makes before a read.
/// Nothing is read without being checked; all failures are <see cref="FlatBufferException"/>.
/// </summary>
public static class FlatBufferReader
{
    /// <summary>The root table; with <paramref name="fileIdentifier"/>, bytes 4..8 must equal it.</summary>
    public static FlatTable GetRoot(ReadOnlyMemory<byte> buffer, string? fileIdentifier = null)
    {
        if (buffer.Length < 4) throw new FlatBufferException(0, $"a buffer of {buffer.Length} bytes has no root offset");
        if (buffer.Length > FlatBufferBuilder.MaxSize) throw new FlatBufferException(-1, "buffers of 2 GB or more are not FlatBuffers");
        if (fileIdentifier is not null && !HasIdentifier(buffer.Span, fileIdentifier))
            throw new FlatBufferException(4, $"the file identifier is not '{fileIdentifier}'");
        long root = BinaryPrimitives.ReadUInt32LittleEndian(buffer.Span);
        return FlatTable.At(buffer, root, 0);
    }

    /// <summary>Whether bytes 4..8 hold the 4-character identifier.</summary>
    public static bool HasIdentifier(ReadOnlySpan<byte> buffer, string fileIdentifier)
    {
        Span<byte> id = stackalloc byte[4];
        return buffer.Length >= 8 && Encoding.UTF8.GetBytes(fileIdentifier, id) == 4 && buffer.Slice(4, 4).SequenceEqual(id);
    }

    /// <summary>Checks that <paramref name="size"/> bytes at <paramref name="position"/> lie in the buffer and are aligned to <paramref name="alignment"/>.</summary>
    internal static void Check(ReadOnlySpan<byte> buffer, long position, long size, int alignment, string what)
    {
        if (position < 0 || size < 0 || position > buffer.Length || size > buffer.Length - position)
            throw new FlatBufferException(position, $"{what} ({size} bytes) lies outside the buffer of {buffer.Length} bytes");
        if (alignment > 1 && position % alignment != 0)
            throw new FlatBufferException(position, $"{what} is not aligned to {alignment} bytes");
    }

    /// <summary>Follows the uoffset stored at <paramref name="at"/> (checked) to the object it refers to.</summary>
    internal static long Follow(ReadOnlySpan<byte> buffer, long at, string what)
    {
        Check(buffer, at, 4, 4, what + " offset");
        uint rel = BinaryPrimitives.ReadUInt32LittleEndian(buffer[(int)at..]);
        if (rel == 0) throw new FlatBufferException(at, $"{what} offset is 0 (refers to itself)");
        return at + rel;
    }

    /// <summary>The position and element count of the vector at <paramref name="position"/>, checked to fit.</summary>
    internal static int VectorLength(ReadOnlySpan<byte> buffer, long position, int elementSize, string what)
    {
        Check(buffer, position, 4, 4, what + " length");
        uint count = BinaryPrimitives.ReadUInt32LittleEndian(buffer[(int)position..]);
        Check(buffer, position + 4, (long)count * elementSize, 1, $"{what} of {count} elements");
        return (int)count;
    }
}
