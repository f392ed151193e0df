using System.Text;

namespace Lce.IR.Parsing.AssemblyFormat;

/// <summary>Parses an ODS assembly-format string into <see cref="FormatElement"/>s.</summary>
public static class FormatStringParser
{
    /// <exception cref="FormatException">The format string is malformed.</exception>
    public static FormatDefinition Parse(string format)
    {
        int pos = 0;
        var elements = ParseList(format, ref pos, out _);
        if (pos < format.Length) throw new FormatException($"unexpected '{format[pos]}' at {pos} in assembly format");
        return new FormatDefinition(elements);
    }

    private static List<FormatElement> ParseList(string f, ref int pos, out FormatElement? anchor)
    {
        anchor = null;
        var list = new List<FormatElement>();
        while (true)
        {
            SkipSpace(f, ref pos);
            if (pos >= f.Length || f[pos] == ')') return list;
            var e = ParseElement(f, ref pos);
            SkipSpace(f, ref pos);
            if (pos < f.Length && f[pos] == '^') { pos++; anchor = e; }
            list.Add(e);
        }
    }

    private static FormatElement ParseElement(string f, ref int pos)
    {
        char c = f[pos];
        if (c == '`')
        {
            int end = f.IndexOf('`', pos + 1);
            if (end < 0) throw new FormatException("unterminated literal in assembly format");
            var text = f[(pos + 1)..end];
            pos = end + 1;
            return new LiteralElement(text);
        }
        if (c == '$')
        {
            pos++;
            return new VariableElement(Identifier(f, ref pos));
        }
        if (c == '(')
        {
            pos++;
            var then = ParseList(f, ref pos, out var anchor);
            Expect(f, ref pos, ')');
            SkipSpace(f, ref pos);
            var otherwise = new List<FormatElement>();
            if (pos < f.Length && f[pos] == ':')
            {
                pos++;
                SkipSpace(f, ref pos);
                Expect(f, ref pos, '(');
                otherwise = ParseList(f, ref pos, out _);
                Expect(f, ref pos, ')');
                SkipSpace(f, ref pos);
            }
            Expect(f, ref pos, '?');
            return new OptionalGroup(then, otherwise, anchor);
        }
        var name = Identifier(f, ref pos);
        switch (name)
        {
            case "attr-dict": return new AttrDictElement(false);
            case "attr-dict-with-keyword": return new AttrDictElement(true);
            case "prop-dict": return new PropDictElement();
            case "operands" or "results" or "regions" or "successors": return new AllOfKindElement(name);
            case "type":
                return new TypeDirective(Arguments(f, ref pos, 1)[0]);
            case "functional-type":
                var args = Arguments(f, ref pos, 2);
                return new FunctionalTypeDirective(args[0], args[1]);
            case "qualified":
                return new QualifiedDirective(Arguments(f, ref pos, 1)[0]);
            default:
                throw new FormatException($"unknown directive '{name}' in assembly format");
        }
    }

    private static List<FormatElement> Arguments(string f, ref int pos, int count)
    {
        SkipSpace(f, ref pos);
        Expect(f, ref pos, '(');
        var args = new List<FormatElement>();
        for (int i = 0; i < count; i++)
        {
            SkipSpace(f, ref pos);
            if (i > 0) { Expect(f, ref pos, ','); SkipSpace(f, ref pos); }
            args.Add(ParseElement(f, ref pos));
        }
        SkipSpace(f, ref pos);
        Expect(f, ref pos, ')');
        return args;
    }

    private static string Identifier(string f, ref int pos)
    {
        var sb = new StringBuilder();
        while (pos < f.Length && (char.IsLetterOrDigit(f[pos]) || f[pos] is '_' or '-')) sb.Append(f[pos++]);
        if (sb.Length == 0) throw new FormatException($"expected identifier at {pos} in assembly format");
        return sb.ToString();
    }

    private static void Expect(string f, ref int pos, char c)
    {
        if (pos >= f.Length || f[pos] != c) throw new FormatException($"expected '{c}' at {pos} in assembly format");
        pos++;
    }

    private static void SkipSpace(string f, ref int pos)
    {
        while (pos < f.Length && char.IsWhiteSpace(f[pos])) pos++;
    }
}
