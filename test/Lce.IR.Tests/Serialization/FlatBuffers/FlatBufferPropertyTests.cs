using FsCheck;
using FsCheck.Fluent;
using Lce.Serialization.FlatBuffers;

namespace Lce.Tests.Serialization.FlatBuffers;

/// <summary>Round trips of random table trees and the reader's behaviour on damaged copies.</summary>
public class FlatBufferPropertyTests
{
    [Fact]
    public void RandomTreesRoundTrip() =>
        Prop.ForAll(FlatSeed.Arb, s =>
        {
            var model = s.Model();
            var bytes = model.Finish();
            model.Check(FlatBufferReader.GetRoot(bytes, "TEST"));
            return true;
        }).Check(FlatSeed.Cases(300));

    [Fact]
    public void EveryTruncationIsRejected() =>
        Prop.ForAll(FlatSeed.Arb, s =>
        {
            var model = s.Model();
            var bytes = model.Finish();
            if (bytes.Length > 4096) return true;
            for (int n = 0; n < bytes.Length; n++)
            {
                var cut = bytes[..n];
                try
                {
                    model.Check(FlatBufferReader.GetRoot(cut, "TEST"));
                }
                catch (FlatBufferException)
                {
                    continue;
                }
                throw new InvalidOperationException($"truncation to {n} of {bytes.Length} bytes was read without error");
            }
            return true;
        }).Check(FlatSeed.Cases(150));

    [Fact]
    public void DamagedBuffersOnlyRaiseTheFormatException() =>
        Prop.ForAll(FlatSeed.Arb, s =>
        {
            var model = s.Model();
            var bytes = model.Finish();
            var r = new Random(s.Seed);
            for (int attempt = 0; attempt < 16; attempt++)
            {
                var damaged = (byte[])bytes.Clone();
                int flips = 1 + r.Next(4);
                for (int k = 0; k < flips; k++)
                {
                    int at = r.Next(damaged.Length);
                    damaged[at] = r.Next(3) switch { 0 => (byte)r.Next(256), 1 => 0xFF, _ => (byte)(damaged[at] ^ (1 << r.Next(8))) };
                }
                try
                {
                    // The model's checks may fail with their own exception on different values;
                    // anything else from the reader must be a FlatBufferException.
                    model.Check(FlatBufferReader.GetRoot(damaged, "TEST"));
                }
                catch (FlatBufferException) { }
                catch (InvalidOperationException) { }
            }
            return true;
        }).Check(FlatSeed.Cases(200));

    [Fact]
    public void NoVtableIsWrittenTwice() =>
        Prop.ForAll(FlatSeed.Arb, s =>
        {
            var model = s.Model();
            var b = new FlatBufferBuilder();
            var first = model.Build(b);
            var second = model.Build(b);
            b.StartTable(2);
            b.AddOffset(0, first);
            b.AddOffset(1, second);
            b.Finish(b.EndTable());
            var bytes = b.ToArray();
            var root = FlatBufferReader.GetRoot(bytes);
            model.Check(root.GetTable(0)!.Value);
            model.Check(root.GetTable(1)!.Value);
            // Every table of the tree, by vtable content: equal contents must be one vtable.
            var byContent = new Dictionary<string, int>();
            var tables = new List<FlatTable> { root };
            CollectTables(model, root.GetTable(0)!.Value, tables);
            CollectTables(model, root.GetTable(1)!.Value, tables);
            foreach (var t in tables)
            {
                int size = BitConverter.ToUInt16(bytes, t.VtablePosition);
                string key = Convert.ToHexString(bytes, t.VtablePosition, size);
                if (byContent.TryGetValue(key, out int pos) && pos != t.VtablePosition)
                    throw new InvalidOperationException($"vtable {key} written at {pos} and {t.VtablePosition}");
                byContent[key] = t.VtablePosition;
            }
            if (byContent.Count != b.VtableCount) throw new InvalidOperationException($"{b.VtableCount} vtables written, {byContent.Count} used");
            return true;
        }).Check(FlatSeed.Cases(150));

    private static void CollectTables(FlatTableModel model, FlatTable t, List<FlatTable> into)
    {
        into.Add(t);
        foreach (var f in model.Fields)
            switch (f)
            {
                case TableField tf: CollectTables(tf.Value, t.GetTable(tf.Slot)!.Value, into); break;
                case UnionField u: CollectTables(u.Value, t.GetTable(u.Slot + 1)!.Value, into); break;
                case TableVectorField tv:
                    var v = t.GetTableVector(tv.Slot);
                    for (int k = 0; k < v.Length; k++) CollectTables(tv.Value[k], v[k], into);
                    break;
            }
    }
}
