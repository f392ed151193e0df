using System.Text;

namespace Lce.Serialization.FlexBuffers;

/// <summary>
/// Builds a FlexBuffer front to back with the semantics of the C++ <c>flexbuffers::Builder</c>
/// of flatbuffers 2.0 to 25.x (TensorFlow 2.16, which LCE builds with, pins 23.5.26; the builder
/// behaves the same throughout that range), so that the same calls give the same bytes. Values are pushed on a stack; <c>End*</c> calls turn the values of a
/// vector or map into one offset value, and <see cref="Finish"/> writes the single remaining root.
/// Misuse that C++ only asserts on (unbalanced maps, mixed typed vectors, duplicate keys, a second
/// root) throws <see cref="InvalidOperationException"/> here.
/// </summary>
/// <example>
/// <code>
/// var b = new FlexBufferBuilder();
/// int map = b.StartMap();
/// b.Int("stride_width", 1);
/// b.Int("padding", 1);
/// b.EndMap(map);
/// b.Finish();
/// byte[] bytes = b.GetBuffer();
/// </code>
/// </example>
public sealed partial class FlexBufferBuilder
{
    private readonly ByteSink _buf;
    private readonly List<FlexValue> _stack = [];
    private readonly Dictionary<byte[], int> _keyPool = new(ByteStringComparer.Instance);
    private readonly Dictionary<byte[], FlexValue> _stringPool = new(ByteStringComparer.Instance);
    private BitWidth _forceMinBitWidth = BitWidth.Width8;
    private bool _finished;

    public FlexBufferBuilder(FlexBufferBuilderFlags flags = FlexBufferBuilderFlags.ShareKeys, int initialCapacity = 256)
    {
        Flags = flags;
        _buf = new ByteSink(initialCapacity);
    }

    public FlexBufferBuilderFlags Flags { get; }

    /// <summary>
    /// Reproduce C++ builders before flatbuffers 2.0 (the March 2020 fix) and the JavaScript port,
    /// which size an element's offset by its absolute index in the value stack rather than its
    /// index from the start of its vector. Off by default (current C++ behaviour).
    /// </summary>
    public bool LegacyElementIndexing { get; init; }

    /// <summary>Bytes written so far (unfinished vectors and maps are not included).</summary>
    public int Size => _buf.Size;

    /// <summary>Whether <see cref="Finish"/> has run.</summary>
    public bool IsFinished => _finished;

    /// <summary>Forgets everything written, including the pools; the flags stay.</summary>
    public void Clear()
    {
        _buf.Clear();
        _stack.Clear();
        _keyPool.Clear();
        _stringPool.Clear();
        _forceMinBitWidth = BitWidth.Width8;
        _finished = false;
    }

    /// <summary>
    /// Makes every later vector and map at least this wide (so values can be patched in place);
    /// call with no argument to reset.
    /// </summary>
    public void ForceMinimumBitWidth(BitWidth width = BitWidth.Width8) => _forceMinBitWidth = width;

    // ------------------------------------------------------------------ scalars

    public void Null() => Push(new FlexValue(0, FlexBufferType.Null, BitWidth.Width8));
    public void Null(string key) { Key(key); Null(); }

    public void Int(long value) => Push(new FlexValue(unchecked((ulong)value), FlexBufferType.Int, BitWidths.OfSigned(value)));
    public void Int(string key, long value) { Key(key); Int(value); }

    public void UInt(ulong value) => Push(new FlexValue(value, FlexBufferType.UInt, BitWidths.OfUnsigned(value)));
    public void UInt(string key, ulong value) { Key(key); UInt(value); }

    /// <summary>A float: always at least 32 bits wide.</summary>
    public void Float(float value) =>
        Push(new FlexValue(BitConverter.DoubleToUInt64Bits(value), FlexBufferType.Float, BitWidth.Width32));
    public void Float(string key, float value) { Key(key); Float(value); }

    /// <summary>A double: 32 bits wide when it is exactly a float, else 64.</summary>
    public void Double(double value) =>
        Push(new FlexValue(BitConverter.DoubleToUInt64Bits(value), FlexBufferType.Float, BitWidths.OfDouble(value)));
    public void Double(string key, double value) { Key(key); Double(value); }

    public void Bool(bool value) => Push(new FlexValue(value ? 1UL : 0UL, FlexBufferType.Bool, BitWidth.Width8));
    public void Bool(string key, bool value) { Key(key); Bool(value); }

    // --------------------------------------------------------- indirect scalars

    /// <summary>An int written out of line at its own width; the parent holds an offset to it.</summary>
    public void IndirectInt(long value) =>
        PushIndirect(unchecked((ulong)value), FlexBufferType.IndirectInt, BitWidths.OfSigned(value));
    public void IndirectInt(string key, long value) { Key(key); IndirectInt(value); }

    public void IndirectUInt(ulong value) => PushIndirect(value, FlexBufferType.IndirectUInt, BitWidths.OfUnsigned(value));
    public void IndirectUInt(string key, ulong value) { Key(key); IndirectUInt(value); }

    public void IndirectFloat(float value) =>
        PushIndirect(BitConverter.SingleToUInt32Bits(value), FlexBufferType.IndirectFloat, BitWidth.Width32);
    public void IndirectFloat(string key, float value) { Key(key); IndirectFloat(value); }

    /// <summary>
    /// A double written out of line, as a float when it is exactly one. (C++ 23.5.26 writes the low
    /// half of the double's bits in that case, which reads back as garbage; this writes the float.)
    /// </summary>
    public void IndirectDouble(double value)
    {
        var width = BitWidths.OfDouble(value);
        ulong bits = width == BitWidth.Width32 ? BitConverter.SingleToUInt32Bits((float)value) : BitConverter.DoubleToUInt64Bits(value);
        PushIndirect(bits, FlexBufferType.IndirectFloat, width);
    }
    public void IndirectDouble(string key, double value) { Key(key); IndirectDouble(value); }

    private void PushIndirect(ulong bits, FlexBufferType type, BitWidth width)
    {
        EnsureOpen();
        int byteWidth = Align(width);
        int position = _buf.Size;
        _buf.AppendUInt(bits, byteWidth);
        Push(new FlexValue((ulong)position, type, width));
    }

    // ------------------------------------------------------- keys, strings, blobs

    /// <summary>
    /// Pushes a map key (UTF-8, NUL-terminated, no length, never aligned) and returns its position.
    /// With <see cref="FlexBufferBuilderFlags.ShareKeys"/> a key written before is referenced again.
    /// </summary>
    public int Key(string key) => Key(Encoding.UTF8.GetBytes(key));

    /// <inheritdoc cref="Key(string)"/>
    public int Key(ReadOnlySpan<byte> utf8)
    {
        EnsureOpen();
        if (utf8.Contains((byte)0)) throw new ArgumentException("a FlexBuffers key cannot contain a NUL byte", nameof(utf8));
        byte[]? pooled = null;
        if ((Flags & FlexBufferBuilderFlags.ShareKeys) != 0)
        {
            pooled = utf8.ToArray();
            if (_keyPool.TryGetValue(pooled, out int existing))
            {
                Push(new FlexValue((ulong)existing, FlexBufferType.Key, BitWidth.Width8));
                return existing;
            }
        }
        int position = _buf.Size;
        _buf.Append(utf8);
        _buf.Append(0);
        if (pooled is not null) _keyPool.Add(pooled, position);
        Push(new FlexValue((ulong)position, FlexBufferType.Key, BitWidth.Width8));
        return position;
    }

    /// <summary>
    /// Pushes a string: its length at the length's own width (aligned), the UTF-8 bytes and a NUL.
    /// Returns the position of the first byte. With <see cref="FlexBufferBuilderFlags.ShareStrings"/>
    /// an earlier string with the same bytes is referenced instead.
    /// </summary>
    public int String(string value) => String(Encoding.UTF8.GetBytes(value));
    public int String(string key, string value) { Key(key); return String(value); }

    /// <inheritdoc cref="String(string)"/>
    public int String(ReadOnlySpan<byte> utf8)
    {
        EnsureOpen();
        bool share = (Flags & FlexBufferBuilderFlags.ShareStrings) != 0;
        byte[]? pooled = share ? utf8.ToArray() : null;
        if (pooled is not null && _stringPool.TryGetValue(pooled, out var existing))
        {
            Push(existing);
            return existing.Position;
        }
        var value = WriteSized(utf8, FlexBufferType.String, trailingNul: true);
        if (pooled is not null) _stringPool.Add(pooled, value);
        return value.Position;
    }

    /// <summary>Pushes a blob: its length at the length's own width (aligned), then the bytes.</summary>
    public int Blob(ReadOnlySpan<byte> data)
    {
        EnsureOpen();
        return WriteSized(data, FlexBufferType.Blob, trailingNul: false).Position;
    }
    public int Blob(string key, ReadOnlySpan<byte> data) { Key(key); return Blob(data); }

    private FlexValue WriteSized(ReadOnlySpan<byte> data, FlexBufferType type, bool trailingNul)
    {
        var width = BitWidths.OfUnsigned((ulong)data.Length);
        int byteWidth = Align(width);
        _buf.AppendUInt((ulong)data.Length, byteWidth);
        int position = _buf.Size;
        _buf.Append(data);
        if (trailingNul) _buf.Append(0);
        var value = new FlexValue((ulong)position, type, width);
        Push(value);
        return value;
    }

    // ------------------------------------------------------------ reuse, finish

    /// <summary>The value pushed last (with or without a key), to reference it again later.</summary>
    public FlexValue LastValue() =>
        _stack.Count > 0 ? _stack[^1] : throw new InvalidOperationException("no value has been pushed");

    /// <summary>Pushes a value obtained from <see cref="LastValue"/> again (an offset value is shared, not copied).</summary>
    public void ReuseValue(FlexValue value) => Push(value);
    public void ReuseValue(string key, FlexValue value) { Key(key); ReuseValue(value); }

    /// <summary>
    /// Writes the root: aligned to the width its offset (or scalar) needs, then its packed type and
    /// that width as the last two bytes. Exactly one value must be on the stack.
    /// </summary>
    public void Finish()
    {
        EnsureOpen();
        if (_stack.Count != 1)
            throw new InvalidOperationException($"Finish needs exactly one root value, the stack holds {_stack.Count} (unclosed vector or map, or several values)");
        var root = _stack[0];
        int byteWidth = Align(root.ElementWidth(_buf.Size, 0));
        WriteAny(root, byteWidth);
        _buf.Append(root.StoredPackedType(BitWidth.Width8));
        _buf.Append((byte)byteWidth);
        _finished = true;
    }

    /// <summary>A copy of the finished buffer.</summary>
    public byte[] GetBuffer() =>
        _finished ? _buf.ToArray() : throw new InvalidOperationException("call Finish before GetBuffer");

    // ------------------------------------------------------------------ helpers

    private void Push(FlexValue value)
    {
        EnsureOpen();
        _stack.Add(value);
    }

    private void EnsureOpen()
    {
        if (_finished) throw new InvalidOperationException("the buffer is finished; call Clear to build another");
    }

    /// <summary>Pads with zeros to a multiple of the width and returns it in bytes.</summary>
    private int Align(BitWidth width)
    {
        int byteWidth = width.ByteWidth();
        _buf.AppendZeros(BitWidths.PaddingBytes(_buf.Size, byteWidth));
        return byteWidth;
    }

    /// <summary>A value in a slot of <paramref name="byteWidth"/> bytes: scalars widened, offsets relative to the slot.</summary>
    private void WriteAny(FlexValue value, int byteWidth)
    {
        switch (value.Type)
        {
            case FlexBufferType.Null:
            case FlexBufferType.Int:
            case FlexBufferType.UInt:
            case FlexBufferType.Bool:
                // Int bits are sign-extended already; truncation to the slot keeps the value.
                _buf.AppendUInt(value.Bits, byteWidth);
                break;
            case FlexBufferType.Float:
                _buf.AppendFloat(value.Double, byteWidth);
                break;
            default:
                WriteOffset(value.Position, byteWidth);
                break;
        }
    }

    private void WriteOffset(long target, int byteWidth)
    {
        ulong relative = (ulong)(_buf.Size - target);
        if (byteWidth < 8 && relative >> (byteWidth * 8) != 0)
            throw new InvalidOperationException($"internal error: offset {relative} does not fit {byteWidth} bytes");
        _buf.AppendUInt(relative, byteWidth);
    }
}
