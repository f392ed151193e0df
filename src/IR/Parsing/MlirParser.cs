using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>
/// Entry points of the textual IR parser (MLIR's parseSourceString / parseType / parseAttribute).
/// Every failure is a <see cref="Diagnostic"/> at a 1-based line and UTF-8 column of the original
/// buffer; the first error stops the parse. No exception escapes for malformed input: internal
/// failures are reported as diagnostics too.
/// </summary>
public static class MlirParser
{
    /// <summary>Inputs shorter than this are parsed on the caller's thread (they cannot nest deeply enough to matter).</summary>
    private const int InlineParseLimit = 256;
    private const int LargeStackSize = 1 << 30;

    /// <summary>
    /// Parses a whole buffer: top-level operations wrapped into an implicit `builtin.module` (with
    /// location `loc("bufferName":0:0)`) unless the buffer is a single module, or returned as is
    /// with <see cref="ParserOptions.NoImplicitModule"/>.
    /// </summary>
    public static ParseResult ParseSourceString(IRContext ctx, string text, string bufferName = "-", ParserOptions? options = null) =>
        ParseChunk(ctx, text, bufferName, 0, options);

    /// <summary>
    /// Parses one chunk of a larger buffer (`-split-input-file`): <paramref name="lineOffset"/> is the
    /// number of lines before the chunk in the original file, so locations and diagnostics carry
    /// original line numbers. The chunk must start at the beginning of a line.
    /// </summary>
    public static ParseResult ParseChunk(IRContext ctx, string chunkText, string bufferName, int lineOffset, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var op = Run(ctx, chunkText, bufferName, lineOffset, options, diagnostics, TopLevelParser.Parse);
        if (options.ReportToContext) foreach (var d in diagnostics) ctx.Diagnostics.Emit(d);
        return new ParseResult(op, diagnostics);
    }

    /// <summary>Parses a type such as `tensor&lt;4x?xf32&gt;`; throws <see cref="DiagnosticException"/> if invalid.</summary>
    public static IRType ParseType(IRContext ctx, string text) =>
        TryParseType(ctx, text, out var d) ?? throw new DiagnosticException(d!);

    /// <summary>Parses an attribute such as `dense&lt;1&gt; : tensor&lt;2xi32&gt;`; throws <see cref="DiagnosticException"/> if invalid.</summary>
    public static IRAttribute ParseAttribute(IRContext ctx, string text) =>
        TryParseAttribute(ctx, text, out var d) ?? throw new DiagnosticException(d!);

    /// <summary>Parses a type that must span the whole text; null with the diagnostic on failure.</summary>
    public static IRType? TryParseType(IRContext ctx, string text, out Diagnostic? diagnostic) =>
        ParseWhole(ctx, text, s => s.ParseType(), out diagnostic);

    /// <summary>Parses an attribute that must span the whole text; null with the diagnostic on failure.</summary>
    public static IRAttribute? TryParseAttribute(IRContext ctx, string text, out Diagnostic? diagnostic) =>
        ParseWhole(ctx, text, s => s.ParseAttribute(), out diagnostic);

    private static T? ParseWhole<T>(IRContext ctx, string text, Func<ParserSession, T> parse, out Diagnostic? diagnostic) where T : class
    {
        var diagnostics = new List<Diagnostic>();
        var result = Run(ctx, text, "<string>", 0, ParserOptions.Default, diagnostics, s =>
        {
            var value = parse(s);
            if (s.PeekType != Antlr4.Runtime.TokenConstants.EOF) throw s.Error(s.Peek, "unexpected characters after the end of the value");
            return value;
        });
        diagnostic = diagnostics.FirstOrDefault();
        return result;
    }

    /// <summary>Runs a parse, on a large-stack thread for non-trivial input, turning every failure into a diagnostic.</summary>
    private static T? Run<T>(IRContext ctx, string text, string bufferName, int lineOffset, ParserOptions options,
        List<Diagnostic> diagnostics, Func<ParserSession, T> parse) where T : class
    {
        T? result = null;
        void Body()
        {
            ParserSession? session = null;
            try
            {
                session = new ParserSession(ctx, text, bufferName, lineOffset, options);
                result = parse(session);
            }
            catch (ParseAbort e)
            {
                diagnostics.Add(e.Diagnostic);
            }
            catch (DiagnosticException e)
            {
                diagnostics.Add(e.Diagnostic);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug or an exception from a dialect hook: still a located diagnostic, never a crash.
                Location loc = session is null ? UnknownLoc.Get(ctx) : SafeLocation(session);
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, loc, $"internal parser error: {e.GetType().Name}: {e.Message}"));
            }
        }
        if (!options.UseLargeStack || text.Length < InlineParseLimit) Body();
        else
        {
            var thread = new Thread(Body, LargeStackSize) { Name = "mlir-parser" };
            thread.Start();
            thread.Join();
        }
        return diagnostics.Count == 0 ? result : null;
    }

    private static Location SafeLocation(ParserSession s)
    {
        try { return s.Buffer.LocOf(s.Tokens.LT(1)); }
        catch (Exception) { return UnknownLoc.Get(s.Context); }
    }
}
