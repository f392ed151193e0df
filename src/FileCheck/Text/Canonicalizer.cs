using System.Text;

namespace Lce.FileCheck.Text;

/// <summary>
/// Prepares check and input buffers the way FileCheck does before anything else: a '\r'
/// directly before '\n' is dropped, and (unless --strict-whitespace) every run of spaces
/// and tabs becomes one space. Diagnostics and the input dump show this canonical text.
/// </summary>
public static class Canonicalizer
{
    public static string Canonicalize(string text, bool strictWhitespace)
    {
        if (!NeedsWork(text, strictWhitespace)) return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            if (strictWhitespace || (c != ' ' && c != '\t')) { sb.Append(c); continue; }
            sb.Append(' ');
            while (i + 1 < text.Length && text[i + 1] is ' ' or '\t') i++;
        }
        return sb.ToString();
    }

    private static bool NeedsWork(string text, bool strict)
    {
        if (text.Contains("\r\n", StringComparison.Ordinal)) return true;
        if (strict) return false;
        return text.Contains('\t') || text.Contains("  ", StringComparison.Ordinal);
    }
}
