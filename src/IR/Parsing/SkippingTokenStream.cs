using Antlr4.Runtime;

namespace Lce.IR.Parsing;

/// <summary>
/// The unbuffered token stream, able to jump the lexer over a stretch of source text whose
/// meaning is already known (a function type or dictionary seen before with the same text), so
/// that its tokens are never materialized.
/// </summary>
internal sealed class SkippingTokenStream(FastMlirLexer lexer) : UnbufferedTokenStream(lexer)
{
    /// <summary>
    /// Whether exactly one token (LT(1)) is buffered and the lexer is in the default mode, so the
    /// lexer's position is just after LT(1) and can be moved.
    /// </summary>
    public bool CanSkip => n - p == 1 && lexer.CurrentMode == 0;

    /// <summary>
    /// Consumes LT(1) and everything up to <paramref name="end"/> (exclusive), which must be on
    /// LT(1)'s line; the next token is lexed from <paramref name="end"/>. Requires <see cref="CanSkip"/>.
    /// </summary>
    public void SkipTo(int end)
    {
        var first = tokens[p];
        lexer.InputStream.Seek(end);
        lexer.Interpreter.Column = first.Column + (end - first.StartIndex);
        Consume();
    }
}
