using System.Text;

namespace Lce.FileCheck.Patterns;

internal static class RegexEscaping
{
    private const string Special = "()^$|*+?.[]\\{}";

    /// <summary>Escapes text so the POSIX ERE parser reads it literally.</summary>
    public static string Escape(string s)
    {
        if (s.AsSpan().IndexOfAny(Special) < 0) return s;
        var sb = new StringBuilder(s.Length + 8);
        foreach (char c in s)
        {
            if (Special.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>C-style escaping used when LLVM prints values in notes (raw_ostream::write_escaped).</summary>
    public static string WriteEscaped(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '"': sb.Append("\\\""); break;
                default:
                    if (c >= 32 && c < 127) sb.Append(c);
                    else sb.Append('\\').Append(Convert.ToString(c >> 6 & 7, 8)).Append(Convert.ToString(c >> 3 & 7, 8)).Append(Convert.ToString(c & 7, 8));
                    break;
            }
        }
        return sb.ToString();
    }
}
