using FsCheck;
using FsCheck.Fluent;

namespace Lce.Tests.Serialization.FlatBuffers;

/// <summary>A seed and a size; the tree is regenerated from them, so shrinking halves the size.</summary>
public sealed record FlatSeed(int Seed, int Size)
{
    public FlatTableModel Model() => new RandomFlatModel(Seed, Size).Table(0);

    public override string ToString() => $"FlatSeed({Seed}, {Size})";

    public static Arbitrary<FlatSeed> Arb => FsCheck.Fluent.Arb.From(
        Gen.Sized(size =>
            from seed in Gen.Choose(int.MinValue, int.MaxValue)
            from s in Gen.Choose(0, Math.Max(0, size))
            select new FlatSeed(seed, s)),
        c => c.Size == 0 ? [] : new[] { c with { Size = c.Size / 2 }, c with { Size = c.Size - 1 } }.Distinct());

    public static Config Cases(int n) => Config.QuickThrowOnFailure.WithMaxTest(n);
}

/// <summary>
/// Random table trees: every field kind, defaults that are skipped, strings with NULs and odd
/// lengths, vectors with alignments up to 16, nested tables, vectors of tables and strings,
/// unions, and repeated table shapes (so vtables are shared).
/// </summary>
public sealed class RandomFlatModel(int seed, int size)
{
    private readonly Random _r = new(seed);
    private int _budget = 3 + size;

    public FlatTableModel Table(int depth)
    {
        int slots = _r.Next(0, 9);
        var fields = new List<FlatField>();
        for (int s = 0; s < slots; s++)
        {
            if (_r.Next(3) == 0) continue;
            var f = Field(s, depth);
            if (f is UnionField && s + 1 >= slots) continue;
            fields.Add(f);
            if (f is UnionField) s++;
        }
        return new FlatTableModel(slots, [.. fields]);
    }

    private FlatField Field(int slot, int depth)
    {
        bool nest = depth < 4 && _budget-- > 0;
        switch (_r.Next(nest ? 14 : 10))
        {
            case 0: int d = _r.Next(3) - 1; return new IntField(slot, _r.Next(2) == 0 ? d : _r.Next(int.MinValue, int.MaxValue), d);
            case 1: return new LongField(slot, _r.NextInt64(long.MinValue, long.MaxValue));
            case 2: return new ByteField(slot, (byte)_r.Next(256));
            case 3: return new DoubleField(slot, _r.Next(4) == 0 ? double.NaN : _r.NextDouble() * 1e6);
            case 4: return new StringField(slot, Bytes(_r.Next(0, 12)));
            case 5: return new IntVectorField(slot, [.. Enumerable.Range(0, _r.Next(0, 9)).Select(_ => _r.Next(int.MinValue, int.MaxValue))]);
            case 6: return new LongVectorField(slot, [.. Enumerable.Range(0, _r.Next(0, 5)).Select(_ => _r.NextInt64())]);
            case 7: return new BytesField(slot, Bytes(_r.Next(0, 40)), new[] { 1, 4, 8, 16 }[_r.Next(4)]);
            case 8: return new StructField(slot, _r.NextInt64(), (short)_r.Next(short.MinValue, short.MaxValue));
            case 9: return new StringVectorField(slot, [.. Enumerable.Range(0, _r.Next(0, 4)).Select(_ => Bytes(_r.Next(0, 6)))]);
            case 10 or 11: return new TableField(slot, Table(depth + 1));
            case 12: return new TableVectorField(slot, [.. Enumerable.Range(0, _r.Next(0, 4)).Select(_ => Table(depth + 1))]);
            default: return new UnionField(slot, (byte)_r.Next(1, 256), Table(depth + 1));
        }
    }

    private byte[] Bytes(int n)
    {
        var b = new byte[n];
        _r.NextBytes(b);
        return b;
    }
}
