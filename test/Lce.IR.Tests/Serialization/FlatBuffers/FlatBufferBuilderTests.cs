using Lce.Serialization.FlatBuffers;

namespace Lce.Tests.Serialization.FlatBuffers;

public class FlatBufferBuilderTests
{
    [Fact]
    public void OneIntFieldTableHasTheReferenceLayout()
    {
        var b = new FlatBufferBuilder();
        b.StartTable(1);
        b.AddScalar(0, 42, 0);
        b.Finish(b.EndTable(), "TEST");
        byte[] expected =
        [
            16, 0, 0, 0,            // root: the table at 16
            (byte)'T', (byte)'E', (byte)'S', (byte)'T',
            0, 0,                   // padding so the table is 4-aligned
            6, 0, 8, 0, 4, 0,       // vtable at 10: 6 bytes, table of 8 bytes, field 0 at +4
            6, 0, 0, 0,             // table: vtable at 16 - 6
            42, 0, 0, 0,
        ];
        Assert.Equal(expected, b.ToArray());
    }

    [Fact]
    public void DefaultsAreLeftOutUnlessForced()
    {
        var b = new FlatBufferBuilder();
        b.StartTable(3);
        b.AddScalar(0, 1, 1);
        b.AddScalar(1, 0f, 0f, force: true);
        b.AddBool(2, false);
        b.Finish(b.EndTable());
        var t = FlatBufferReader.GetRoot(b.ToArray());
        Assert.False(t.Has(0));
        Assert.True(t.Has(1));
        Assert.False(t.Has(2));
        Assert.Equal(2, t.SlotCount); // trailing absent slots are trimmed from the vtable
        Assert.Equal(1, t.Get(0, 1));
    }

    [Fact]
    public void TablesWithTheSameShapeShareAVtableAndOthersDoNot()
    {
        var b = new FlatBufferBuilder();
        FlatOffset Make(int v, bool extra)
        {
            b.StartTable(2);
            b.AddScalar(0, v, 0);
            if (extra) b.AddScalar(1, v, 0);
            return b.EndTable();
        }
        var offsets = new[] { Make(1, false), Make(2, false), Make(3, true), Make(4, false), Make(5, true) };
        Assert.Equal(2, b.VtableCount);
        b.Finish(b.CreateOffsetVector(offsets) is var v ? WrapVector(b, v) : default);
        var root = FlatBufferReader.GetRoot(b.ToArray());
        var tables = root.GetTableVector(0);
        Assert.Equal([1, 2, 3, 4, 5], Enumerable.Range(0, 5).Select(i => tables[i].Get(0, 0)));
        Assert.Equal(3, tables[2].Get(1, 0));
        Assert.False(tables[3].Has(1));
    }

    private static FlatOffset WrapVector(FlatBufferBuilder b, FlatOffset v)
    {
        b.StartTable(1);
        b.AddOffset(0, v);
        return b.EndTable();
    }

    [Fact]
    public void ForcedAlignmentHoldsFromTheBufferStart()
    {
        for (int pre = 0; pre < 20; pre++)
        {
            var b = new FlatBufferBuilder(16);
            var data = b.CreateByteVector(Enumerable.Range(0, 5 + pre).Select(i => (byte)i).ToArray(), 16);
            var s = b.CreateString(new string('x', pre));
            var longs = b.CreateVector<long>([1, -2, 3]);
            b.StartTable(3);
            b.AddOffset(0, data);
            b.AddOffset(1, s);
            b.AddOffset(2, longs);
            b.Finish(b.EndTable(), "TFL3");
            var bytes = b.ToArray();
            var t = FlatBufferReader.GetRoot(bytes, "TFL3");
            var dv = t.GetVector<byte>(0);
            Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(dv.Bytes, out var seg));
            Assert.Equal(0, seg.Offset % 16);
            Assert.Equal(5 + pre, dv.Length);
            Assert.Equal(new string('x', pre), t.GetString(1));
            Assert.Equal([1L, -2, 3], t.GetVector<long>(2).ToArray());
        }
    }

    [Fact]
    public void PaddingBeforeTheFirstObjectIsNotOutput()
    {
        var b = new FlatBufferBuilder();
        var v = b.CreateByteVector([1, 2, 3], 16); // 13 bytes of padding would follow the data
        b.Finish(WrapVector(b, v));
        var bytes = b.ToArray();
        Assert.Equal(3, bytes[^1]);
        Assert.Equal([1, 2, 3], FlatBufferReader.GetRoot(bytes).GetVector<byte>(0).ToArray());
    }

    [Fact]
    public void BuffersOverTwoGigabytesAreRefusedBeforeAllocating()
    {
        var b = new FlatBufferBuilder();
        var e = Assert.Throws<FlatBufferException>(() => b.ReserveVector(1, int.MaxValue, 16, out _));
        Assert.Contains("2 GB", e.Message);
        Assert.Throws<FlatBufferException>(() => b.ReserveVector(8, int.MaxValue / 4, 8, out _));
    }

    [Fact]
    public void MisuseIsAnArgumentOrStateError()
    {
        var b = new FlatBufferBuilder();
        Assert.Throws<InvalidOperationException>(() => b.AddScalar(0, 1, 0));
        b.StartTable(1);
        Assert.Throws<InvalidOperationException>(() => b.StartTable(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddScalar(1, 1, 0));
        Assert.Throws<InvalidOperationException>(() => b.Finish(default));
        var t = b.EndTable();
        Assert.Throws<ArgumentException>(() => b.Finish(t, "TOOLONG"));
        Assert.Throws<InvalidOperationException>(() => b.ToArray());
    }

    [Fact]
    public void ExternalVectorsWriteTheSameBytesAsCopiedOnes()
    {
        var r = new Random(5);
        for (int round = 0; round < 50; round++)
        {
            var blobs = Enumerable.Range(0, r.Next(1, 5)).Select(_ => { var d = new byte[r.Next(0, 100)]; r.NextBytes(d); return d; }).ToArray();
            byte[] Build(bool external, out FlatBufferBuilder builder)
            {
                var b = new FlatBufferBuilder(8);
                var offsets = blobs.Select(d => external ? b.CreateExternalByteVector(d, 16) : b.CreateByteVector(d, 16)).ToArray();
                var name = b.CreateString("after");
                var vec = b.CreateOffsetVector(offsets);
                b.StartTable(2);
                b.AddOffset(0, vec);
                b.AddOffset(1, name);
                b.Finish(b.EndTable(), "TFL3");
                builder = b;
                var stream = new MemoryStream();
                b.WriteTo(stream);
                return stream.ToArray();
            }
            var copied = Build(false, out _);
            var streamed = Build(true, out var externalBuilder);
            Assert.Equal(copied, streamed);
            Assert.Equal(copied, externalBuilder.ToArray()); // materialized in place
            Assert.Equal(copied, externalBuilder.ToArray());
        }
    }
}
