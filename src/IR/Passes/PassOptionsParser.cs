namespace Lce.IR.Passes;

/// <summary>
/// Splits pass option strings as MLIR does: `key=value` pairs separated by spaces, values
/// that may be quoted ('..' or "..") or braced ({...}, nestable), and comma-separated lists
/// whose elements may themselves be quoted or braced.
/// </summary>
public static class PassOptionsParser
{
    /// <summary>The next (key, value) pair of <paramref name="options"/>; value is null when the key has no `=`.</summary>
    public static (string Key, string? Value, string Remaining) NextArgument(string options)
    {
        string key;
        int i = 0;
        for (; ; i++)
        {
            if (i == options.Length || options[i] == ' ')
            {
                key = Extract(ref options, i);
                return (key, null, options);
            }
            if (options[i] == '=')
            {
                key = Extract(ref options, i);
                options = options[1..];
                break;
            }
        }
        for (i = 0; ; i++)
        {
            if (i == options.Length || options[i] == ' ')
                return (key, Extract(ref options, i), options);
            if (SkipQuoted(options, ref i, '\'') || SkipQuoted(options, ref i, '"')) continue;
            if (options[i] == '{')
            {
                // Braces may hold nested options (spaces included): skip to the matching one.
                int depth = 1;
                for (++i; i != options.Length; ++i)
                {
                    if (SkipQuoted(options, ref i, '\'') || SkipQuoted(options, ref i, '"')) continue;
                    if (options[i] == '{') ++depth;
                    else if (options[i] == '}' && --depth == 0) break;
                }
                --i;
            }
        }
    }

    /// <summary>At a quote, moves to its closing quote (if any) and returns true.</summary>
    private static bool SkipQuoted(string s, ref int pos, char quote)
    {
        if (s[pos] != quote) return false;
        int close = s.IndexOf(quote, pos + 1);
        if (close >= 0) pos = close;
        return true;
    }

    /// <summary>Takes the first <paramref name="size"/> chars as one argument, unwrapping quotes or one level of braces.</summary>
    private static string Extract(ref string options, int size)
    {
        string str = TrimLlvm(options[..size]);
        options = TrimStartLlvm(options[size..]);
        if (str.Length <= 1) return str;
        foreach (char q in "'\"")
            if (str[0] == q && str[^1] == q) return TrimLlvm(str[1..^1]);
        // Only an outer pair that matches is stripped, so "{a},{b}" keeps its braces.
        if (str[0] == '{' && FindChar(str, 1, '}') == str.Length - 1) str = TrimLlvm(str[1..^1]);
        return str;
    }

    /// <summary>The next <paramref name="c"/> at or after <paramref name="index"/> outside brackets and quotes, or -1.</summary>
    private static int FindChar(string str, int index, char c)
    {
        for (int i = index; i < str.Length; ++i)
        {
            if (str[i] == c) return i;
            if (str[i] == '{') i = FindChar(str, i + 1, '}');
            else if (str[i] == '(') i = FindChar(str, i + 1, ')');
            else if (str[i] == '[') i = FindChar(str, i + 1, ']');
            else if (str[i] == '"') i = str.IndexOf('"', i + 1);
            else if (str[i] == '\'') i = str.IndexOf('\'', i + 1);
            if (i < 0) return -1;
        }
        return -1;
    }

    /// <summary>The elements of a list option value, each unwrapped like a single argument.</summary>
    public static List<string> SplitCommaSeparated(string text)
    {
        var items = new List<string>();
        if (text.Length == 0) return items;
        int next = FindChar(text, 0, ',');
        while (next >= 0)
        {
            items.Add(Extract(ref text, next));
            text = text[1..];
            next = FindChar(text, 0, ',');
        }
        items.Add(Extract(ref text, text.Length));
        return items;
    }

    private const string Whitespace = " \t\n\v\f\r";
    internal static string TrimLlvm(string s) => s.Trim(Whitespace.ToCharArray());
    internal static string TrimStartLlvm(string s) => s.TrimStart(Whitespace.ToCharArray());
}
