namespace Lce.IR.Parsing;

/// <summary>
/// Conservative textual scans that find where a function type or attribute dictionary of plain
/// shape ends, on one line, without lexing it: the text is then a cache key (ParserSession.FastPaths).
/// A scan only accepts characters that cannot refer to parse state (no `#`/`!` aliases, no SSA
/// or block names, no comments, escapes or line breaks) and returns -1 on anything else. A
/// result is only cached after the grammar parsed exactly that text, so the scans merely have
/// to be conservative, never exact.
/// </summary>
internal static class SourceScan
{
    /// <summary>End (exclusive) of `(types) -&gt; type-or-(types)` starting at <paramref name="i"/>, followed by a blank; else -1.</summary>
    public static int FunctionTypeEnd(string t, int i)
    {
        i = ParenTypes(t, i);
        if (i < 0) return -1;
        i = Spaces(t, i);
        if (i + 1 >= t.Length || t[i] != '-' || t[i + 1] != '>') return -1;
        i = Spaces(t, i + 2);
        i = i < t.Length && t[i] == '(' ? ParenTypes(t, i) : SimpleType(t, i);
        if (i < 0 || i >= t.Length || t[i] is not (' ' or '\n' or '\r' or '\t')) return -1;
        return i;
    }

    public static int Spaces(string t, int i)
    {
        while (i < t.Length && t[i] == ' ') i++;
        return i;
    }

    private static int ParenTypes(string t, int i)
    {
        if (i >= t.Length || t[i] != '(') return -1;
        i = Spaces(t, i + 1);
        if (i < t.Length && t[i] == ')') return i + 1;
        while (true)
        {
            i = SimpleType(t, i);
            if (i < 0) return -1;
            i = Spaces(t, i);
            if (i >= t.Length) return -1;
            if (t[i] == ')') return i + 1;
            if (t[i] != ',') return -1;
            i = Spaces(t, i + 1);
        }
    }

    /// <summary>A word, optionally followed directly by `&lt;...&gt;` of letters, digits, `_ ? , x` and nested `&lt;&gt;`.</summary>
    private static int SimpleType(string t, int i)
    {
        if (i >= t.Length || !(char.IsAsciiLetter(t[i]) || t[i] == '_')) return -1;
        while (i < t.Length && (char.IsAsciiLetterOrDigit(t[i]) || t[i] == '_')) i++;
        if (i >= t.Length || t[i] != '<') return i;
        int depth = 0;
        for (; i < t.Length; i++)
        {
            char c = t[i];
            if (c == '<') depth++;
            else if (c == '>')
            {
                if (--depth == 0) return i + 1;
            }
            else if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '?' or ',' or ' ')) return -1;
        }
        return -1;
    }

    /// <summary>End (exclusive) of a balanced `{...}` starting at <paramref name="i"/> of plain characters and simple strings; else -1.</summary>
    public static int DictionaryEnd(string t, int i)
    {
        if (i >= t.Length || t[i] != '{') return -1;
        int depth = 0;
        for (; i < t.Length; i++)
        {
            char c = t[i];
            switch (c)
            {
                case '{' or '[' or '(' or '<':
                    depth++;
                    break;
                case '}' or ']' or ')' or '>':
                    if (--depth == 0) return c == '}' ? i + 1 : -1;
                    if (depth < 0) return -1;
                    break;
                case '"':
                    int close = t.AsSpan(i + 1).IndexOfAny('"', '\\', '\n');
                    if (close < 0 || t[i + 1 + close] != '"') return -1;
                    i += close + 1;
                    break;
                default:
                    if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '=' or ',' or ' ' or '-' or '+' or ':' or '?'))
                        return -1;
                    // `dense_resource`/`distinct` refer to state outside the text.
                    if (c == 'd' && (t.AsSpan(i).StartsWith("dense_resource") || t.AsSpan(i).StartsWith("distinct"))) return -1;
                    break;
            }
        }
        return -1;
    }

    /// <summary>End (exclusive) of an SSA name `%suffix` starting at <paramref name="i"/> (digits, or an identifier of letters, digits and `$._-`); else -1.</summary>
    public static int SsaNameEnd(string t, int i)
    {
        if (i >= t.Length || t[i] != '%') return -1;
        int j = i + 1;
        if (j < t.Length && char.IsAsciiDigit(t[j]))
        {
            while (j < t.Length && char.IsAsciiDigit(t[j])) j++;
            return j;
        }
        if (j >= t.Length || !(char.IsAsciiLetter(t[j]) || t[j] is '$' or '.' or '_' or '-')) return -1;
        while (j < t.Length && (char.IsAsciiLetterOrDigit(t[j]) || t[j] is '$' or '.' or '_' or '-')) j++;
        return j;
    }

    /// <summary>End (exclusive, after the closing quote) of a non-empty `"..."` of printable ASCII without escapes; else -1.</summary>
    public static int PlainStringEnd(string t, int i)
    {
        if (i >= t.Length || t[i] != '"') return -1;
        int j = i + 1;
        while (j < t.Length && t[j] is >= ' ' and <= '~' and not ('"' or '\\')) j++;
        return j > i + 1 && j < t.Length && t[j] == '"' ? j + 1 : -1;
    }

    /// <summary>
    /// Whether the next token after <paramref name="i"/> (past blanks and line breaks) could attach
    /// to what precedes it: a `loc(...)`, or a `/` that may start a comment hiding one.
    /// </summary>
    public static bool TrailerFollows(string t, int i)
    {
        while (i < t.Length && t[i] is ' ' or '\t' or '\r' or '\n') i++;
        if (i >= t.Length) return false;
        if (t[i] == '/') return true;
        return t.AsSpan(i).StartsWith("loc") && (i + 3 >= t.Length || !(char.IsAsciiLetterOrDigit(t[i + 3]) || t[i + 3] is '_' or '$' or '.'));
    }
}
