using System.Globalization;

namespace Lce.Serialization.FlexBuffers;

/// <summary>
/// The string-to-number conversions behind C++ <c>AsInt64</c>/<c>AsUInt64</c>/<c>AsDouble</c> of a
/// String: flatbuffers' <c>StringToInt</c>/<c>StringToUInt</c>/<c>StringToNumber</c>, which run
/// strtoll/strtoull/strtod in the C locale and give 0 unless the whole string was consumed (and,
/// for the integers, unless it was in range). Hexadecimal floats are not supported (they give 0).
/// </summary>
internal static class CStringNumbers
{
    public static long ParseInt64(ReadOnlySpan<byte> s)
    {
        if (!ParseInteger(s, out bool negative, out ulong magnitude)) return 0;
        if (negative) return magnitude <= 1UL << 63 ? unchecked((long)(0 - magnitude)) : 0;
        return magnitude <= long.MaxValue ? (long)magnitude : 0;
    }

    /// <summary>As strtoull: a leading '-' negates modulo 2^64.</summary>
    public static ulong ParseUInt64(ReadOnlySpan<byte> s) =>
        ParseInteger(s, out bool negative, out ulong magnitude) ? negative ? unchecked(0 - magnitude) : magnitude : 0;

    public static double ParseDouble(ReadOnlySpan<byte> s)
    {
        int i = SkipSpace(s);
        bool negative = i < s.Length && s[i] == '-';
        if (i < s.Length && s[i] is (byte)'-' or (byte)'+') i++;
        var rest = s[i..];
        if (IsWord(rest, "inf") || IsWord(rest, "infinity")) return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (IsNaN(rest)) return double.NaN;
        int start = i;
        int digits = 0;
        while (i < s.Length && IsDigit(s[i])) { i++; digits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && IsDigit(s[i])) { i++; digits++; }
        }
        if (digits == 0) return 0;
        if (i < s.Length && s[i] is (byte)'e' or (byte)'E')
        {
            int j = i + 1;
            if (j < s.Length && s[j] is (byte)'-' or (byte)'+') j++;
            if (j < s.Length && IsDigit(s[j]))
            {
                while (j < s.Length && IsDigit(s[j])) j++;
                i = j;
            }
        }
        if (i != s.Length) return 0;
        var text = new char[s.Length - start];
        for (int k = 0; k < text.Length; k++) text[k] = (char)s[start + k];
        double value = double.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    /// <summary>Optional space and sign, then one or more decimal digits to the end; false on syntax error or overflow.</summary>
    private static bool ParseInteger(ReadOnlySpan<byte> s, out bool negative, out ulong magnitude)
    {
        magnitude = 0;
        int i = SkipSpace(s);
        negative = i < s.Length && s[i] == '-';
        if (i < s.Length && s[i] is (byte)'-' or (byte)'+') i++;
        if (i == s.Length) return false;
        for (; i < s.Length; i++)
        {
            if (!IsDigit(s[i])) return false;
            ulong digit = (ulong)(s[i] - '0');
            if (magnitude > (ulong.MaxValue - digit) / 10) return false;
            magnitude = magnitude * 10 + digit;
        }
        return true;
    }

    private static int SkipSpace(ReadOnlySpan<byte> s)
    {
        int i = 0;
        while (i < s.Length && s[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r') i++;
        return i;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool IsWord(ReadOnlySpan<byte> s, string word)
    {
        if (s.Length != word.Length) return false;
        for (int i = 0; i < s.Length; i++)
            if (char.ToLowerInvariant((char)s[i]) != word[i]) return false;
        return true;
    }

    /// <summary>"nan" or "nan(" letters, digits and '_' ")", any case.</summary>
    private static bool IsNaN(ReadOnlySpan<byte> s)
    {
        if (s.Length < 3 || !IsWord(s[..3], "nan")) return false;
        if (s.Length == 3) return true;
        if (s[3] != '(' || s[^1] != ')') return false;
        foreach (byte b in s[4..^1])
            if (!(IsDigit(b) || b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or (byte)'_')) return false;
        return true;
    }
}
