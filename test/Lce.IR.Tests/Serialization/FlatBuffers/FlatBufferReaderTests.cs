using System.Buffers.Binary;
using Lce.Serialization.FlatBuffers;

namespace Lce.Tests.Serialization.FlatBuffers;

/// <summary>Hand-damaged buffers: every bad offset or length is a <see cref="FlatBufferException"/> naming the byte.</summary>
public class FlatBufferReaderTests
{
    // root → table { 0: int 7, 1: string "hi", 2: [int] {1,2}, 3: table { 0: int 9 } }
    private static byte[] Sample()
    {
        var b = new FlatBufferBuilder();
        var s = b.CreateString("hi");
        var v = b.CreateVector<int>([1, 2]);
        b.StartTable(1);
        b.AddScalar(0, 9, 0);
        var child = b.EndTable();
        b.StartTable(4);
        b.AddScalar(0, 7, 0);
        b.AddOffset(1, s);
        b.AddOffset(2, v);
        b.AddOffset(3, child);
        b.Finish(b.EndTable(), "TFL3");
        return b.ToArray();
    }

    private static void ReadAll(byte[] bytes, string? id = "TFL3")
    {
        var t = FlatBufferReader.GetRoot(bytes, id);
        _ = t.Get(0, 0);
        _ = t.GetString(1);
        _ = t.GetVector<int>(2).ToArray();
        _ = t.GetTable(3)?.Get(0, 0);
    }

    [Fact]
    public void TheSampleReads()
    {
        var t = FlatBufferReader.GetRoot(Sample(), "TFL3");
        Assert.Equal(7, t.Get(0, 0));
        Assert.Equal("hi", t.GetString(1));
        Assert.Equal([1, 2], t.GetVector<int>(2).ToArray());
        Assert.Equal(9, t.GetTable(3)!.Value.Get(0, 0));
        Assert.False(t.GetVector<int>(5).IsPresent);
        Assert.Null(t.GetString(6));
    }

    [Fact]
    public void WrongOrMissingIdentifier()
    {
        var e = Assert.Throws<FlatBufferException>(() => ReadAll(Sample(), "TFL2"));
        Assert.Equal(4, e.Offset);
        Assert.Throws<FlatBufferException>(() => ReadAll([4, 0, 0], null));
    }

    [Fact]
    public void RootOffsetOutsideOrMisaligned()
    {
        var bytes = Sample();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, (uint)bytes.Length);
        Assert.Throws<FlatBufferException>(() => ReadAll(bytes));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, 0xFFFFFFFF);
        Assert.Throws<FlatBufferException>(() => ReadAll(bytes));
        bytes = Sample();
        bytes[0] += 2;
        Assert.Contains("aligned", Assert.Throws<FlatBufferException>(() => ReadAll(bytes)).Message);
    }

    [Fact]
    public void EveryOffsetFieldPointedOutsideIsRejected()
    {
        var clean = Sample();
        var root = FlatBufferReader.GetRoot(clean);
        foreach (int slot in new[] { 1, 2, 3 })
            foreach (uint bad in new[] { 0u, 0x7FFFFFFCu, 0xFFFFFFFCu, (uint)clean.Length })
            {
                var bytes = (byte[])clean.Clone();
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(root.FieldPosition(slot)), bad);
                Assert.Throws<FlatBufferException>(() => ReadAll(bytes));
            }
    }

    [Fact]
    public void VtableOffsetOutsideOrMalformed()
    {
        var clean = Sample();
        int table = FlatBufferReader.GetRoot(clean).Position;
        foreach (int bad in new[] { int.MinValue, int.MaxValue, table + 2, -clean.Length, 1 })
        {
            var bytes = (byte[])clean.Clone();
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(table), bad);
            Assert.Throws<FlatBufferException>(() => ReadAll(bytes));
        }
        // a vtable claiming more fields than the buffer holds, or an odd size
        int vtable = table - BinaryPrimitives.ReadInt32LittleEndian(clean.AsSpan(table));
        foreach (ushort size in new ushort[] { 0, 2, 5, 0xFFFE })
        {
            var bytes = (byte[])clean.Clone();
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(vtable), size);
            Assert.Throws<FlatBufferException>(() => ReadAll(bytes));
        }
    }

    [Fact]
    public void VectorLengthsAndStringTerminatorsAreChecked()
    {
        var clean = Sample();
        var root = FlatBufferReader.GetRoot(clean);
        int stringAt = root.FieldPosition(1) + BinaryPrimitives.ReadInt32LittleEndian(clean.AsSpan(root.FieldPosition(1)));
        int vectorAt = root.FieldPosition(2) + BinaryPrimitives.ReadInt32LittleEndian(clean.AsSpan(root.FieldPosition(2)));
        foreach (uint n in new[] { 100u, 0x40000000u, 0xFFFFFFFFu })
        {
            var bytes = (byte[])clean.Clone();
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(vectorAt), n);
            Assert.Throws<FlatBufferException>(() => ReadAll(bytes));
        }
        var unterminated = (byte[])clean.Clone();
        unterminated[stringAt + 4 + 2] = (byte)'!';
        Assert.Contains("NUL", Assert.Throws<FlatBufferException>(() => ReadAll(unterminated)).Message);
        var badUtf8 = (byte[])clean.Clone();
        badUtf8[stringAt + 4] = 0xC3;
        badUtf8[stringAt + 5] = 0x28;
        Assert.Contains("UTF-8", Assert.Throws<FlatBufferException>(() => ReadAll(badUtf8)).Message);
    }

    [Fact]
    public void AUnionTypeWithoutValueIsRejected()
    {
        var b = new FlatBufferBuilder();
        b.StartTable(2);
        b.AddScalar<byte>(0, 3, 0);
        b.Finish(b.EndTable());
        var t = FlatBufferReader.GetRoot(b.ToArray());
        Assert.Throws<FlatBufferException>(() => t.GetUnion(1));
    }

    [Fact]
    public void ViewsAreZeroCopy()
    {
        var bytes = Sample();
        var v = FlatBufferReader.GetRoot(bytes).GetVector<int>(2);
        bytes[FlatBufferReader.GetRoot(bytes).FieldPosition(2) + BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(FlatBufferReader.GetRoot(bytes).FieldPosition(2))) + 4] = 5;
        Assert.Equal(5, v[0]);
    }
}
