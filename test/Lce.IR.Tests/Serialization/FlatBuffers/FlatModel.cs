using Lce.Serialization.FlatBuffers;

namespace Lce.Tests.Serialization.FlatBuffers;

/// <summary>
/// A schema-less description of a table tree for the property tests: each field has a slot and a
/// kind, so the same description both builds a buffer and checks what the reader returns.
/// </summary>
public abstract record FlatField(int Slot);
public sealed record IntField(int Slot, int Value, int Default) : FlatField(Slot);
public sealed record LongField(int Slot, long Value) : FlatField(Slot);
public sealed record ByteField(int Slot, byte Value) : FlatField(Slot);
public sealed record DoubleField(int Slot, double Value) : FlatField(Slot);
public sealed record StringField(int Slot, byte[] Value) : FlatField(Slot);
public sealed record IntVectorField(int Slot, int[] Value) : FlatField(Slot);
public sealed record LongVectorField(int Slot, long[] Value) : FlatField(Slot);
public sealed record BytesField(int Slot, byte[] Value, int Alignment) : FlatField(Slot);
public sealed record StructField(int Slot, long A, short B) : FlatField(Slot);
public sealed record TableField(int Slot, FlatTableModel Value) : FlatField(Slot);
public sealed record TableVectorField(int Slot, FlatTableModel[] Value) : FlatField(Slot);
public sealed record StringVectorField(int Slot, byte[][] Value) : FlatField(Slot);
/// <summary>Takes two slots: the type tag in Slot, the table in Slot + 1.</summary>
public sealed record UnionField(int Slot, byte Type, FlatTableModel Value) : FlatField(Slot);

public sealed record FlatTableModel(int SlotCount, FlatField[] Fields)
{
    /// <summary>Writes the tree (children first) and returns the table's offset.</summary>
    public FlatOffset Build(FlatBufferBuilder b)
    {
        var refs = new Dictionary<int, FlatOffset>();
        foreach (var f in Fields)
            refs[f.Slot] = f switch
            {
                StringField s => b.CreateString(s.Value),
                IntVectorField v => b.CreateVector<int>(v.Value),
                LongVectorField v => b.CreateVector<long>(v.Value),
                BytesField v => b.CreateByteVector(v.Value, v.Alignment),
                TableField t => t.Value.Build(b),
                TableVectorField t => b.CreateOffsetVector(t.Value.Select(x => x.Build(b)).ToArray()),
                StringVectorField t => b.CreateOffsetVector(t.Value.Select(x => b.CreateString(x)).ToArray()),
                UnionField u => u.Value.Build(b),
                _ => FlatOffset.Null,
            };
        b.StartTable(SlotCount);
        foreach (var f in Fields)
            switch (f)
            {
                case IntField i: b.AddScalar(i.Slot, i.Value, i.Default); break;
                case LongField l: b.AddScalar(l.Slot, l.Value, 0L); break;
                case ByteField y: b.AddScalar(y.Slot, y.Value, (byte)0); break;
                case DoubleField d: b.AddScalar(d.Slot, d.Value, 0.0, force: true); break;
                case StructField s:
                    var bytes = new byte[16];
                    BitConverter.TryWriteBytes(bytes.AsSpan(0), s.A);
                    BitConverter.TryWriteBytes(bytes.AsSpan(8), s.B);
                    b.AddStruct(s.Slot, bytes, 8);
                    break;
                case UnionField u: b.AddUnion(u.Slot, u.Type, refs[u.Slot]); break;
                default: b.AddOffset(f.Slot, refs[f.Slot]); break;
            }
        return b.EndTable();
    }

    public byte[] Finish(string? identifier = "TEST")
    {
        var b = new FlatBufferBuilder(16);
        b.Finish(Build(b), identifier);
        return b.ToArray();
    }

    /// <summary>Reads every field back through the reader and asserts it equals the model.</summary>
    public void Check(FlatTable t)
    {
        var bySlot = Fields.ToDictionary(f => f.Slot);
        foreach (var f in Fields)
            switch (f)
            {
                case IntField i: Equal(i.Value, t.Get(i.Slot, i.Default)); break;
                case LongField l: Equal(l.Value, t.Get(l.Slot, 0L)); break;
                case ByteField y: Equal(y.Value, t.Get(y.Slot, (byte)0)); break;
                case DoubleField d: Equal(BitConverter.DoubleToInt64Bits(d.Value), BitConverter.DoubleToInt64Bits(t.Get(d.Slot, 1.5))); break;
                case StringField s: Bytes(s.Value, t.GetStringBytes(s.Slot)!.Value.Span); break;
                case IntVectorField v: Bytes(v.Value, t.GetVector<int>(v.Slot).Span); break;
                case LongVectorField v:
                    var lv = t.GetVector<long>(v.Slot);
                    Bytes(v.Value, lv.Span);
                    if ((lv.Bytes.Length > 0) && OffsetOf(t, lv.Bytes) % 8 != 0) throw new InvalidOperationException("long vector misaligned");
                    break;
                case BytesField v:
                    var bv = t.GetVector<byte>(v.Slot);
                    Bytes(v.Value, bv.Span);
                    if (v.Value.Length > 0 && OffsetOf(t, bv.Bytes) % v.Alignment != 0) throw new InvalidOperationException("byte vector misaligned");
                    break;
                case StructField s:
                    var st = t.GetStruct(s.Slot, 16, 8) ?? throw new InvalidOperationException("struct missing");
                    Equal(s.A, BitConverter.ToInt64(st.Span));
                    Equal(s.B, BitConverter.ToInt16(st.Span[8..]));
                    break;
                case TableField tf: tf.Value.Check(t.GetTable(tf.Slot)!.Value); break;
                case TableVectorField tv:
                    var vec = t.GetTableVector(tv.Slot);
                    Equal(tv.Value.Length, vec.Length);
                    for (int k = 0; k < vec.Length; k++) tv.Value[k].Check(vec[k]);
                    break;
                case StringVectorField sv:
                    var svec = t.GetTableVector(sv.Slot);
                    Equal(sv.Value.Length, svec.Length);
                    for (int k = 0; k < svec.Length; k++) Bytes(sv.Value[k], svec.StringBytesAt(k).Span);
                    break;
                case UnionField u:
                    var (type, value) = t.GetUnion(u.Slot + 1);
                    Equal(u.Type, type);
                    u.Value.Check(value!.Value);
                    break;
            }
        for (int s = 0; s < SlotCount + 2; s++)
            if (!bySlot.ContainsKey(s) && !(bySlot.TryGetValue(s - 1, out var prev) && prev is UnionField))
                Equal(-7, t.Get(s, -7)); // absent and out-of-range slots read their default
    }

    private static int OffsetOf(FlatTable t, ReadOnlyMemory<byte> slice) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(slice, out var seg) ? seg.Offset : throw new InvalidOperationException();

    private static void Equal<T>(T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual)) throw new InvalidOperationException($"expected {expected}, read {actual}");
    }

    private static void Bytes<T>(T[] expected, ReadOnlySpan<T> actual) where T : unmanaged, IEquatable<T>
    {
        if (!actual.SequenceEqual(expected)) throw new InvalidOperationException($"expected [{string.Join(",", expected)}], read [{string.Join(",", actual.ToArray())}]");
    }
}
