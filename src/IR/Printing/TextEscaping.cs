using System.Text;

namespace Lce.IR.Printing;

/// <summary>MLIR's rules for strings, keywords and symbol names in the textual form.</summary>
public static class TextEscaping
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>`"..."` with `\\`, and `\XX` (uppercase hex) for '"' and every byte outside printable ASCII.</summary>
    public static void AppendQuoted(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        sb.Append('"');
        AppendEscaped(sb, bytes);
        sb.Append('"');
    }

    public static void AppendQuoted(StringBuilder sb, string s) => AppendQuoted(sb, Encoding.UTF8.GetBytes(s));

    public static void AppendEscaped(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        foreach (byte c in bytes)
        {
            if (c == (byte)'\\') sb.Append("\\\\");
            else if (c >= 0x20 && c <= 0x7E && c != (byte)'"') sb.Append((char)c);
            else sb.Append('\\').Append(Hex[c >> 4]).Append(Hex[c & 15]);
        }
    }

    /// <summary>Whether every character prints as itself inside quotes (printable ASCII, no `"` or `\`).</summary>
    public static bool NeedsNoEscaping(string s)
    {
        foreach (char c in s)
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') return false;
        return true;
    }

    /// <summary>Whether <paramref name="s"/> can be printed without quotes: `[A-Za-z_][A-Za-z0-9_$.]*`.</summary>
    public static bool IsBareIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsAsciiLetter(s[0]) || s[0] == '_')) return false;
        foreach (char c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$' || c == '.')) return false;
        return true;
    }

    /// <summary>A bare identifier as is, anything else as a quoted string (attribute names, keywords).</summary>
    public static void AppendKeywordOrString(StringBuilder sb, string s)
    {
        if (IsBareIdentifier(s)) sb.Append(s); else AppendQuoted(sb, s);
    }

    /// <summary>`@name` or `@"quoted name"`.</summary>
    public static void AppendSymbol(StringBuilder sb, string s)
    {
        sb.Append('@');
        AppendKeywordOrString(sb, s);
    }

    /// <summary>
    /// Makes a printer-chosen name valid: disallowed characters become uppercase hex (a space
    /// becomes '_'); a leading digit gets a '_' prefix; with <paramref name="allowTrailingDigit"/>
    /// false (aliases), a trailing digit gets a '_' suffix so numbering cannot collide.
    /// </summary>
    public static string SanitizeIdentifier(string name, string allowedPunct = "$._-", bool allowTrailingDigit = true)
    {
        bool Valid(char ch) => char.IsAsciiLetterOrDigit(ch) || allowedPunct.Contains(ch);
        var sb = new StringBuilder(name.Length + 2);
        void Copy()
        {
            foreach (char ch in name)
            {
                if (Valid(ch)) sb.Append(ch);
                else if (ch == ' ') sb.Append('_');
                else sb.Append(((int)ch).ToString("X"));
            }
        }
        if (name.Length > 0 && char.IsAsciiDigit(name[0])) { sb.Append('_'); Copy(); return sb.ToString(); }
        if (!allowTrailingDigit && name.Length > 0 && char.IsAsciiDigit(name[^1])) { Copy(); sb.Append('_'); return sb.ToString(); }
        foreach (char ch in name) if (!Valid(ch)) { Copy(); return sb.ToString(); }
        return name;
    }

    /// <summary>Uppercase hex of <paramref name="bytes"/>, converted in vectorized chunks (dense literals reach tens of MB).</summary>
    public static void AppendHexBytes(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        sb.EnsureCapacity(sb.Length + bytes.Length * 2 + 4);
        Span<char> buffer = stackalloc char[2048];
        while (!bytes.IsEmpty)
        {
            var part = bytes[..Math.Min(bytes.Length, buffer.Length / 2)];
            Convert.TryToHexString(part, buffer, out int written);
            sb.Append(buffer[..written]);
            bytes = bytes[part.Length..];
        }
    }
}
