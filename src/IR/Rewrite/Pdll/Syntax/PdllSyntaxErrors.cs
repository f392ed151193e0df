using Antlr4.Runtime;
using Lce.IR.Rewrite.Pdll.Generated;

namespace Lce.IR.Rewrite.Pdll;

/// <summary>Raised by the error strategy at the first syntax error; PDLL stops at the first one too.</summary>
internal sealed class PdllSyntaxAbort(SourceLoc loc, string message) : Exception(message)
{
    public SourceLoc Loc { get; } = loc;
}

/// <summary>Turns ANTLR's recognition errors into PDLL-style messages ("expected `;` after statement").</summary>
internal sealed class PdllErrorStrategy(string file) : DefaultErrorStrategy
{
    public override void Sync(Parser recognizer) { }
    public override void Recover(Parser recognizer, RecognitionException e) => throw Abort(recognizer, e.OffendingToken);
    public override IToken RecoverInline(Parser recognizer) => throw Abort(recognizer, recognizer.CurrentToken);
    public override void ReportError(Parser recognizer, RecognitionException e) => throw Abort(recognizer, e.OffendingToken);

    private PdllSyntaxAbort Abort(Parser recognizer, IToken token)
    {
        var loc = new SourceLoc(file, token.Line, token.Column + 1);
        var expected = recognizer.GetExpectedTokens();
        if (expected.Contains(PdllParser.SEMI) && recognizer.Context is PdllParser.StatementContext)
            return new PdllSyntaxAbort(loc, "expected `;` after statement");
        var names = expected.ToList().Where(t => t > 0).Select(t => recognizer.Vocabulary.GetDisplayName(t)).Take(8).ToList();
        var found = token.Type == TokenConstants.EOF ? "end of file" : $"`{token.Text}`";
        var message = names.Count == 1 ? $"expected {Display(names[0])}, but found {found}" : $"unexpected {found}";
        return new PdllSyntaxAbort(loc, message);
    }

    private static string Display(string antlrName) => antlrName.StartsWith('\'') ? $"`{antlrName.Trim('\'')}`" : antlrName.ToLowerInvariant();
}

/// <summary>Lexer errors (stray characters) are syntax errors at their position.</summary>
internal sealed class PdllLexerErrors(string file) : IAntlrErrorListener<int>
{
    public void SyntaxError(TextWriter output, IRecognizer recognizer, int offendingSymbol, int line, int charPositionInLine, string msg, RecognitionException e) =>
        throw new PdllSyntaxAbort(new SourceLoc(file, line, charPositionInLine + 1), msg);
}
