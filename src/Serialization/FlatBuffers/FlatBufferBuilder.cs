using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Lce.Serialization.FlatBuffers;

/// <summary>
/// Writes a FlatBuffer back to front, as the reference builders do: children before parents, so
/// every reference is an unsigned offset forward. Tables get vtables, deduplicated against every
/// vtable written before; scalars, vectors and strings are aligned relative to the buffer's end,
/// and <see cref="Finish"/> pads the front so they are aligned from the start as well.
/// Padding written before any data would sit after the last object and is dropped from the
/// output: positions from the start do not depend on it, and so every byte of a finished buffer
/// belongs to some object (a truncation always cuts one). Little-endian hosts only.
/// </summary>
public sealed partial class FlatBufferBuilder
{
    /// <summary>FlatBuffers' offsets are 32-bit signed: no buffer may reach 2 GiB.</summary>
    public const long MaxSize = int.MaxValue;

    private byte[] _buf;
    private int _space;             // index of the first written byte in _buf
    private int _minAlign = 1;
    private int _trailingPad;       // padding written before any data (dropped from the output)
    private bool _finished;
    private readonly List<(int OffsetFromEnd, ReadOnlyMemory<byte> Data)> _external = []; // data not yet in _buf

    public FlatBufferBuilder(int initialCapacity = 1024)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("FlatBufferBuilder needs a little-endian host");
        // Every byte that reaches the output is written (data, padding, tables), so the buffer
        // need not be zeroed first: for a 100 MB model that saves a pass over the memory.
        _buf = GC.AllocateUninitializedArray<byte>(Math.Max(16, initialCapacity));
        _space = _buf.Length;
    }

    /// <summary>Bytes written so far (the offset of the next object from the end).</summary>
    public int Offset => _buf.Length - _space;

    /// <summary>Makes room for <paramref name="additional"/> more bytes in front of the written ones (one copy per doubling).</summary>
    private void Reserve(long additional)
    {
        if (_space >= additional) return;
        long needed = Offset + additional;
        if (needed > Math.Min(MaxSize, Array.MaxLength))
            throw new FlatBufferException(-1, $"the FlatBuffer would exceed the 2 GB limit of the format ({needed} bytes)");
        long size = Math.Max(needed, Math.Min((long)_buf.Length * 2, Array.MaxLength));
        var bigger = GC.AllocateUninitializedArray<byte>((int)size);
        int used = Offset;
        _buf.AsSpan(_space, used).CopyTo(bigger.AsSpan((int)size - used));
        _space = (int)size - used;
        _buf = bigger;
    }

    /// <summary>
    /// Pads so that after writing <paramref name="additional"/> bytes the next <paramref name="size"/>-byte
    /// value is aligned, and makes room for both.
    /// </summary>
    public void Prep(int size, int additional)
    {
        if (_finished) throw new InvalidOperationException("the buffer is finished");
        if (size > _minAlign) _minAlign = size;
        int pad = (int)((~((uint)Offset + (uint)additional) + 1) & (uint)(size - 1));
        Reserve((long)pad + additional + size);
        if (pad > 0)
        {
            if (Offset == _trailingPad) _trailingPad += pad;
            _space -= pad;
            _buf.AsSpan(_space, pad).Clear();
        }
        // A table's size starts at its first field, not at the padding before it, so tables of the
        // same shape get the same vtable whatever the alignment phase they start in.
        if (_tableStart >= 0 && _tableEmpty) _tableStart = Offset;
    }

    /// <summary>Writes a scalar at the head without alignment (the caller prepped).</summary>
    private void PutRaw<T>(T value) where T : unmanaged
    {
        _space -= Marshal.SizeOf<T>();
        MemoryMarshal.Write(_buf.AsSpan(_space), in value);
    }

    /// <summary>Writes an aligned scalar at the head (used for struct fields and vector elements).</summary>
    public void Add<T>(T value) where T : unmanaged
    {
        int size = Marshal.SizeOf<T>();
        Prep(size, 0);
        PutRaw(value);
    }

    /// <summary>Writes a reference to an object already in the buffer; returns its own offset.</summary>
    public int AddUOffset(FlatOffset target)
    {
        Prep(4, 0);
        if (target.Value > Offset) throw new ArgumentException("offset refers to an object not yet written");
        PutRaw((uint)(Offset - target.Value + 4));
        return Offset;
    }

    /// <summary>A UTF-8 string (length, bytes, NUL terminator).</summary>
    public FlatOffset CreateString(string s)
    {
        int n = Encoding.UTF8.GetByteCount(s);
        Prep(4, n + 1);
        _space -= n + 1;
        Encoding.UTF8.GetBytes(s, _buf.AsSpan(_space, n));
        _buf[_space + n] = 0;
        PutRaw((uint)n);
        return new FlatOffset(Offset);
    }

    /// <summary>A string from raw bytes (written as given; readers decide whether they must be UTF-8).</summary>
    public FlatOffset CreateString(ReadOnlySpan<byte> bytes)
    {
        Prep(4, bytes.Length + 1);
        _space -= bytes.Length + 1;
        bytes.CopyTo(_buf.AsSpan(_space));
        _buf[_space + bytes.Length] = 0;
        PutRaw((uint)bytes.Length);
        return new FlatOffset(Offset);
    }

    /// <summary>
    /// Reserves a vector of <paramref name="count"/> elements of <paramref name="elementSize"/> bytes whose data
    /// starts aligned to <paramref name="alignment"/> (at least the element size); the caller fills the
    /// returned span (zeroed) before writing anything else.
    /// </summary>
    public Span<byte> ReserveVector(int elementSize, int count, int alignment, out FlatOffset vector)
    {
        var data = ReserveVectorUncleared(elementSize, count, alignment, out vector);
        data.Clear();
        return data;
    }

    /// <summary>As <see cref="ReserveVector"/>, for callers that overwrite every byte at once.</summary>
    private Span<byte> ReserveVectorUncleared(int elementSize, int count, int alignment, out FlatOffset vector)
    {
        long bytes = (long)elementSize * count;
        if (bytes > MaxSize) throw new FlatBufferException(-1, $"a vector of {bytes} bytes exceeds the 2 GB limit of the format");
        int n = (int)bytes;
        Prep(4, n);
        Prep(Math.Max(alignment, elementSize), n);
        _space -= n;
        var data = _buf.AsSpan(_space, n);
        PutRaw((uint)count);
        vector = new FlatOffset(Offset);
        return data;
    }

    /// <summary>A vector of scalars (or of structs given as their packed bytes, with <paramref name="alignment"/>).</summary>
    public FlatOffset CreateVector<T>(ReadOnlySpan<T> items, int alignment = 1) where T : unmanaged
    {
        var data = ReserveVectorUncleared(Marshal.SizeOf<T>(), items.Length, alignment, out var v);
        MemoryMarshal.AsBytes(items).CopyTo(data);
        return v;
    }

    /// <summary>A vector of bytes with the data aligned to <paramref name="alignment"/> (TFLite aligns buffers to 16).</summary>
    public FlatOffset CreateByteVector(ReadOnlySpan<byte> bytes, int alignment = 1) => CreateVector(bytes, alignment);

    /// <summary>
    /// A byte vector whose data is not copied into the builder: its space is reserved, and
    /// <see cref="WriteTo"/> writes <paramref name="data"/> straight from where it is (for big
    /// constant buffers). The spans and <see cref="ToArray"/> copy it in once, on first use.
    /// <paramref name="data"/> must not change until the buffer is written.
    /// </summary>
    public FlatOffset CreateExternalByteVector(ReadOnlyMemory<byte> data, int alignment = 1)
    {
        ReserveVectorUncleared(1, data.Length, alignment, out var v);
        if (data.Length > 0) _external.Add((v.Value - 4, data));
        return v;
    }

    /// <summary>A vector of references (tables or strings), in the given order.</summary>
    public FlatOffset CreateOffsetVector(ReadOnlySpan<FlatOffset> items)
    {
        Prep(4, 4 * items.Length);
        for (int i = items.Length - 1; i >= 0; i--) AddUOffset(items[i]);
        Prep(4, 0);
        PutRaw((uint)items.Length);
        return new FlatOffset(Offset);
    }

    /// <summary>Writes the root reference (and the 4-byte file identifier, if given) at the front.</summary>
    public void Finish(FlatOffset root, string? fileIdentifier = null)
    {
        if (_tableStart >= 0) throw new InvalidOperationException("a table is still open");
        if (fileIdentifier is not null && (fileIdentifier.Length != 4 || Encoding.UTF8.GetByteCount(fileIdentifier) != 4))
            throw new ArgumentException("a file identifier has exactly 4 bytes", nameof(fileIdentifier));
        Prep(_minAlign, 4 + (fileIdentifier is null ? 0 : 4));
        if (fileIdentifier is not null)
        {
            _space -= 4;
            Encoding.UTF8.GetBytes(fileIdentifier, _buf.AsSpan(_space, 4));
        }
        AddUOffset(root);
        _finished = true;
    }

    /// <summary>The finished buffer (external vectors copied in on first use; valid until the builder is dropped).</summary>
    public ReadOnlySpan<byte> FinishedSpan => Materialized().AsSpan(_space, Offset - _trailingPad);

    /// <summary>The finished buffer as memory (external vectors copied in on first use).</summary>
    public ReadOnlyMemory<byte> FinishedMemory => Materialized().AsMemory(_space, Offset - _trailingPad);

    /// <summary>A copy of the finished buffer.</summary>
    public byte[] ToArray() => FinishedSpan.ToArray();

    /// <summary>Writes the finished buffer to a stream: the builder's bytes and external vectors from their own memory, in file order.</summary>
    public void WriteTo(Stream stream)
    {
        var buf = Finished();
        int end = _buf.Length - _trailingPad;
        int at = _space;
        foreach (var (offsetFromEnd, data) in _external.OrderByDescending(e => e.OffsetFromEnd))
        {
            int start = _buf.Length - offsetFromEnd;
            stream.Write(buf, at, start - at);
            stream.Write(data.Span);
            at = start + data.Length;
        }
        stream.Write(buf, at, end - at);
    }

    private byte[] Finished() => _finished ? _buf : throw new InvalidOperationException("call Finish first");

    private byte[] Materialized()
    {
        var buf = Finished();
        foreach (var (offsetFromEnd, data) in _external) data.Span.CopyTo(buf.AsSpan(buf.Length - offsetFromEnd));
        _external.Clear();
        return buf;
    }

    /// <summary>Reads back a little-endian u16 at an offset from the end (vtable comparison).</summary>
    private ushort ReadU16(int offsetFromEnd, int at) => BinaryPrimitives.ReadUInt16LittleEndian(_buf.AsSpan(_buf.Length - offsetFromEnd + at));
}
