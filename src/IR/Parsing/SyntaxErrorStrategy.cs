using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>
/// Turns the first ANTLR syntax error into a <see cref="ParseAbort"/> with MLIR-like wording
/// ("expected ':'", "expected non-function type", ...) instead of recovering or printing.
/// </summary>
internal sealed class SyntaxErrorStrategy(ParserSession session) : DefaultErrorStrategy
{
    public override void Sync(Parser recognizer) { }

    public override void Recover(Parser recognizer, RecognitionException e) => throw Abort(recognizer, e.OffendingToken, e.Context as ParserRuleContext);

    public override IToken RecoverInline(Parser recognizer) => throw Abort(recognizer, recognizer.CurrentToken, recognizer.Context);

    public override void ReportError(Parser recognizer, RecognitionException e) => throw Abort(recognizer, e.OffendingToken, e.Context as ParserRuleContext);

    private ParseAbort Abort(Parser p, IToken offending, ParserRuleContext? ctx)
    {
        int rule = ctx?.RuleIndex ?? -1;
        IntervalSet expected;
        try { expected = p.GetExpectedTokens(); } catch (Exception) { expected = new IntervalSet(); }
        var (message, at) = Describe(p, offending, rule, expected);
        return session.SyntaxError(at, message);
    }

    private (string, IToken) Describe(Parser p, IToken tok, int rule, IntervalSet expected)
    {
        var tokens = (ITokenStream)p.InputStream;
        if (session.LexicalError(tok) is { } lexical) return (lexical, tok);
        // After `(` or `,` in a type list MLIR expects a type, even where `)` would also do.
        if (rule is G.MlirParser.RULE_functionType or G.MlirParser.RULE_functionResults
            && (expected.Contains(G.MlirLexer.INTEGER_TYPE) || tokens.LT(-1)?.Type is G.MlirLexer.LPAREN or G.MlirLexer.COMMA))
            return ("expected non-function type", tok);
        switch (rule)
        {
            case G.MlirParser.RULE_nonFunctionType or G.MlirParser.RULE_type or G.MlirParser.RULE_typeList
                or G.MlirParser.RULE_functionResults or G.MlirParser.RULE_dimension:
                // `tensor<4x4>` lexes `4x` then `4`: MLIR reports the missing 'x' after the number.
                if (tok.Type == G.MlirLexer.INT) return ("expected 'x' in dimension list", tokens.LT(2));
                return (expected.Count == 1 ? Expected(expected) : "expected non-function type", tok);
            case G.MlirParser.RULE_attributeValue or G.MlirParser.RULE_arrayElement or G.MlirParser.RULE_strideValue:
                if (rule == G.MlirParser.RULE_arrayElement) return ("expected integer literal", tok);
                if (p.Context is G.MlirParser.ArrayAttrContext { ChildCount: > 1 }) return ("expected ',' or ']'", tok);
                return (expected.Count == 1 ? Expected(expected) : "expected attribute value", tok);
            case G.MlirParser.RULE_dictionary:
                return ("expected '}' in attribute dictionary", tok);
            case G.MlirParser.RULE_dictEntry:
                return (expected.Contains(G.MlirLexer.EQUAL) ? "expected '}' in attribute dictionary" : "expected attribute name", tok);
            case G.MlirParser.RULE_locationInner or G.MlirParser.RULE_location:
                return (expected.Count == 1 ? Expected(expected) : "expected location instance", tok);
            case G.MlirParser.RULE_denseLiteral or G.MlirParser.RULE_denseList or G.MlirParser.RULE_denseItem
                or G.MlirParser.RULE_denseElement or G.MlirParser.RULE_denseScalar:
                return (expected.Count == 1 ? Expected(expected) : "expected element literal of primitive type", tok);
            case G.MlirParser.RULE_dialectBody or G.MlirParser.RULE_soup:
                return ("unbalanced '<' character in pretty dialect name", tok);
            case G.MlirParser.RULE_anyIdent:
                return ("expected identifier", tok);
        }
        return (expected.Count == 1 ? Expected(expected) : "unexpected token", tok);
    }

    private static string Expected(IntervalSet set) => "expected " + TokenNames.Describe(set.MinElement);
}

/// <summary>How tokens are named in messages ("':'", "'('", "identifier", ...).</summary>
internal static class TokenNames
{
    public static string Describe(int type)
    {
        var literal = G.MlirLexer.DefaultVocabulary.GetLiteralName(type);
        if (literal is not null) return literal;
        return type switch
        {
            G.MlirLexer.BARE_ID => "identifier",
            G.MlirLexer.INT or G.MlirLexer.HEX_INT => "integer literal",
            G.MlirLexer.FLOAT => "floating point literal",
            G.MlirLexer.STRING => "string",
            G.MlirLexer.PERCENT_ID => "SSA value",
            G.MlirLexer.CARET_ID => "block name",
            G.MlirLexer.AT_ID => "symbol reference",
            G.MlirLexer.HASH_ID => "attribute alias",
            G.MlirLexer.EXCL_ID => "type alias",
            TokenConstants.EOF => "end of file",
            _ => G.MlirLexer.DefaultVocabulary.GetDisplayName(type),
        };
    }
}
