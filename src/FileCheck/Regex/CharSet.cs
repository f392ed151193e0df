namespace Lce.FileCheck.Regex;

/// <summary>
/// A set of byte values (0-255). FileCheck works on bytes, exactly like llvm::Regex,
/// so every character class fits in 256 bits.
/// </summary>
public sealed class CharSet : IEquatable<CharSet>
{
    private readonly ulong[] _bits = new ulong[4];

    public static CharSet Of(char c) { var s = new CharSet(); s.Add(c); return s; }

    public static CharSet AllExcept(char c)
    {
        var s = new CharSet();
        for (int i = 0; i < 256; i++) if (i != c) s.Add((char)i);
        return s;
    }

    public void Add(char c) => _bits[c >> 6] |= 1UL << (c & 63);

    public void Remove(char c) => _bits[c >> 6] &= ~(1UL << (c & 63));

    public bool Contains(char c) => c < 256 && (_bits[c >> 6] & (1UL << (c & 63))) != 0;

    public void AddRange(char from, char to) { for (int i = from; i <= to; i++) Add((char)i); }

    public void Invert() { for (int i = 0; i < 4; i++) _bits[i] = ~_bits[i]; }

    public void UnionWith(CharSet other) { for (int i = 0; i < 4; i++) _bits[i] |= other._bits[i]; }

    public bool IsEmpty => (_bits[0] | _bits[1] | _bits[2] | _bits[3]) == 0;

    public int Count
    {
        get { int n = 0; foreach (var b in _bits) n += System.Numerics.BitOperations.PopCount(b); return n; }
    }

    /// <summary>Adds the other ASCII case of every letter, as REG_ICASE does in the C locale.</summary>
    public void AddOtherCases()
    {
        for (char c = 'a'; c <= 'z'; c++)
        {
            char u = (char)(c - 32);
            if (Contains(c) || Contains(u)) { Add(c); Add(u); }
        }
    }

    /// <summary>The lowest member (the set must not be empty).</summary>
    public char First()
    {
        for (int w = 0; w < 4; w++)
            if (_bits[w] != 0) return (char)(w * 64 + System.Numerics.BitOperations.TrailingZeroCount(_bits[w]));
        throw new InvalidOperationException("empty set");
    }

    public IEnumerable<char> Members()
    {
        for (int i = 0; i < 256; i++) if (Contains((char)i)) yield return (char)i;
    }

    public bool Equals(CharSet? other) => other is not null && _bits.AsSpan().SequenceEqual(other._bits);
    public override bool Equals(object? obj) => Equals(obj as CharSet);
    public override int GetHashCode() => HashCode.Combine(_bits[0], _bits[1], _bits[2], _bits[3]);
}
