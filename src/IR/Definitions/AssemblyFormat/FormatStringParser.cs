namespace Lce.IR.Formats;

/// <summary>Parses an assembly format string into <see cref="AssemblyFormat"/>; throws <see cref="FormatException"/> on malformed formats.</summary>
public static class FormatStringParser
{
    public static AssemblyFormat Parse(string format)
    {
        int pos = 0;
        var elems = ParseList(format, ref pos, terminator: null);
        return new AssemblyFormat(elems);
    }

    private static List<FormatElement> ParseList(string s, ref int pos, char? terminator)
    {
        var list = new List<FormatElement>();
        while (true)
        {
            SkipSpace(s, ref pos);
            if (pos >= s.Length)
            {
                if (terminator is not null) throw new FormatException($"expected '{terminator}' in assembly format '{s}'");
                return list;
            }
            if (terminator is { } t && s[pos] == t) { pos++; return list; }
            if (s[pos] == ',' && terminator == ')') { pos++; continue; }
            list.Add(ParseElement(s, ref pos));
        }
    }

    private static FormatElement ParseElement(string s, ref int pos)
    {
        char c = s[pos];
        if (c == '`')
        {
            int end = s.IndexOf('`', pos + 1);
            if (end < 0) throw new FormatException($"unterminated literal in '{s}'");
            var lit = new LiteralElement(s[(pos + 1)..end]);
            pos = end + 1;
            return lit;
        }
        if (c == '$')
        {
            int start = ++pos;
            while (pos < s.Length && (char.IsAsciiLetterOrDigit(s[pos]) || s[pos] == '_')) pos++;
            string name = s[start..pos];
            bool anchor = pos < s.Length && s[pos] == '^';
            if (anchor) pos++;
            return new VariableElement(name, anchor);
        }
        if (c == '(')
        {
            pos++;
            var then = ParseList(s, ref pos, ')');
            SkipSpace(s, ref pos);
            List<FormatElement>? els = null;
            if (pos < s.Length && s[pos] == ':')
            {
                pos++;
                SkipSpace(s, ref pos);
                if (pos >= s.Length || s[pos] != '(') throw new FormatException($"expected '(' after ':' in '{s}'");
                pos++;
                els = ParseList(s, ref pos, ')');
                SkipSpace(s, ref pos);
            }
            if (pos >= s.Length || s[pos] != '?') throw new FormatException($"expected '?' after optional group in '{s}'");
            pos++;
            return new OptionalGroup(then, els);
        }
        int kwStart = pos;
        while (pos < s.Length && (char.IsAsciiLetterOrDigit(s[pos]) || s[pos] == '-' || s[pos] == '_')) pos++;
        string kw = s[kwStart..pos];
        switch (kw)
        {
            case "attr-dict": return new AttrDictElement(false);
            case "attr-dict-with-keyword": return new AttrDictElement(true);
            case "prop-dict": return new PropDictElement();
            case "operands": case "results": case "regions": case "successors": return new KeywordDirective(kw);
            case "type":
            {
                var args = ParseArgs(s, ref pos);
                bool anchor = pos < s.Length && s[pos] == '^';
                if (anchor) pos++;
                return new TypeElement(args[0], anchor);
            }
            case "functional-type":
            {
                var args = ParseArgs(s, ref pos);
                if (args.Count != 2) throw new FormatException("functional-type takes two arguments");
                return new FunctionalTypeElement(args[0], args[1]);
            }
            case "qualified": return new QualifiedElement(ParseArgs(s, ref pos)[0]);
            default: throw new FormatException($"unknown directive '{kw}' in assembly format '{s}'");
        }
    }

    private static List<FormatElement> ParseArgs(string s, ref int pos)
    {
        SkipSpace(s, ref pos);
        if (pos >= s.Length || s[pos] != '(') throw new FormatException($"expected '(' in '{s}'");
        pos++;
        return ParseList(s, ref pos, ')');
    }

    private static void SkipSpace(string s, ref int pos)
    {
        while (pos < s.Length && char.IsWhiteSpace(s[pos])) pos++;
    }
}
