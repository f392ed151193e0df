using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Lce.Serialization.FlatBuffers;

/// <summary>
/// A view of one table: its position and vtable, checked when the view is made (table and vtable
/// inside the buffer, aligned, vtable size even and at least 4). Field reads check their own
/// bounds and alignment; an absent field reads as its default.
/// </summary>
public readonly struct FlatTable
{
    private readonly int _vtable;
    private readonly int _vtableSize;

    public ReadOnlyMemory<byte> Buffer { get; }

    /// <summary>Byte position of the table (its soffset to the vtable).</summary>
    public int Position { get; }

    private FlatTable(ReadOnlyMemory<byte> buffer, int position, int vtable, int vtableSize)
    {
        Buffer = buffer;
        Position = position;
        _vtable = vtable;
        _vtableSize = vtableSize;
    }

    /// <summary>The table at <paramref name="position"/>; <paramref name="from"/> is where the reference was (for messages).</summary>
    public static FlatTable At(ReadOnlyMemory<byte> buffer, long position, long from)
    {
        var b = buffer.Span;
        FlatBufferReader.Check(b, position, 4, 4, $"table referenced at byte {from}");
        long vtable = position - BinaryPrimitives.ReadInt32LittleEndian(b[(int)position..]);
        FlatBufferReader.Check(b, vtable, 4, 2, $"vtable of the table at byte {position}");
        int vtableSize = BinaryPrimitives.ReadUInt16LittleEndian(b[(int)vtable..]);
        int tableSize = BinaryPrimitives.ReadUInt16LittleEndian(b[((int)vtable + 2)..]);
        if (vtableSize < 4 || vtableSize % 2 != 0)
            throw new FlatBufferException(vtable, $"vtable size {vtableSize} is not an even number of at least 4");
        FlatBufferReader.Check(b, vtable, vtableSize, 2, $"vtable of the table at byte {position}");
        FlatBufferReader.Check(b, position, Math.Max(tableSize, 4), 1, $"table of {tableSize} bytes");
        return new FlatTable(buffer, (int)position, (int)vtable, vtableSize);
    }

    /// <summary>Byte position of the table's vtable.</summary>
    public int VtablePosition => _vtable;

    /// <summary>Number of field slots the vtable describes.</summary>
    public int SlotCount => (_vtableSize - 4) / 2;

    /// <summary>Position of the field in <paramref name="slot"/>, or -1 when absent.</summary>
    public int FieldPosition(int slot)
    {
        if (slot < 0 || slot >= SlotCount) return -1;
        int rel = BinaryPrimitives.ReadUInt16LittleEndian(Buffer.Span[(_vtable + 4 + 2 * slot)..]);
        return rel == 0 ? -1 : Position + rel;
    }

    public bool Has(int slot) => FieldPosition(slot) >= 0;

    /// <summary>A scalar field (bounds and alignment checked), or the default when absent.</summary>
    public T Get<T>(int slot, T defaultValue) where T : unmanaged
    {
        int at = FieldPosition(slot);
        if (at < 0) return defaultValue;
        int size = Marshal.SizeOf<T>();
        FlatBufferReader.Check(Buffer.Span, at, size, size, $"field {slot}");
        return MemoryMarshal.Read<T>(Buffer.Span[at..]);
    }

    public bool GetBool(int slot, bool defaultValue = false) => Get<byte>(slot, defaultValue ? (byte)1 : (byte)0) != 0;

    /// <summary>A struct field's bytes (<paramref name="size"/> bytes aligned to <paramref name="alignment"/>), zero-copy; null when absent.</summary>
    public ReadOnlyMemory<byte>? GetStruct(int slot, int size, int alignment)
    {
        int at = FieldPosition(slot);
        if (at < 0) return null;
        FlatBufferReader.Check(Buffer.Span, at, size, alignment, $"struct in field {slot}");
        return Buffer.Slice(at, size);
    }

    /// <summary>The table a field refers to, or null when absent.</summary>
    public FlatTable? GetTable(int slot)
    {
        int at = FieldPosition(slot);
        return at < 0 ? null : At(Buffer, FlatBufferReader.Follow(Buffer.Span, at, $"field {slot}"), at);
    }

    /// <summary>A union's value: the table in <paramref name="valueSlot"/> when its type tag (the slot before) is not NONE.</summary>
    public (byte Type, FlatTable? Value) GetUnion(int valueSlot)
    {
        byte type = Get<byte>(valueSlot - 1, 0);
        var value = GetTable(valueSlot);
        if (type != 0 && value is null) throw new FlatBufferException(Position, $"union type {type} in slot {valueSlot - 1} has no value");
        return type == 0 ? (0, null) : (type, value);
    }

    /// <summary>A vector of scalars or structs (<typeparamref name="T"/> = the element), zero-copy; empty when absent.</summary>
    public FlatVector<T> GetVector<T>(int slot) where T : unmanaged
    {
        int at = FieldPosition(slot);
        if (at < 0) return default;
        long v = FlatBufferReader.Follow(Buffer.Span, at, $"field {slot}");
        int n = FlatBufferReader.VectorLength(Buffer.Span, v, Marshal.SizeOf<T>(), $"vector in field {slot}");
        return new FlatVector<T>(Buffer.Slice((int)v + 4, n * Marshal.SizeOf<T>()), present: true);
    }

    /// <summary>A vector of tables; empty when absent. Elements are checked when read.</summary>
    public FlatTableVector GetTableVector(int slot)
    {
        int at = FieldPosition(slot);
        if (at < 0) return default;
        long v = FlatBufferReader.Follow(Buffer.Span, at, $"field {slot}");
        int n = FlatBufferReader.VectorLength(Buffer.Span, v, 4, $"table vector in field {slot}");
        return new FlatTableVector(Buffer, (int)v + 4, n);
    }

    /// <summary>A string's bytes (without the terminator, which is checked), zero-copy; null when absent.</summary>
    public ReadOnlyMemory<byte>? GetStringBytes(int slot)
    {
        int at = FieldPosition(slot);
        // (ReadOnlyMemory converts from a null array to empty memory: keep "absent" a real null.)
        return at < 0 ? (ReadOnlyMemory<byte>?)null : StringAt(Buffer, FlatBufferReader.Follow(Buffer.Span, at, $"field {slot}"));
    }

    /// <summary>A string decoded from UTF-8 (invalid UTF-8 is a <see cref="FlatBufferException"/>); null when absent.</summary>
    public string? GetString(int slot) => GetStringBytes(slot) is { } bytes ? FlatString.Decode(bytes, Position) : null;

    internal static ReadOnlyMemory<byte> StringAt(ReadOnlyMemory<byte> buffer, long position)
    {
        int n = FlatBufferReader.VectorLength(buffer.Span, position, 1, "string");
        FlatBufferReader.Check(buffer.Span, position + 4 + n, 1, 1, "string terminator");
        if (buffer.Span[(int)position + 4 + n] != 0) throw new FlatBufferException(position + 4 + n, "string is not NUL-terminated");
        return buffer.Slice((int)position + 4, n);
    }
}
