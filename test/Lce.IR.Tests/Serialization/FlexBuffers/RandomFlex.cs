using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Lce.Serialization.FlexBuffers;

namespace Lce.Tests.Serialization.FlexBuffers;

/// <summary>A seed and a size; the case is regenerated from them, so shrinking halves the size.</summary>
public sealed record FlexSeed(int Seed, int Size)
{
    public FlexCase Case() => new RandomFlex(Seed, Size).Case();

    public override string ToString() => $"FlexSeed({Seed}, {Size})";
}

public static class FlexSeedArb
{
    public static Arbitrary<FlexSeed> Arb => FsCheck.Fluent.Arb.From(
        FsCheck.Fluent.Gen.Sized(size =>
            from seed in FsCheck.Fluent.Gen.Choose(int.MinValue, int.MaxValue)
            from s in FsCheck.Fluent.Gen.Choose(0, Math.Max(0, size))
            select new FlexSeed(seed, s)),
        c => c.Size == 0 ? [] : new[] { c with { Size = c.Size / 2 }, c with { Size = c.Size - 1 } }.Distinct());
}

/// <summary>
/// Random buffers: mostly maps (as LCE's options), with every kind of value, nesting, ints of every
/// bit length, floats and doubles (NaN and infinities included), strings with NULs and invalid
/// UTF-8, blobs, keys with arbitrary non-NUL bytes, typed/fixed/scalar vectors and reused values.
/// </summary>
public sealed class RandomFlex(int seed, int size)
{
    private readonly Random _r = new(seed);
    private int _budget = 5 + size * 2;

    private static readonly byte[][] KeyAlphabet =
        [.. new[] { "a", "b", "ab", "_", "a_", "aa", "B", "pad", "padding", "pad_values", "\u00e9", "z", "" }.Select(Encoding.UTF8.GetBytes)];

    public FlexCase Case()
    {
        var flags = (FlexBufferBuilderFlags)_r.Next(4);
        BitWidth? force = _r.Next(8) == 0 ? (BitWidth)_r.Next(4) : null;
        var root = _r.Next(4) > 0 ? Map(0) : Value(0);
        return new FlexCase(flags, Legacy: _r.Next(4) == 0, force, root);
    }

    public FlexModel Value(int depth)
    {
        _budget--;
        bool leaf = depth >= 4 || _budget <= 0;
        return _r.Next(leaf ? 11 : 16) switch
        {
            0 or 1 => new MInt(Signed(), Indirect()),
            2 => new MUInt(Unsigned(), Indirect()),
            3 => new MFloat(Float(), Indirect()),
            4 => new MDouble(Double(), Indirect()),
            5 => new MBool(_r.Next(2) == 0),
            6 => new MNull(),
            7 or 8 => new MString(Bytes(allowNul: true)),
            9 => new MBlob(Bytes(allowNul: true)),
            10 => new MKey(Key()),
            11 or 12 => Map(depth + 1),
            13 => Typed(),
            14 => Scalars(),
            _ => new MVector([.. Enumerable.Range(0, Count()).Select(_ => Value(depth + 1))], ReuseLast: _r.Next(5) == 0),
        };
    }

    public MMap Map(int depth)
    {
        var seen = new HashSet<byte[]>(new ByteArrayEquality());
        var entries = new List<(byte[], FlexModel)>();
        int n = Count();
        for (int i = 0; i < n; i++)
        {
            var key = Key();
            if (seen.Add(key)) entries.Add((key, Value(depth)));
        }
        return new MMap(entries);
    }

    /// <summary>Typed vectors pushed element by element: 2–4 numbers when fixed.</summary>
    private MTypedVector Typed()
    {
        bool isFixed = _r.Next(3) == 0;
        int kind = isFixed ? _r.Next(4) : _r.Next(7);
        int n = isFixed ? _r.Next(2, 5) : Count();
        var elements = Enumerable.Range(0, n).Select<int, FlexModel>(_ => kind switch
        {
            0 => new MInt(Signed(), false),
            1 => new MUInt(Unsigned(), false),
            2 => new MFloat(Float(), false),
            3 => new MDouble(Double(), false),
            4 => new MBool(_r.Next(2) == 0),
            5 => new MString(Bytes(allowNul: true)),
            _ => new MKey(Key()),
        }).ToList();
        return new MTypedVector(elements, isFixed);
    }

    private static readonly string[] ScalarKinds = ["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64", "bool"];

    private MScalarVector Scalars()
    {
        bool isFixed = _r.Next(3) == 0;
        string kind = ScalarKinds[_r.Next(isFixed ? ScalarKinds.Length - 1 : ScalarKinds.Length)];
        int n = isFixed ? _r.Next(2, 5) : _r.Next(0, 12);
        var elements = Enumerable.Range(0, n).Select<int, FlexModel>(_ => kind switch
        {
            "i8" => new MInt((sbyte)_r.Next(), false),
            "i16" => new MInt((short)_r.Next(), false),
            "i32" => new MInt(_r.Next(int.MinValue, int.MaxValue), false),
            "i64" => new MInt(Signed(), false),
            "u8" => new MUInt((byte)_r.Next(), false),
            "u16" => new MUInt((ushort)_r.Next(), false),
            "u32" => new MUInt((uint)_r.NextInt64(), false),
            "u64" => new MUInt(Unsigned(), false),
            "f32" => new MFloat(Float(), false),
            "f64" => new MDouble(Double(), false),
            _ => new MBool(_r.Next(2) == 0),
        }).ToList();
        return new MScalarVector(kind, elements, isFixed);
    }

    private bool Indirect() => _r.Next(5) == 0;

    private int Count() => _r.Next(12) switch { 0 => 0, < 9 => _r.Next(1, 6), 9 or 10 => _r.Next(6, 30), _ => _r.Next(30, 300) };

    /// <summary>Every bit length from 0 to 64 with either sign, and the width boundaries.</summary>
    public long Signed()
    {
        if (_r.Next(4) == 0)
        {
            long[] edges = [0, -1, 127, 128, -128, -129, 32767, 32768, -32768, -32769, int.MaxValue, 1L + int.MaxValue, int.MinValue, -1L + int.MinValue, long.MaxValue, long.MinValue];
            return edges[_r.Next(edges.Length)];
        }
        int bits = _r.Next(0, 64);
        long v = bits == 0 ? 0 : _r.NextInt64() >> (63 - bits);
        return _r.Next(2) == 0 ? v : -v - 1;
    }

    public ulong Unsigned()
    {
        if (_r.Next(4) == 0)
        {
            ulong[] edges = [0, 255, 256, 65535, 65536, uint.MaxValue, 1UL + uint.MaxValue, ulong.MaxValue];
            return edges[_r.Next(edges.Length)];
        }
        int bits = _r.Next(0, 65);
        return bits == 0 ? 0 : (ulong)_r.NextInt64(long.MinValue, long.MaxValue) >> (64 - bits);
    }

    private float Float()
    {
        float[] specials = [0f, -0f, 1f, -0.85f, float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon, float.MaxValue];
        return _r.Next(3) == 0 ? specials[_r.Next(specials.Length)] : BitConverter.Int32BitsToSingle(_r.Next(int.MinValue, int.MaxValue));
    }

    private double Double() => _r.Next(4) switch
    {
        0 => Float(),                                   // exactly a float: stored in 32 bits
        1 => double.NaN,
        2 => _r.NextDouble() * Math.Pow(10, _r.Next(-30, 30)),
        _ => BitConverter.Int64BitsToDouble(_r.NextInt64(long.MinValue, long.MaxValue)),
    };

    public byte[] Key()
    {
        if (_r.Next(2) == 0) return KeyAlphabet[_r.Next(KeyAlphabet.Length)];
        var bytes = new byte[_r.Next(0, 10)];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)_r.Next(1, 256);
        return bytes;
    }

    private byte[] Bytes(bool allowNul)
    {
        var bytes = new byte[_r.Next(200) switch { < 6 => _r.Next(250, 700), 6 => _r.Next(65_000, 70_000), _ => _r.Next(0, 16) }];
        _r.NextBytes(bytes);
        if (!allowNul)
            for (int i = 0; i < bytes.Length; i++) bytes[i] = bytes[i] == 0 ? (byte)1 : bytes[i];
        return bytes;
    }
}

/// <summary>Byte-content equality for key sets.</summary>
public sealed class ByteArrayEquality : IEqualityComparer<byte[]>
{
    public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);
    public int GetHashCode(byte[] b)
    {
        var h = new HashCode();
        h.AddBytes(b);
        return h.ToHashCode();
    }
}
