using System.Runtime.InteropServices;

namespace Lce.Serialization.FlatBuffers;

/// <summary>Tables: fields written inline, then a vtable mapping field slots to their offsets.</summary>
public sealed partial class FlatBufferBuilder
{
    private int[] _fields = new int[16];   // offset (from the end) of each field of the open table, 0 = absent
    private int _fieldCount;
    private int _tableStart = -1;          // Offset where the open table's data starts, -1 when none
    private bool _tableEmpty;              // no field written yet: alignment padding stays outside the table
    private readonly List<int> _vtables = [];

    /// <summary>Opens a table with <paramref name="fieldSlots"/> field slots (a union takes two: its type and its value).</summary>
    public void StartTable(int fieldSlots)
    {
        if (_tableStart >= 0) throw new InvalidOperationException("tables cannot nest: build children first");
        if (fieldSlots is < 0 or > 0x7FFC / 2) throw new ArgumentOutOfRangeException(nameof(fieldSlots));
        if (_fields.Length < fieldSlots) _fields = new int[fieldSlots];
        Array.Clear(_fields, 0, fieldSlots);
        _fieldCount = fieldSlots;
        _tableStart = Offset;
        _tableEmpty = true;
    }

    private void Slot(int slot)
    {
        if (_tableStart < 0) throw new InvalidOperationException("no open table");
        if ((uint)slot >= (uint)_fieldCount) throw new ArgumentOutOfRangeException(nameof(slot), $"slot {slot} of a table with {_fieldCount} slots");
        _fields[slot] = Offset;
        _tableEmpty = false;
    }

    /// <summary>A scalar field; equal to the schema default it is left out (as flatc's builders do) unless <paramref name="force"/>.</summary>
    public void AddScalar<T>(int slot, T value, T defaultValue, bool force = false) where T : unmanaged, IEquatable<T>
    {
        if (!force && value.Equals(defaultValue)) return;
        Add(value);
        Slot(slot);
    }

    /// <summary>A bool field (one byte 0/1).</summary>
    public void AddBool(int slot, bool value, bool defaultValue = false) =>
        AddScalar<byte>(slot, value ? (byte)1 : (byte)0, defaultValue ? (byte)1 : (byte)0);

    /// <summary>A reference field (table, vector, string); a null offset is left out.</summary>
    public void AddOffset(int slot, FlatOffset target)
    {
        if (target.IsNull) return;
        AddUOffset(target);
        Slot(slot);
    }

    /// <summary>A struct field stored inline: its packed bytes, aligned to <paramref name="alignment"/>.</summary>
    public void AddStruct(int slot, ReadOnlySpan<byte> bytes, int alignment)
    {
        Prep(alignment, bytes.Length);
        _space -= bytes.Length;
        bytes.CopyTo(_buf.AsSpan(_space));
        Slot(slot);
    }

    /// <summary>A union field pair: the type tag in <paramref name="typeSlot"/>, the table in <paramref name="typeSlot"/> + 1 (NONE = 0 writes neither).</summary>
    public void AddUnion(int typeSlot, byte type, FlatOffset value)
    {
        if (type == 0) return;
        AddScalar<byte>(typeSlot, type, 0);
        AddOffset(typeSlot + 1, value);
    }

    /// <summary>Closes the open table: writes its vtable offset and either reuses an identical vtable or writes a new one.</summary>
    public FlatOffset EndTable()
    {
        if (_tableStart < 0) throw new InvalidOperationException("no open table");
        Add(0); // the table's soffset to its vtable, patched below
        _tableEmpty = false;
        int tableOffset = Offset;
        int used = _fieldCount;
        while (used > 0 && _fields[used - 1] == 0) used--;
        int vtableSize = 4 + 2 * used;
        int tableSize = tableOffset - _tableStart;
        if (tableSize > 0xFFFF) throw new FlatBufferException(-1, $"a table of {tableSize} bytes exceeds the 64 KiB a vtable can describe");
        Span<ushort> vt = stackalloc ushort[vtableSize / 2];
        vt[0] = (ushort)vtableSize;
        vt[1] = (ushort)tableSize;
        for (int i = 0; i < used; i++) vt[2 + i] = (ushort)(_fields[i] == 0 ? 0 : tableOffset - _fields[i]);

        int vtableOffset = FindVtable(vt);
        if (vtableOffset == 0)
        {
            Prep(2, vtableSize - 2);
            for (int i = vt.Length - 1; i >= 0; i--) PutRaw(vt[i]);
            vtableOffset = Offset;
            _vtables.Add(vtableOffset);
        }
        // vtable position = table position - soffset; positions are (size - offset-from-end).
        MemoryMarshal.Write(_buf.AsSpan(_buf.Length - tableOffset), vtableOffset - tableOffset);
        _tableStart = -1;
        return new FlatOffset(tableOffset);
    }

    /// <summary>The offset of an already written vtable with exactly these entries, or 0.</summary>
    private int FindVtable(ReadOnlySpan<ushort> vt)
    {
        var wanted = MemoryMarshal.AsBytes(vt);
        foreach (int candidate in _vtables)
        {
            if (ReadU16(candidate, 0) != vt[0]) continue;
            if (_buf.AsSpan(_buf.Length - candidate, wanted.Length).SequenceEqual(wanted)) return candidate;
        }
        return 0;
    }

    /// <summary>How many distinct vtables have been written (for tests of the deduplication).</summary>
    public int VtableCount => _vtables.Count;
}
