using System.Globalization;
using System.Numerics;

namespace Lce.FileCheck.Numeric;

public enum FormatKind { None, Unsigned, Signed, HexLower, HexUpper }

/// <summary>A numeric matching format such as %u, %d, %x, %X, with precision (%.4d) and alternate form (%#x).</summary>
public readonly record struct ExpressionFormat(FormatKind Kind, int Precision = 0, bool AlternateForm = false)
{
    public static readonly ExpressionFormat Unsigned = new(FormatKind.Unsigned);

    public bool IsSet => Kind != FormatKind.None;

    public string Spec => Kind switch
    {
        FormatKind.Signed => "%d",
        FormatKind.HexLower => "%x",
        FormatKind.HexUpper => "%X",
        _ => "%u",
    };

    /// <summary>The regex that matches any value printed in this format.</summary>
    public string WildcardRegex()
    {
        string alt = AlternateForm ? "0x" : "";
        string digit = Kind switch { FormatKind.HexLower => "[0-9a-f]", FormatKind.HexUpper => "[0-9A-F]", _ => "[0-9]" };
        string sign = Kind == FormatKind.Signed ? "-?" : "";
        if (Precision > 0)
        {
            string nonZero = Kind switch { FormatKind.HexLower => "[1-9a-f]", FormatKind.HexUpper => "[1-9A-F]", _ => "[1-9]" };
            return $"{alt}{sign}({nonZero}{digit}*)?{digit}{{{Precision}}}";
        }
        return $"{alt}{sign}{digit}+";
    }

    /// <summary>Prints a value; fails (null) when it is not representable, e.g. negative in %u.</summary>
    public string? Format(BigInteger value)
    {
        bool negative = value.Sign < 0;
        if (negative && Kind != FormatKind.Signed) return null;
        BigInteger abs = BigInteger.Abs(value);
        string digits = Kind switch
        {
            FormatKind.HexLower => ToHex(abs).ToLowerInvariant(),
            FormatKind.HexUpper => ToHex(abs),
            _ => abs.ToString(CultureInfo.InvariantCulture),
        };
        if (digits.Length < Precision) digits = new string('0', Precision - digits.Length) + digits;
        return (negative ? "-" : "") + (AlternateForm ? "0x" : "") + digits;
    }

    private static string ToHex(BigInteger v)
    {
        string s = v.ToString("X", CultureInfo.InvariantCulture).TrimStart('0');
        return s.Length == 0 ? "0" : s;
    }

    /// <summary>Parses text matched by <see cref="WildcardRegex"/>.</summary>
    public BigInteger? Parse(string text)
    {
        bool negative = text.StartsWith('-');
        string t = negative ? text[1..] : text;
        if (AlternateForm && t.StartsWith("0x", StringComparison.Ordinal)) t = t[2..];
        if (t.Length == 0) return null;
        bool hex = Kind is FormatKind.HexLower or FormatKind.HexUpper;
        BigInteger result = 0;
        foreach (char c in t)
        {
            int d = char.IsAsciiDigit(c) ? c - '0' : hex && char.IsAsciiHexDigit(c) ? char.ToLowerInvariant(c) - 'a' + 10 : -1;
            if (d < 0) return null;
            result = result * (hex ? 16 : 10) + d;
        }
        return negative ? -result : result;
    }
}
