using System.Text;

namespace Lce.IR.Parsing;

/// <summary>
/// Decodes MLIR string literals (Token::getStringValue): `\\`, `\"`, `\n`, `\t` and `\XX` (two
/// hex digits, any byte). The result is bytes, since a literal need not be valid UTF-8.
/// </summary>
internal static class StringLiterals
{
    /// <summary>Decodes the text of a STRING token, quotes included; returns null with an error offset on a bad escape.</summary>
    public static byte[]? Decode(ReadOnlySpan<char> quoted, out int errorOffset)
    {
        errorOffset = -1;
        var body = quoted[1..^1];
        if (body.IndexOf('\\') < 0) return Encoding.UTF8.GetBytes(body.ToArray());
        var bytes = new List<byte>(body.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\')
            {
                int n = char.IsHighSurrogate(c) && i + 1 < body.Length
                    ? Encoding.UTF8.GetBytes(body.Slice(i++, 2), utf8)
                    : Encoding.UTF8.GetBytes(body.Slice(i, 1), utf8);
                for (int k = 0; k < n; k++) bytes.Add(utf8[k]);
                continue;
            }
            char e = i + 1 < body.Length ? body[i + 1] : '\0';
            switch (e)
            {
                case '\\' or '"': bytes.Add((byte)e); i++; break;
                case 'n': bytes.Add((byte)'\n'); i++; break;
                case 't': bytes.Add((byte)'\t'); i++; break;
                default:
                    if (i + 2 < body.Length && char.IsAsciiHexDigit(e) && char.IsAsciiHexDigit(body[i + 2]))
                    {
                        bytes.Add((byte)(HexValue(e) << 4 | HexValue(body[i + 2])));
                        i += 2;
                        break;
                    }
                    errorOffset = i + 1; // position of the backslash within the quoted token
                    return null;
            }
        }
        return bytes.ToArray();
    }

    public static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>Decodes a string token as text (invalid UTF-8 replaced), reporting bad escapes.</summary>
    public static string DecodeText(ParserSession s, Antlr4.Runtime.IToken tok) => Encoding.UTF8.GetString(DecodeBytes(s, tok));

    public static byte[] DecodeBytes(ParserSession s, Antlr4.Runtime.IToken tok) =>
        Decode(s.Span(tok), out int off) ?? throw s.Error(s.Buffer.LocAtIndex(tok.StartIndex + off), "unknown escape in string literal");
}
