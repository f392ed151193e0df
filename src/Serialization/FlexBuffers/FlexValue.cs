namespace Lce.Serialization.FlexBuffers;

/// <summary>
/// One entry of the builder's value stack: an inline scalar, or the absolute position of a value
/// already written to the buffer. <see cref="FlexBufferBuilder.LastValue"/> hands one out so it
/// can be referenced again with <see cref="FlexBufferBuilder.ReuseValue(FlexValue)"/>.
/// </summary>
public readonly struct FlexValue
{
    /// <summary>The int64, uint64 or double bits of an inline value, or the position of an offset value.</summary>
    internal readonly ulong Bits;

    public FlexBufferType Type { get; }

    /// <summary>Scalars: their own minimal width. Offset values: the width of their elements or length.</summary>
    public BitWidth MinBitWidth { get; }

    internal FlexValue(ulong bits, FlexBufferType type, BitWidth minBitWidth)
    {
        Bits = bits;
        Type = type;
        MinBitWidth = minBitWidth;
    }

    internal double Double => BitConverter.UInt64BitsToDouble(Bits);

    /// <summary>For an offset value: where in the buffer it was written.</summary>
    internal int Position => (int)Bits;

    /// <summary>
    /// The width this value needs as element <paramref name="elementIndex"/> of a vector about to
    /// be written at the end of a buffer of <paramref name="bufferSize"/> bytes. For an offset the
    /// answer depends on the slot's own position, which depends on the width through alignment
    /// and the preceding slots, so each width is tried in turn and the first whose offset fits
    /// in it wins (8 bytes always does).
    /// </summary>
    internal BitWidth ElementWidth(long bufferSize, long elementIndex)
    {
        if (FlexBufferTypes.IsInline(Type)) return MinBitWidth;
        for (int byteWidth = 1; byteWidth <= 8; byteWidth *= 2)
        {
            long slot = bufferSize + BitWidths.PaddingBytes(bufferSize, byteWidth) + elementIndex * byteWidth;
            var width = BitWidths.OfUnsigned((ulong)(slot - Position));
            if (width.ByteWidth() == byteWidth) return width;
        }
        return BitWidth.Width64;
    }

    /// <summary>Inline values widen to their parent's slot width; offset values keep their own.</summary>
    internal BitWidth StoredWidth(BitWidth parentWidth) =>
        FlexBufferTypes.IsInline(Type) ? BitWidths.Max(MinBitWidth, parentWidth) : MinBitWidth;

    internal byte StoredPackedType(BitWidth parentWidth) => FlexBufferTypes.Pack(Type, StoredWidth(parentWidth));

    public override string ToString() =>
        FlexBufferTypes.IsInline(Type) ? $"{Type}/{MinBitWidth} bits=0x{Bits:X}" : $"{Type}/{MinBitWidth} @{Position}";
}
