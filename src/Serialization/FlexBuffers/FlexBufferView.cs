using System.Buffers.Binary;

namespace Lce.Serialization.FlexBuffers;

/// <summary>Bounds-checked little-endian reads from a FlexBuffer; every failure is a <see cref="FlexBufferFormatException"/>.</summary>
internal sealed class FlexBufferView(ReadOnlyMemory<byte> memory)
{
    public ReadOnlyMemory<byte> Memory { get; } = memory;

    public int Length => Memory.Length;

    /// <summary>Throws unless [<paramref name="position"/>, +<paramref name="count"/>) lies inside the buffer.</summary>
    public void CheckRange(long position, long count, string what)
    {
        if (position < 0 || count < 0 || position > Length || count > Length - position)
            throw new FlexBufferFormatException(position, $"{what} ({count} bytes) lies outside the {Length}-byte buffer");
    }

    public byte ReadByte(long position)
    {
        CheckRange(position, 1, "a byte");
        return Memory.Span[(int)position];
    }

    public ulong ReadUInt(long position, int width)
    {
        CheckRange(position, width, "a scalar");
        var s = Memory.Span.Slice((int)position, width);
        return width switch
        {
            1 => s[0],
            2 => BinaryPrimitives.ReadUInt16LittleEndian(s),
            4 => BinaryPrimitives.ReadUInt32LittleEndian(s),
            8 => BinaryPrimitives.ReadUInt64LittleEndian(s),
            _ => throw new FlexBufferFormatException(position, $"a scalar cannot be {width} bytes wide"),
        };
    }

    public long ReadInt(long position, int width)
    {
        ulong u = ReadUInt(position, width);
        return width switch
        {
            1 => (sbyte)u,
            2 => (short)u,
            4 => (int)u,
            _ => unchecked((long)u),
        };
    }

    /// <summary>As C++: 4 and 8 bytes are IEEE floats; 1 and 2 bytes read as signed integers.</summary>
    public double ReadDouble(long position, int width) => width switch
    {
        4 => BitConverter.UInt32BitsToSingle((uint)ReadUInt(position, 4)),
        8 => BitConverter.UInt64BitsToDouble(ReadUInt(position, 8)),
        _ => ReadInt(position, width),
    };

    /// <summary>The target of the unsigned backward offset stored at <paramref name="slot"/>.</summary>
    public long Indirect(long slot, int width)
    {
        ulong offset = ReadUInt(slot, width);
        if (offset > (ulong)slot)
            throw new FlexBufferFormatException(slot, $"offset {offset} points before the start of the buffer");
        return slot - (long)offset;
    }

    /// <summary>Throws unless a child spanning [<paramref name="start"/>, <paramref name="end"/>) ends at or before <paramref name="limit"/>.</summary>
    public void CheckBefore(long start, long end, long limit, string what)
    {
        if (end > limit)
            throw new FlexBufferFormatException(start, $"{what} runs past the slot at {limit} that refers to it");
    }

    /// <summary>The length of the NUL-terminated string at <paramref name="position"/>, whose NUL must precede <paramref name="limit"/>.</summary>
    public int CStringLength(long position, long limit)
    {
        CheckRange(position, 0, "a key");
        long end = Math.Min(limit, Length);
        int found = position < end ? Memory.Span[(int)position..(int)end].IndexOf((byte)0) : -1;
        if (found < 0) throw new FlexBufferFormatException(position, "a key has no NUL terminator before the slot that refers to it");
        return found;
    }

    public ReadOnlyMemory<byte> Slice(long position, long count) => Memory.Slice((int)position, (int)count);
}
