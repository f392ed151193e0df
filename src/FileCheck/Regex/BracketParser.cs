namespace Lce.FileCheck.Regex;

/// <summary>
/// Parses a bracket expression ("[...]") the way Spencer's regcomp does: a leading ']'
/// or '-' is literal, POSIX classes [:name:], equivalence classes [=c=] and collating
/// symbols [.c.] are single bytes, and a negated list never matches a newline
/// (REG_NEWLINE, which FileCheck always uses).
/// </summary>
internal static class BracketParser
{
    private static readonly Dictionary<string, Func<char, bool>> Classes = new()
    {
        ["alnum"] = c => char.IsAsciiLetterOrDigit(c),
        ["alpha"] = c => char.IsAsciiLetter(c),
        ["blank"] = c => c is ' ' or '\t',
        ["cntrl"] = c => c < 32 || c == 127,
        ["digit"] = c => char.IsAsciiDigit(c),
        ["graph"] = c => c > 32 && c < 127,
        ["lower"] = c => char.IsAsciiLetterLower(c),
        ["print"] = c => c >= 32 && c < 127,
        ["punct"] = c => c > 32 && c < 127 && !char.IsAsciiLetterOrDigit(c),
        ["space"] = c => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f',
        ["upper"] = c => char.IsAsciiLetterUpper(c),
        ["xdigit"] = c => char.IsAsciiHexDigit(c),
    };

    /// <summary>Parses from just after '['; leaves <paramref name="pos"/> after the closing ']'.</summary>
    public static CharSet Parse(string p, ref int pos, bool ignoreCase)
    {
        var set = new CharSet();
        bool invert = false;
        if (pos < p.Length && p[pos] == '^') { invert = true; pos++; }
        if (pos < p.Length && p[pos] == ']') { set.Add(']'); pos++; }
        else if (pos < p.Length && p[pos] == '-') { set.Add('-'); pos++; }
        while (pos < p.Length && p[pos] != ']' && !(p[pos] == '-' && pos + 1 < p.Length && p[pos + 1] == ']'))
            ParseTerm(p, ref pos, set);
        if (pos < p.Length && p[pos] == '-') { set.Add('-'); pos++; }
        if (pos >= p.Length || p[pos] != ']') throw new RegexSyntaxException(RegexSyntaxException.Bracket);
        pos++;
        if (ignoreCase) set.AddOtherCases();
        if (invert)
        {
            set.Invert();
            set.Remove('\n');
        }
        return set;
    }

    private static void ParseTerm(string p, ref int pos, CharSet set)
    {
        char c = p[pos];
        if (c == '-') throw new RegexSyntaxException(RegexSyntaxException.Range);
        char kind = c == '[' && pos + 1 < p.Length ? p[pos + 1] : '\0';
        if (kind == ':')
        {
            pos += 2;
            if (pos >= p.Length) throw new RegexSyntaxException(RegexSyntaxException.Bracket);
            if (p[pos] is '-' or ']') throw new RegexSyntaxException(RegexSyntaxException.CharClass);
            int start = pos;
            while (pos < p.Length && char.IsAsciiLetter(p[pos])) pos++;
            if (!Classes.TryGetValue(p[start..pos], out var member))
                throw new RegexSyntaxException(RegexSyntaxException.CharClass);
            for (int i = 0; i < 256; i++) if (member((char)i)) set.Add((char)i);
            if (pos >= p.Length) throw new RegexSyntaxException(RegexSyntaxException.Bracket);
            if (!(p[pos] == ':' && pos + 1 < p.Length && p[pos + 1] == ']'))
                throw new RegexSyntaxException(RegexSyntaxException.CharClass);
            pos += 2;
            return;
        }
        if (kind == '=')
        {
            pos += 2;
            if (pos >= p.Length) throw new RegexSyntaxException(RegexSyntaxException.Bracket);
            if (p[pos] is '-' or ']') throw new RegexSyntaxException(RegexSyntaxException.Collate);
            set.Add(CollatingElement(p, ref pos, '='));
            return;
        }
        char first = Symbol(p, ref pos);
        char last = first;
        if (pos + 1 < p.Length && p[pos] == '-' && p[pos + 1] != ']')
        {
            pos++;
            if (p[pos] == '-') { last = '-'; pos++; }
            else last = Symbol(p, ref pos);
        }
        if (first > last) throw new RegexSyntaxException(RegexSyntaxException.Range);
        set.AddRange(first, last);
    }

    private static char Symbol(string p, ref int pos)
    {
        if (pos + 1 < p.Length && p[pos] == '[' && p[pos + 1] == '.')
        {
            pos += 2;
            return CollatingElement(p, ref pos, '.');
        }
        if (pos >= p.Length) throw new RegexSyntaxException(RegexSyntaxException.Bracket);
        return p[pos++];
    }

    /// <summary>Reads "x" + terminator + "]" where x is a single byte (multi-character names are not supported).</summary>
    private static char CollatingElement(string p, ref int pos, char terminator)
    {
        int start = pos;
        while (pos < p.Length && !(p[pos] == terminator && pos + 1 < p.Length && p[pos + 1] == ']')) pos++;
        if (pos >= p.Length) throw new RegexSyntaxException(RegexSyntaxException.Bracket);
        if (pos - start != 1) throw new RegexSyntaxException(RegexSyntaxException.Collate);
        char c = p[start];
        pos += 2;
        return c;
    }
}
