namespace Lce.Dialects.Arith;

using Lce.IR;

/// <summary>
/// A bit-enum description as ODS generates it (I32BitEnumAttr): named bits, a `none` case for
/// zero, optional named groups (`fast` = all fastmath bits) printed in place of their members,
/// and the separator used when printing several bits.
/// </summary>
public sealed class BitEnum
{
    /// <summary>C++ enum name used in diagnostics, e.g. "::mlir::arith::FastMathFlags".</summary>
    public string CppName { get; }
    /// <summary>ODS attribute name used in diagnostics, e.g. "Arith_FastMathAttr".</summary>
    public string AttrName { get; }
    public IReadOnlyList<(string Name, int Bit)> Bits { get; }
    public IReadOnlyList<(string Name, int Mask)> Groups { get; }
    public string Separator { get; }

    public BitEnum(string cppName, string attrName, string separator,
        IReadOnlyList<(string, int)> bits, IReadOnlyList<(string, int)> groups)
    {
        CppName = cppName; AttrName = attrName; Separator = separator; Bits = bits; Groups = groups;
    }

    /// <summary>All case names in declaration order, as listed in "to be one of" messages.</summary>
    public IEnumerable<string> CaseNames => new[] { "none" }.Concat(Bits.Select(b => b.Name)).Concat(Groups.Select(g => g.Name));

    public int? Symbolize(string keyword)
    {
        if (keyword == "none") return 0;
        foreach (var (n, b) in Bits) if (n == keyword) return b;
        foreach (var (n, m) in Groups) if (n == keyword) return m;
        return null;
    }

    /// <summary>
    /// stringifyXxx with printBitEnumPrimaryGroups: groups fully present print first by name,
    /// then the remaining bits in declaration order.
    /// </summary>
    public string Stringify(int value)
    {
        if (value == 0) return "none";
        var parts = new List<string>();
        int rest = value;
        foreach (var (n, m) in Groups)
            if ((rest & m) == m) { parts.Add(n); rest &= ~m; }
        foreach (var (n, b) in Bits)
            if ((rest & b) != 0) parts.Add(n);
        return string.Join(Separator, parts);
    }

    public string ExpectedMessage => $"expected {CppName} to be one of: {string.Join(", ", CaseNames)}";
    public string FailedParameterMessage => $"failed to parse {AttrName} parameter 'value' which is to be a `{CppName}`";

    /// <summary>Parses `&lt;a, b, ...&gt;` through the op parser hooks; returns the combined bits.</summary>
    public int ParseAngleBody(IOpAsmParser p)
    {
        p.ParsePunct("<");
        int value = ParseList(p);
        p.ParsePunct(">");
        return value;
    }

    private int ParseList(IOpAsmParser p)
    {
        int value = 0;
        do
        {
            var loc = p.CurrentLocation;
            string? word = p.ParseOptionalKeyword() ?? p.ParseOptionalString();
            if (word is null)
            {
                p.Error("expected valid keyword or string");
                throw p.Error(FailedParameterMessage);
            }
            if (Symbolize(word) is not { } bits)
            {
                p.Error(loc, ExpectedMessage);
                throw p.Error(FailedParameterMessage);
            }
            value |= bits;
        } while (p.ParseOptionalComma());
        return value;
    }

    /// <summary>Parses the list inside `&lt;...&gt;` of a dialect attribute body given as text.</summary>
    public int ParseBodyText(IDialectAsmParser parser, string text, int offset)
    {
        var lexer = new BodyLexer(text, offset);
        int value = 0;
        while (true)
        {
            int start = lexer.Position;
            var word = lexer.NextWord();
            if (word is null)
            {
                parser.Error("expected valid keyword or string", start);
                throw parser.Error(FailedParameterMessage, start);
            }
            if (Symbolize(word) is not { } bits)
            {
                parser.Error(ExpectedMessage, start);
                throw parser.Error(FailedParameterMessage, lexer.Position);
            }
            value |= bits;
            if (!lexer.Consume(',')) break;
        }
        if (!lexer.AtEnd) throw parser.Error("expected '>'", lexer.Position);
        return value;
    }

    /// <summary>A tiny lexer over the text between `&lt;` and `&gt;`: bare identifiers, strings and commas.</summary>
    private sealed class BodyLexer(string text, int offset)
    {
        private int _i;
        public int Position => offset + _i;
        public bool AtEnd { get { SkipSpace(); return _i >= text.Length; } }

        private void SkipSpace() { while (_i < text.Length && char.IsWhiteSpace(text[_i])) _i++; }

        public bool Consume(char c)
        {
            SkipSpace();
            if (_i < text.Length && text[_i] == c) { _i++; return true; }
            return false;
        }

        public string? NextWord()
        {
            SkipSpace();
            if (_i >= text.Length) return null;
            if (text[_i] == '"')
            {
                int end = text.IndexOf('"', _i + 1);
                if (end < 0) return null;
                var s = text[(_i + 1)..end];
                _i = end + 1;
                return s;
            }
            if (!(char.IsAsciiLetter(text[_i]) || text[_i] == '_')) return null;
            int st = _i;
            while (_i < text.Length && (char.IsAsciiLetterOrDigit(text[_i]) || text[_i] is '_' or '$' or '.')) _i++;
            return text[st.._i];
        }
    }
}
