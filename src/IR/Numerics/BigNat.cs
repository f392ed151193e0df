using System.Numerics;

namespace Lce.IR.Numerics;

/// <summary>
/// A non-negative integer in caller-provided little-endian 64-bit words (usually stack memory), with just
/// the operations exact float/decimal conversion needs. It exists so the printer's hot path does not
/// allocate <see cref="BigInteger"/>s; callers size the buffer with <see cref="WordsFor"/>.
/// </summary>
internal ref struct BigNat
{
    private readonly Span<ulong> _words;
    private int _length; // words in use; the top used word is non-zero unless the value is zero

    public BigNat(Span<ulong> buffer, UInt128 value)
    {
        _words = buffer;
        _words[0] = (ulong)value;
        _words[1] = (ulong)(value >> 64);
        _length = _words[1] != 0 ? 2 : _words[0] != 0 ? 1 : 0;
    }

    /// <summary>Words needed for a value of up to <paramref name="bits"/> bits, with slack for carries.</summary>
    public static int WordsFor(long bits) => (int)(bits / 64) + 3;

    public readonly bool IsZero => _length == 0;

    public readonly int BitLength =>
        _length == 0 ? 0 : (_length - 1) * 64 + 64 - BitOperations.LeadingZeroCount(_words[_length - 1]);

    public readonly bool FitsInUInt128 => _length <= 2;

    public readonly UInt128 ToUInt128() =>
        _length == 0 ? 0 : _length == 1 ? _words[0] : new UInt128(_words[1], _words[0]);

    public void MultiplySmall(ulong factor)
    {
        ulong carry = 0;
        for (int i = 0; i < _length; i++)
        {
            ulong high = Math.BigMul(_words[i], factor, out ulong low);
            low += carry;
            carry = high + (low < carry ? 1UL : 0UL);
            _words[i] = low;
        }
        if (carry != 0)
            _words[_length++] = carry;
    }

    public void AddSmall(ulong addend)
    {
        for (int i = 0; addend != 0; i++)
        {
            if (i == _length)
            {
                _words[_length++] = addend;
                return;
            }
            ulong sum = _words[i] + addend;
            addend = sum < addend ? 1UL : 0UL;
            _words[i] = sum;
        }
    }

    public void MultiplyPow5(int exponent)
    {
        while (exponent >= Pow5.MaxUInt64Exponent)
        {
            MultiplySmall(Pow5.UInt64Table[Pow5.MaxUInt64Exponent]);
            exponent -= Pow5.MaxUInt64Exponent;
        }
        if (exponent > 0)
            MultiplySmall(Pow5.UInt64Table[exponent]);
    }

    /// <summary>Divides in place, truncating; returns true if the remainder was non-zero.</summary>
    public bool DivideSmall(ulong divisor)
    {
        ulong remainder = 0;
        for (int i = _length - 1; i >= 0; i--)
        {
            var (q, r) = UInt128.DivRem(new UInt128(remainder, _words[i]), divisor);
            _words[i] = (ulong)q;
            remainder = (ulong)r;
        }
        Trim();
        return remainder != 0;
    }

    /// <summary>Truncating division by 5^exponent; returns true if anything was lost.</summary>
    public bool DividePow5(int exponent)
    {
        bool lost = false;
        while (exponent >= Pow5.MaxUInt64Exponent)
        {
            lost |= DivideSmall(Pow5.UInt64Table[Pow5.MaxUInt64Exponent]);
            exponent -= Pow5.MaxUInt64Exponent;
        }
        if (exponent > 0)
            lost |= DivideSmall(Pow5.UInt64Table[exponent]);
        return lost;
    }

    /// <summary>Truncating division by 10^exponent; returns true if anything was lost.</summary>
    public bool DividePow10(int exponent)
    {
        bool lost = ShiftRight(exponent);
        return DividePow5(exponent) | lost;
    }

    public void ShiftLeft(int count)
    {
        if (_length == 0 || count == 0)
            return;
        int wordShift = count >> 6, bitShift = count & 63;
        if (bitShift != 0)
        {
            _words[_length + wordShift] = 0;
            for (int i = _length - 1; i >= 0; i--)
            {
                _words[i + wordShift + 1] |= _words[i] >> (64 - bitShift);
                _words[i + wordShift] = _words[i] << bitShift;
            }
        }
        else
        {
            for (int i = _length - 1; i >= 0; i--)
                _words[i + wordShift] = _words[i];
        }
        _words[..wordShift].Clear();
        _length += wordShift + 1;
        Trim();
    }

    /// <summary>Shifts right, truncating; returns true if any one bits were shifted out.</summary>
    public bool ShiftRight(int count)
    {
        if (_length == 0 || count == 0)
            return false;
        bool lost = AnyBitsBelow(count);
        int wordShift = count >> 6, bitShift = count & 63;
        if (wordShift >= _length)
        {
            _length = 0;
            return lost;
        }
        int newLength = _length - wordShift;
        for (int i = 0; i < newLength; i++)
        {
            ulong low = _words[i + wordShift] >> bitShift;
            ulong high = bitShift != 0 && i + wordShift + 1 < _length ? _words[i + wordShift + 1] << (64 - bitShift) : 0;
            _words[i] = low | high;
        }
        _length = newLength;
        Trim();
        return lost;
    }

    /// <summary>True if any of the lowest <paramref name="count"/> bits is set.</summary>
    public readonly bool AnyBitsBelow(int count)
    {
        int fullWords = Math.Min(count >> 6, _length);
        for (int i = 0; i < fullWords; i++)
        {
            if (_words[i] != 0)
                return true;
        }
        int rest = count & 63;
        return rest != 0 && (count >> 6) < _length && (_words[count >> 6] & ((1UL << rest) - 1)) != 0;
    }

    public readonly bool TestBit(int index) =>
        (index >> 6) < _length && ((_words[index >> 6] >> (index & 63)) & 1) != 0;

    /// <summary>Returns bits [start, start + 128) as an integer (start may be negative: zeros below).</summary>
    public readonly UInt128 ExtractBits(int start) => new(Extract64(start + 64), Extract64(start));

    private readonly ulong Extract64(int start)
    {
        if (start <= -64)
            return 0;
        if (start < 0)
            return Extract64(0) << -start;
        int word = start >> 6, shift = start & 63;
        ulong low = word < _length ? _words[word] >> shift : 0;
        ulong high = shift != 0 && word + 1 < _length ? _words[word + 1] << (64 - shift) : 0;
        return low | high;
    }

    /// <summary>Divides by 10^19 and returns the remainder (one chunk of 19 decimal digits).</summary>
    public ulong DivRemTenPow19()
    {
        ulong remainder = 0;
        for (int i = _length - 1; i >= 0; i--)
        {
            var (q, r) = UInt128.DivRem(new UInt128(remainder, _words[i]), Pow5.TenPow19);
            _words[i] = (ulong)q;
            remainder = (ulong)r;
        }
        Trim();
        return remainder;
    }

    private void Trim()
    {
        while (_length > 0 && _words[_length - 1] == 0)
            _length--;
    }
}
