namespace Lce.IR.Parsing;

/// <summary>
/// Unwinds the parser after its first error. The diagnostic is recorded by the top-level entry
/// point, which catches this and returns a failed <see cref="ParseResult"/>.
/// </summary>
internal sealed class ParseAbort(Diagnostic diagnostic, bool isSyntax = false) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
    /// <summary>Raised by the ANTLR error strategy (a retry with full LL prediction may succeed).</summary>
    public bool IsSyntax { get; } = isSyntax;
}
