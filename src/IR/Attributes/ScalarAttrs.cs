using System.Numerics;

namespace Lce.IR;

/// <summary>
/// An integer of an integer or index type. The value is normalized to the type's width and
/// read with its signedness: signless and signed types hold the two's-complement signed value,
/// unsigned types the unsigned value (so `0xFF : i8` holds -1 and `255 : ui8` holds 255).
/// An i1 integer is a boolean (<see cref="BoolAttr"/> builds them).
/// </summary>
public sealed class IntegerAttr : IRAttribute, ITypedAttribute
{
    public IRType Type { get; }
    public BigInteger Value { get; }
    private IntegerAttr(IRType type, BigInteger value) { Type = type; Value = value; }

    public static IntegerAttr Get(IRContext ctx, IRType type, BigInteger value) =>
        ctx.Intern(new IntegerAttr(type, Normalize(type, value)));

    public static IntegerAttr Get(IRContext ctx, int width, long value) =>
        Get(ctx, IntegerType.Get(ctx, width), value);

    /// <summary>Truncates to the bit width and reinterprets per signedness.</summary>
    public static BigInteger Normalize(IRType type, BigInteger v)
    {
        int width; bool unsigned;
        switch (type)
        {
            case IntegerType it: width = it.Width; unsigned = it.IsUnsigned; break;
            case IndexType: width = IndexType.StorageWidth; unsigned = false; break;
            default: return v;
        }
        if (width == 0) return BigInteger.Zero;
        var mask = (BigInteger.One << width) - 1;
        var u = v & mask;
        if (!unsigned && !(u >> (width - 1)).IsZero) u -= BigInteger.One << width;
        return u;
    }

    /// <summary>Only signless i1 integers are booleans (printed true/false); si1/ui1 keep their type.</summary>
    public bool IsBool => Type is IntegerType { Width: 1, Signedness: Signedness.Signless };
    public long Int64 => (long)Value;
    public override bool Equals(object? o) => o is IntegerAttr a && ReferenceEquals(a.Type, Type) && a.Value == Value;
    protected override int ComputeHash() => HashCode.Combine(201, Type, Value);
}

/// <summary>Booleans are i1 integer attributes, printed `true`/`false`.</summary>
public static class BoolAttr
{
    public static IntegerAttr Get(IRContext ctx, bool value) => IntegerAttr.Get(ctx, IntegerType.Get(ctx, 1), value ? 1 : 0);
    public static bool IsBool(IRAttribute a) => a is IntegerAttr { IsBool: true };
}

/// <summary>A floating-point value of a float type, kept as its exact bit pattern.</summary>
public sealed class FloatAttr : IRAttribute, ITypedAttribute
{
    public FloatType FloatType { get; }
    public IRType Type => FloatType;
    /// <summary>The IEEE (or other format) encoding in the low bits of the type's width.</summary>
    public UInt128 Bits { get; }
    private FloatAttr(FloatType type, UInt128 bits) { FloatType = type; Bits = bits; }

    public static FloatAttr FromBits(IRContext ctx, FloatType type, UInt128 bits) => ctx.Intern(new FloatAttr(type, bits));

    public static FloatAttr Get(IRContext ctx, FloatType type, double value) =>
        FromBits(ctx, type, ConvertBits((ulong)BitConverter.DoubleToInt64Bits(value), Numerics.FloatSemantics.Double, type.Semantics));

    /// <summary>Rounds a value between float formats (nearest-even), as APFloat::convert.</summary>
    public static UInt128 ConvertBits(UInt128 bits, Numerics.FloatSemantics from, Numerics.FloatSemantics to) =>
        ReferenceEquals(from, to) ? bits : Numerics.FloatParser.Convert(bits, from, to);

    public double ToDouble() =>
        BitConverter.Int64BitsToDouble((long)(ulong)ConvertBits(Bits, FloatType.Semantics, Numerics.FloatSemantics.Double));
    public override bool Equals(object? o) => o is FloatAttr a && ReferenceEquals(a.FloatType, FloatType) && a.Bits == Bits;
    protected override int ComputeHash() => HashCode.Combine(202, FloatType, Bits);
}

/// <summary>
/// A dictionary of attributes, sorted by name (byte-wise), as MLIR keeps them; lookups are
/// binary searches. Used for discardable attributes and property dictionaries.
/// </summary>
public sealed class DictionaryAttr : IRAttribute
{
    private readonly NamedAttribute[] _entries;
    public IReadOnlyList<NamedAttribute> Entries => _entries;
    private DictionaryAttr(NamedAttribute[] sorted) { _entries = sorted; }

    public static DictionaryAttr Get(IRContext ctx, IEnumerable<NamedAttribute> entries)
    {
        // Parsed and built dictionaries are usually sorted already: one copy, no sort.
        if (entries is IReadOnlyList<NamedAttribute> list)
        {
            if (list.Count == 0) return Empty(ctx);
            if (IsStrictlySorted(list))
            {
                var copy = new NamedAttribute[list.Count];
                for (int i = 0; i < copy.Length; i++) copy[i] = list[i];
                return ctx.Intern(new DictionaryAttr(copy));
            }
        }
        var arr = entries.ToArray();
        Array.Sort(arr, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        // Later duplicates win, as when setting attributes one after another.
        var dedup = new List<NamedAttribute>(arr.Length);
        foreach (var e in arr)
        {
            if (dedup.Count > 0 && dedup[^1].Name == e.Name) dedup[^1] = e; else dedup.Add(e);
        }
        return ctx.Intern(new DictionaryAttr(dedup.ToArray()));
    }

    public static DictionaryAttr Empty(IRContext ctx) => ctx.EmptyDictionary ??= ctx.Intern(new DictionaryAttr([]));

    private static bool IsStrictlySorted(IReadOnlyList<NamedAttribute> list)
    {
        for (int i = 1; i < list.Count; i++)
            if (string.CompareOrdinal(list[i - 1].Name, list[i].Name) >= 0) return false;
        return true;
    }

    public int Count => _entries.Length;
    public bool IsEmpty => _entries.Length == 0;

    public IRAttribute? Get(string name)
    {
        int lo = 0, hi = _entries.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int c = string.CompareOrdinal(_entries[mid].Name, name);
            if (c == 0) return _entries[mid].Value;
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }

    public bool Contains(string name) => Get(name) is not null;

    public DictionaryAttr With(IRContext ctx, string name, IRAttribute value) =>
        Get(ctx, _entries.Where(e => e.Name != name).Append(new NamedAttribute(name, value)));

    public DictionaryAttr Without(IRContext ctx, string name) =>
        Contains(name) ? Get(ctx, _entries.Where(e => e.Name != name)) : this;

    public override bool Equals(object? o)
    {
        if (o is not DictionaryAttr a || a._entries.Length != _entries.Length) return false;
        for (int i = 0; i < _entries.Length; i++)
            if (a._entries[i].Name != _entries[i].Name || !ReferenceEquals(a._entries[i].Value, _entries[i].Value)) return false;
        return true;
    }
    protected override int ComputeHash()
    {
        var h = new HashCode(); h.Add(203);
        foreach (var e in _entries) { h.Add(e.Name); h.Add(e.Value); }
        return h.ToHashCode();
    }
}
