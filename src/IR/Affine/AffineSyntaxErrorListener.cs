using Antlr4.Runtime;
using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Affine;

/// <summary>
/// Keeps the first syntax error instead of letting ANTLR write to the console, and rewords it the
/// way MLIR's affine parser does: "expected ..." errors about a missing delimiter point just past
/// the previous token, errors about a missing operand point at the offending token.
/// </summary>
internal sealed class AffineSyntaxErrorListener : BaseErrorListener
{
    public AffineParseError? First { get; private set; }

    public override void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line,
        int charPositionInLine, string msg, RecognitionException e)
    {
        if (First is not null) return;
        First = recognizer is Parser parser && offendingSymbol is not null
            ? Describe(parser, offendingSymbol)
            : new AffineParseError(msg, Math.Max(0, offendingSymbol?.StartIndex ?? 0));
    }

    private static AffineParseError Describe(Parser parser, IToken offending)
    {
        int at = offending.Type == TokenConstants.EOF ? offending.InputStream?.Size ?? 0 : offending.StartIndex;
        var previous = ((ITokenStream)parser.InputStream).LT(-1);
        int afterPrevious = previous is null ? at : previous.StopIndex + 1;
        var expected = parser.GetExpectedTokens();

        if (offending.Type == G.AffineLexer.AFF_UNKNOWN)
            // MLIR's lexer reads '#' as the start of an attribute alias name.
            return new(offending.Text == "#" ? "invalid attribute name" : $"unexpected character '{offending.Text}'", at);
        bool inExpressionList = parser.Context is G.AffineParser.AffineResultListContext or G.AffineParser.AffineConstraintListContext
            or G.AffineParser.AffineParenOperandContext or G.AffineParser.AffineConstraintContext;
        // '+' and '*' can only be wrong where an operand should start.
        bool operatorInsteadOfOperand = inExpressionList && offending.Type is G.AffineLexer.AFF_PLUS or G.AffineLexer.AFF_STAR;
        if (expected.Contains(G.AffineLexer.AFF_INT) || operatorInsteadOfOperand)
            return new(OperandMessage(offending, previous), at);
        if (expected.Contains(G.AffineLexer.AFF_GREATER) || expected.Contains(G.AffineLexer.AFF_EQUAL))
            return new("expected '== affine-expr' or '>= affine-expr' at end of affine constraint", at);

        string message = parser.Context switch
        {
            G.AffineParser.AffineIdentifierContext => "expected bare identifier",
            G.AffineParser.AffineDimListContext when expected.Contains(G.AffineLexer.AFF_LPAREN) => "expected '(' in dimensional identifier list",
            G.AffineParser.AffineDimListContext when expected.Contains(G.AffineLexer.AFF_ID) && !expected.Contains(G.AffineLexer.AFF_RPAREN) => "expected bare identifier",
            G.AffineParser.AffineDimListContext => "expected ')' in dimensional identifier list",
            G.AffineParser.AffineSymbolListContext when expected.Contains(G.AffineLexer.AFF_ID) && !expected.Contains(G.AffineLexer.AFF_RSQUARE) => "expected bare identifier",
            G.AffineParser.AffineSymbolListContext => "expected ']' in symbol list",
            G.AffineParser.AffineResultListContext when expected.Contains(G.AffineLexer.AFF_LPAREN) => "expected '(' in affine map range",
            G.AffineParser.AffineResultListContext => "expected ')' in affine map range",
            G.AffineParser.AffineConstraintListContext when expected.Contains(G.AffineLexer.AFF_LPAREN) => "expected '(' in integer set constraint list",
            G.AffineParser.AffineConstraintListContext => "expected ')' in integer set constraint list",
            G.AffineParser.AffineParenOperandContext => "expected ')'",
            G.AffineParser.AffineMapOrSetEntryContext entry when expected.Contains(TokenConstants.EOF) =>
                entry.AFF_ARROW() is not null ? "expected '>' in affine map" : "expected '>' in integer set",
            G.AffineParser.AffineMapOrSetEntryContext => "expected '->' or ':'",
            _ => $"unexpected '{offending.Text}'",
        };
        return new(message, afterPrevious);
    }

    /// <summary>The wording MLIR uses when an operand of an affine expression is missing.</summary>
    private static string OperandMessage(IToken offending, IToken? previous)
    {
        bool afterOperator = previous is not null && previous.Type is G.AffineLexer.AFF_PLUS or G.AffineLexer.AFF_MINUS
            or G.AffineLexer.AFF_STAR or G.AffineLexer.AFF_FLOORDIV or G.AffineLexer.AFF_CEILDIV or G.AffineLexer.AFF_MOD;
        if (afterOperator) return "missing right operand of binary operator";
        if (offending.Type is G.AffineLexer.AFF_PLUS or G.AffineLexer.AFF_STAR) return "missing left operand of binary operator";
        if (previous?.Type == G.AffineLexer.AFF_LPAREN && offending.Type == G.AffineLexer.AFF_RPAREN) return "no expression inside parentheses";
        return "expected affine expression";
    }
}
