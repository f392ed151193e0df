using System.Numerics;
using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>
/// <see cref="IOpAsmParser"/> for custom-syntax hooks: required forms report a located error and
/// throw; optional forms look at the next token only and consume nothing when it does not match.
/// </summary>
internal sealed partial class OperationParser : IOpAsmParser
{
    private Builder? _builder;
    public IRContext Context => Ctx;
    public Builder Builder => _builder ??= new Builder(Ctx);
    public Location CurrentLocation => s.Buffer.LocOf(s.Peek);
    public Location NameLocation => _nameLocation;

    public Exception Error(string message) => s.ErrorExpected(message);
    public Exception Error(Location at, string message) => s.Error(at, message);

    // ---------------------------------------------------------------- punctuation
    private static readonly Dictionary<string, int> Punctuation = new()
    {
        [","] = G.MlirLexer.COMMA, [":"] = G.MlirLexer.COLON, ["("] = G.MlirLexer.LPAREN, [")"] = G.MlirLexer.RPAREN,
        ["["] = G.MlirLexer.LSQUARE, ["]"] = G.MlirLexer.RSQUARE, ["{"] = G.MlirLexer.LBRACE, ["}"] = G.MlirLexer.RBRACE,
        ["<"] = G.MlirLexer.LESS, [">"] = G.MlirLexer.GREATER, ["="] = G.MlirLexer.EQUAL, ["->"] = G.MlirLexer.ARROW,
        ["?"] = G.MlirLexer.QUESTION, ["*"] = G.MlirLexer.STAR, ["+"] = G.MlirLexer.PLUS, ["-"] = G.MlirLexer.MINUS,
        ["..."] = G.MlirLexer.ELLIPSIS, ["|"] = G.MlirLexer.VBAR, ["::"] = G.MlirLexer.COLON_COLON,
    };

    private static int PunctToken(string punct) =>
        Punctuation.TryGetValue(punct, out int t) ? t : throw new ArgumentException($"unknown punctuation '{punct}'");

    public void ParsePunct(string punct)
    {
        if (!ParseOptionalPunct(punct)) throw s.ErrorExpected($"expected '{punct}'");
    }

    public bool ParseOptionalPunct(string punct) => s.TryConsume(PunctToken(punct));
    public bool PeekPunct(string punct) => s.PeekType == PunctToken(punct);

    // ---------------------------------------------------------------- keywords, strings, numbers
    public bool PeekKeyword(string keyword) => ParserSession.IsIdentifier(s.PeekType) && s.Span(s.Peek).SequenceEqual(keyword);

    public void ParseKeyword(string keyword)
    {
        if (!ParseOptionalKeyword(keyword)) throw s.ErrorExpected($"expected '{keyword}'");
    }

    public bool ParseOptionalKeyword(string keyword)
    {
        if (!PeekKeyword(keyword)) return false;
        s.Next();
        return true;
    }

    public string? ParseOptionalKeyword() => ParserSession.IsIdentifier(s.PeekType) ? s.Intern(s.Next()) : null;

    public string ParseKeywordOrString() =>
        ParseOptionalKeyword() ?? ParseOptionalString() ?? throw s.ErrorExpected("expected valid keyword or string");

    public string? ParseOptionalString() =>
        s.PeekType == G.MlirLexer.STRING ? StringLiterals.DecodeText(s, s.Next()) : null;

    public string ParseString() => ParseOptionalString() ?? throw s.ErrorExpected("expected string");

    public BigInteger ParseInteger() => ParseOptionalInteger() ?? throw s.ErrorExpected("expected integer value");

    public BigInteger? ParseOptionalInteger()
    {
        bool negative = s.PeekType == G.MlirLexer.MINUS && s.Tokens.LA(2) is G.MlirLexer.INT or G.MlirLexer.HEX_INT;
        if (!negative && s.PeekType is not (G.MlirLexer.INT or G.MlirLexer.HEX_INT)) return null;
        if (negative) s.Next();
        var v = s.Trees.ParseMagnitude(s.Next());
        return negative ? -v : v;
    }

    public string ParseSymbolName() => ParseOptionalSymbolName() ?? throw s.ErrorExpected("expected valid '@'-identifier for symbol name");

    public string? ParseOptionalSymbolName() =>
        s.PeekType == G.MlirLexer.AT_ID ? s.Trees.SymbolName(s.Next()) : null;

    // ---------------------------------------------------------------- operands
    public UnresolvedOperand ParseOperand() => ParseOperandUse();

    public UnresolvedOperand? ParseOptionalOperand() =>
        s.PeekType == G.MlirLexer.PERCENT_ID ? ParseOperandUse() : null;

    public List<UnresolvedOperand> ParseOperandList(Delimiter delimiter = Delimiter.None, int requiredCount = -1)
    {
        var start = s.Peek;
        var list = new List<UnresolvedOperand>();
        int close = OpenDelimiter(delimiter);
        if (close < 0) return list;
        if (close == 0 ? s.PeekType == G.MlirLexer.PERCENT_ID : s.PeekType != close)
        {
            do list.Add(ParseOperandUse()); while (s.TryConsume(G.MlirLexer.COMMA));
        }
        if (close > 0) s.Expect(close, $"expected '{G.MlirLexer.DefaultVocabulary.GetLiteralName(close).Trim('\'')}' in operand list");
        if (requiredCount >= 0 && list.Count != requiredCount)
            throw s.Error(start, $"expected {requiredCount} operands");
        return list;
    }

    /// <summary>Consumes the opening delimiter; returns the closing token type, 0 for none, -1 if an optional one is absent.</summary>
    private int OpenDelimiter(Delimiter d)
    {
        (int open, int close, bool optional) = d switch
        {
            Delimiter.Paren => (G.MlirLexer.LPAREN, G.MlirLexer.RPAREN, false),
            Delimiter.Square => (G.MlirLexer.LSQUARE, G.MlirLexer.RSQUARE, false),
            Delimiter.LessGreater => (G.MlirLexer.LESS, G.MlirLexer.GREATER, false),
            Delimiter.Braces => (G.MlirLexer.LBRACE, G.MlirLexer.RBRACE, false),
            Delimiter.OptionalParen => (G.MlirLexer.LPAREN, G.MlirLexer.RPAREN, true),
            Delimiter.OptionalSquare => (G.MlirLexer.LSQUARE, G.MlirLexer.RSQUARE, true),
            Delimiter.OptionalLessGreater => (G.MlirLexer.LESS, G.MlirLexer.GREATER, true),
            Delimiter.OptionalBraces => (G.MlirLexer.LBRACE, G.MlirLexer.RBRACE, true),
            _ => (0, 0, false),
        };
        if (open == 0) return 0;
        if (s.TryConsume(open)) return close;
        if (optional) return -1;
        throw s.ErrorExpected($"expected {G.MlirLexer.DefaultVocabulary.GetLiteralName(open)}");
    }

    public Value ResolveOperand(UnresolvedOperand operand, IRType type) => Resolve(operand, type);

    public void ResolveOperands(IReadOnlyList<UnresolvedOperand> operands, IReadOnlyList<IRType> types, Location loc, List<Value> result)
    {
        if (operands.Count != types.Count)
            throw s.Error(loc, $"{operands.Count} operands present, but expected {types.Count}");
        for (int i = 0; i < operands.Count; i++) result.Add(Resolve(operands[i], types[i]));
    }

    public void ResolveOperands(IReadOnlyList<UnresolvedOperand> operands, IRType type, List<Value> result)
    {
        foreach (var u in operands) result.Add(Resolve(u, type));
    }

    // ---------------------------------------------------------------- types
    public IRType ParseType() => s.ParseTypeCached();
    public IRType? ParseOptionalType() => s.AtTypeStart() ? s.ParseTypeCached() : null;

    public IRType ParseColonType()
    {
        s.Expect(G.MlirLexer.COLON, "expected ':'");
        return s.ParseType();
    }

    public List<IRType> ParseColonTypeList()
    {
        s.Expect(G.MlirLexer.COLON, "expected ':'");
        return ParseTypeList();
    }

    public List<IRType> ParseTypeList()
    {
        var list = new List<IRType>();
        do list.Add(s.ParseType()); while (s.TryConsume(G.MlirLexer.COMMA));
        return list;
    }

    public List<IRType> ParseArrowTypeList()
    {
        s.Expect(G.MlirLexer.ARROW, "expected '->'");
        return ParseFunctionResults();
    }

    public List<IRType> ParseOptionalArrowTypeList() => s.TryConsume(G.MlirLexer.ARROW) ? ParseFunctionResults() : [];

    /// <summary>`(t1, t2)`, `()` or a single non-function type.</summary>
    private List<IRType> ParseFunctionResults()
    {
        if (!s.TryConsume(G.MlirLexer.LPAREN)) return [s.ParseNonFunctionType()];
        var list = new List<IRType>();
        if (s.PeekType != G.MlirLexer.RPAREN) list = ParseTypeList();
        s.Expect(G.MlirLexer.RPAREN, "expected ')'");
        return list;
    }

    public FunctionType ParseFunctionType() => s.Trees.FunctionType(s.Run(p => p.functionType()));
}
