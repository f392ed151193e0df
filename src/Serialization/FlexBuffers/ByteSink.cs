using System.Buffers.Binary;

namespace Lce.Serialization.FlexBuffers;

/// <summary>The builder's output: an append-only little-endian byte buffer that can be cut back.</summary>
internal sealed class ByteSink
{
    private byte[] _bytes;

    public ByteSink(int initialCapacity) => _bytes = new byte[Math.Max(16, initialCapacity)];

    public int Size { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Size);

    public void Clear() => Size = 0;

    /// <summary>Cuts the buffer back to <paramref name="size"/> bytes.</summary>
    public void Truncate(int size) => Size = size;

    private Span<byte> Grow(int count)
    {
        if ((long)Size + count > Array.MaxLength)
            throw new InvalidOperationException("a FlexBuffer cannot exceed the largest .NET array");
        if (Size + count > _bytes.Length)
            Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, Math.Max((long)_bytes.Length * 2, (long)Size + count)));
        var span = _bytes.AsSpan(Size, count);
        Size += count;
        return span;
    }

    public void Append(byte b) => Grow(1)[0] = b;

    public void Append(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Grow(bytes.Length));

    public void AppendZeros(int count) => Grow(count).Clear();

    /// <summary>The low <paramref name="byteWidth"/> bytes of <paramref name="bits"/>, little-endian.</summary>
    public void AppendUInt(ulong bits, int byteWidth)
    {
        Span<byte> all = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(all, bits);
        Append(all[..byteWidth]);
    }

    /// <summary>A float as 4 bytes or a double as 8; narrower float slots do not exist.</summary>
    public void AppendFloat(double value, int byteWidth)
    {
        switch (byteWidth)
        {
            case 4: AppendUInt(BitConverter.SingleToUInt32Bits((float)value), 4); break;
            case 8: AppendUInt(BitConverter.DoubleToUInt64Bits(value), 8); break;
            default: throw new InvalidOperationException($"a float cannot be stored in {byteWidth} bytes");
        }
    }

    public byte[] ToArray() => Written.ToArray();
}
