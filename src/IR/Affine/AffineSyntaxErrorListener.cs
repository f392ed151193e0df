using Antlr4.Runtime;

namespace Lce.IR.Affine;

/// <summary>
/// Keeps the first syntax error (message and character offset) instead of letting ANTLR write to
/// the console; later errors are usually consequences of the first.
/// </summary>
internal sealed class AffineSyntaxErrorListener : BaseErrorListener
{
    public AffineParseError? First { get; private set; }

    public override void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line,
        int charPositionInLine, string msg, RecognitionException e)
    {
        if (First is not null) return;
        int offset = offendingSymbol?.StartIndex ?? 0;
        if (offendingSymbol is not null && offendingSymbol.Type == TokenConstants.EOF)
            offset = offendingSymbol.InputStream?.Size ?? offset;
        First = new AffineParseError(Describe(offendingSymbol, msg), Math.Max(0, offset));
    }

    /// <summary>MLIR-style wording for the common cases; ANTLR's own message otherwise.</summary>
    private static string Describe(IToken? token, string antlrMessage)
    {
        if (token is null) return antlrMessage;
        if (token.Type == Parsing.Generated.AffineLexer.AFF_UNKNOWN) return $"unexpected character '{token.Text}'";
        return antlrMessage;
    }
}
