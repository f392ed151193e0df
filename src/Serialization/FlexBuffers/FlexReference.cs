using System.Text;

namespace Lce.Serialization.FlexBuffers;

/// <summary>
/// A typed view of one value: the slot it sits in (inline scalars) or the slot holding the offset
/// to it. Conversions follow the C++ <c>flexbuffers::Reference</c>: <c>AsInt64</c> reads any int,
/// uint, float or bool width, inline or indirect; a value of the wrong kind converts to 0, "",
/// or an empty vector/map/blob. Reads are lazy and bounds-checked: bad bytes throw
/// <see cref="FlexBufferFormatException"/> and nothing else.
/// </summary>
public sealed class FlexReference
{
    private static readonly FlexBufferView NoBytes = new(ReadOnlyMemory<byte>.Empty);

    /// <summary>What a missing map key or an out-of-range index reads as.</summary>
    public static FlexReference Missing { get; } = new(NoBytes, -1, 1, 1, FlexBufferType.Null);

    private readonly FlexBufferView _buf;

    internal FlexReference(FlexBufferView buf, long slot, int parentByteWidth, int byteWidth, FlexBufferType type)
    {
        _buf = buf;
        Offset = slot;
        ParentByteWidth = parentByteWidth;
        ByteWidth = byteWidth;
        Type = type;
    }

    /// <summary>A reference from a packed type byte (<c>type &lt;&lt; 2 | width code</c>).</summary>
    internal static FlexReference FromPacked(FlexBufferView buf, long slot, int parentByteWidth, byte packedType) =>
        new(buf, slot, parentByteWidth, 1 << (packedType & 3), (FlexBufferType)(packedType >> 2));

    public FlexBufferType Type { get; }

    /// <summary>Position of the slot (-1 for <see cref="Missing"/>).</summary>
    public long Offset { get; }

    /// <summary>Width of the slot, set by the containing vector (or the root width).</summary>
    public int ParentByteWidth { get; }

    /// <summary>From the packed type: an offset value's own element/length width (1 for typed-vector elements).</summary>
    public int ByteWidth { get; }

    public bool IsNull => Type == FlexBufferType.Null;
    public bool IsBool => Type == FlexBufferType.Bool;
    public bool IsInt => Type is FlexBufferType.Int or FlexBufferType.IndirectInt;
    public bool IsUInt => Type is FlexBufferType.UInt or FlexBufferType.IndirectUInt;
    public bool IsIntOrUInt => IsInt || IsUInt;
    public bool IsFloat => Type is FlexBufferType.Float or FlexBufferType.IndirectFloat;
    public bool IsNumeric => IsIntOrUInt || IsFloat;
    public bool IsString => Type == FlexBufferType.String;
    public bool IsKey => Type == FlexBufferType.Key;
    /// <summary>An untyped vector or a map (whose values form one).</summary>
    public bool IsVector => Type is FlexBufferType.Vector or FlexBufferType.Map;
    public bool IsUntypedVector => Type == FlexBufferType.Vector;
    public bool IsTypedVector => FlexBufferTypes.IsTypedVector(Type);
    public bool IsFixedTypedVector => FlexBufferTypes.IsFixedTypedVector(Type);
    public bool IsAnyVector => IsVector || IsTypedVector || IsFixedTypedVector;
    public bool IsMap => Type == FlexBufferType.Map;
    public bool IsBlob => Type == FlexBufferType.Blob;

    // ------------------------------------------------------------ numbers

    public bool AsBool() => (Type == FlexBufferType.Bool ? _buf.ReadUInt(Offset, ParentByteWidth) : AsUInt64()) != 0;

    /// <summary>
    /// Any numeric kind as int64: floats truncate toward zero (saturating; NaN gives 0), a string
    /// is parsed whole as a base-10 integer (0 if it is not one or overflows), an untyped vector
    /// gives its length, anything else 0.
    /// </summary>
    public long AsInt64() => Type switch
    {
        FlexBufferType.Int or FlexBufferType.Bool => _buf.ReadInt(Offset, ParentByteWidth),
        FlexBufferType.IndirectInt => _buf.ReadInt(IndirectScalar(), ByteWidth),
        FlexBufferType.UInt => unchecked((long)_buf.ReadUInt(Offset, ParentByteWidth)),
        FlexBufferType.IndirectUInt => unchecked((long)_buf.ReadUInt(IndirectScalar(), ByteWidth)),
        FlexBufferType.Float => (long)_buf.ReadDouble(Offset, ParentByteWidth),
        FlexBufferType.IndirectFloat => (long)_buf.ReadDouble(IndirectScalar(), ByteWidth),
        FlexBufferType.String => CStringNumbers.ParseInt64(CString(AsStringBytes().Span)),
        FlexBufferType.Vector => AsVector().Count,
        _ => 0,
    };

    public int AsInt32() => unchecked((int)AsInt64());
    public short AsInt16() => unchecked((short)AsInt64());
    public sbyte AsInt8() => unchecked((sbyte)AsInt64());

    /// <summary>As <see cref="AsInt64"/>, unsigned: ints wrap, negative floats give 0, strings parse as strtoull.</summary>
    public ulong AsUInt64() => Type switch
    {
        FlexBufferType.UInt or FlexBufferType.Bool => _buf.ReadUInt(Offset, ParentByteWidth),
        FlexBufferType.IndirectUInt => _buf.ReadUInt(IndirectScalar(), ByteWidth),
        FlexBufferType.Int => unchecked((ulong)_buf.ReadInt(Offset, ParentByteWidth)),
        FlexBufferType.IndirectInt => unchecked((ulong)_buf.ReadInt(IndirectScalar(), ByteWidth)),
        FlexBufferType.Float => (ulong)_buf.ReadDouble(Offset, ParentByteWidth),
        FlexBufferType.IndirectFloat => (ulong)_buf.ReadDouble(IndirectScalar(), ByteWidth),
        FlexBufferType.String => CStringNumbers.ParseUInt64(CString(AsStringBytes().Span)),
        FlexBufferType.Vector => (ulong)AsVector().Count,
        _ => 0,
    };

    public uint AsUInt32() => unchecked((uint)AsUInt64());
    public ushort AsUInt16() => unchecked((ushort)AsUInt64());
    public byte AsUInt8() => unchecked((byte)AsUInt64());

    /// <summary>Any numeric kind as double; a string is parsed whole as strtod would (0 if it is not a number).</summary>
    public double AsDouble() => Type switch
    {
        FlexBufferType.Float => _buf.ReadDouble(Offset, ParentByteWidth),
        FlexBufferType.IndirectFloat => _buf.ReadDouble(IndirectScalar(), ByteWidth),
        FlexBufferType.Int => _buf.ReadInt(Offset, ParentByteWidth),
        FlexBufferType.IndirectInt => _buf.ReadInt(IndirectScalar(), ByteWidth),
        FlexBufferType.UInt or FlexBufferType.Bool => _buf.ReadUInt(Offset, ParentByteWidth),
        FlexBufferType.IndirectUInt => _buf.ReadUInt(IndirectScalar(), ByteWidth),
        FlexBufferType.String => CStringNumbers.ParseDouble(CString(AsStringBytes().Span)),
        FlexBufferType.Vector => AsVector().Count,
        _ => 0,
    };

    public float AsFloat() => (float)AsDouble();

    // ------------------------------------------------------ strings, blobs

    /// <summary>The bytes of a String (without its NUL) or of a Key; empty for anything else.</summary>
    public ReadOnlyMemory<byte> AsStringBytes()
    {
        if (Type == FlexBufferType.String) return Sized();
        if (Type == FlexBufferType.Key) return AsKeyBytes();
        return ReadOnlyMemory<byte>.Empty;
    }

    /// <summary>A String or Key decoded as UTF-8 (invalid sequences become U+FFFD); "" for anything else.</summary>
    public string AsString() => Encoding.UTF8.GetString(AsStringBytes().Span);

    /// <summary>A Key's bytes, or a String's up to its first NUL (as C's <c>const char*</c>); empty otherwise.</summary>
    public ReadOnlyMemory<byte> AsKeyBytes()
    {
        if (Type is not (FlexBufferType.Key or FlexBufferType.String)) return ReadOnlyMemory<byte>.Empty;
        long target = Target();
        return _buf.Slice(target, _buf.CStringLength(target, Offset));
    }

    public string AsKey() => Encoding.UTF8.GetString(AsKeyBytes().Span);

    /// <summary>A Blob's bytes, or a String's (without its NUL); empty for anything else.</summary>
    public ReadOnlyMemory<byte> AsBlob() =>
        Type is FlexBufferType.Blob or FlexBufferType.String ? Sized() : ReadOnlyMemory<byte>.Empty;

    // ------------------------------------------------------------ containers

    /// <summary>An untyped vector, or a map's values; empty for anything else.</summary>
    public FlexVector AsVector() =>
        IsVector ? new FlexVector(_buf, Target(), ByteWidth, Offset) : FlexVector.Empty;

    /// <summary>A length-prefixed typed vector (the deprecated string vector reads as keys); empty otherwise.</summary>
    public FlexTypedVector AsTypedVector()
    {
        if (!IsTypedVector) return FlexTypedVector.Empty;
        var element = FlexBufferTypes.TypedVectorElement(Type);
        if (element == FlexBufferType.String) element = FlexBufferType.Key;
        return FlexTypedVector.Prefixed(_buf, Target(), ByteWidth, element, Offset);
    }

    /// <summary>A fixed-length typed vector (2–4 numbers); empty otherwise.</summary>
    public FlexTypedVector AsFixedTypedVector()
    {
        if (!IsFixedTypedVector) return FlexTypedVector.Empty;
        var (element, length) = FlexBufferTypes.FixedTypedVectorElement(Type);
        return FlexTypedVector.Fixed(_buf, Target(), ByteWidth, element, length, Offset);
    }

    public FlexMap AsMap() => IsMap ? new FlexMap(_buf, Target(), ByteWidth, Offset) : FlexMap.Empty;

    public override string ToString() => $"{Type} at {Offset} (slot {ParentByteWidth} B, width {ByteWidth} B)";

    // ------------------------------------------------------------ helpers

    private long Target() => _buf.Indirect(Offset, ParentByteWidth);

    private long IndirectScalar()
    {
        long target = Target();
        _buf.CheckBefore(target, target + ByteWidth, Offset, "an indirect scalar");
        return target;
    }

    /// <summary>A length-prefixed String or Blob body (a String's NUL must fit before the slot but is not returned).</summary>
    private ReadOnlyMemory<byte> Sized()
    {
        long target = Target();
        ulong length = _buf.ReadUInt(target - ByteWidth, ByteWidth);
        if (length > (ulong)_buf.Length)
            throw new FlexBufferFormatException(target - ByteWidth, $"length {length} exceeds the buffer");
        long end = target + (long)length + (Type == FlexBufferType.String ? 1 : 0);
        _buf.CheckBefore(target, end, Offset, $"a {Type}");
        return _buf.Slice(target, (long)length);
    }

    private static ReadOnlySpan<byte> CString(ReadOnlySpan<byte> bytes)
    {
        int nul = bytes.IndexOf((byte)0);
        return nul < 0 ? bytes : bytes[..nul];
    }
}
