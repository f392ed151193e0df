using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace Lce.IR.Affine;

/// <summary>
/// Reports the first syntax error through the parser's listeners (with ANTLR's usual wording)
/// and then stops parsing, like MLIR which gives up at the first error.
/// </summary>
internal sealed class AffineFirstErrorStrategy : DefaultErrorStrategy
{
    public override void Recover(Parser recognizer, RecognitionException e) => throw new ParseCanceledException(e);

    public override IToken RecoverInline(Parser recognizer)
    {
        var e = new InputMismatchException(recognizer);
        ReportError(recognizer, e);
        throw new ParseCanceledException(e);
    }

    // Single-token insertion/deletion guesses would hide the real position of the error.
    public override void Sync(Parser recognizer) { }
}
