namespace Lce.IR.Parsing;

/// <summary>Options of the textual IR parser (mlir-opt's parsing flags).</summary>
public sealed record ParserOptions
{
    /// <summary>
    /// `--no-implicit-module`: the source must hold exactly one top-level operation, which is
    /// returned as is instead of being wrapped into a `builtin.module`.
    /// </summary>
    public bool NoImplicitModule { get; init; }

    /// <summary>
    /// Deepest nesting of regions, and of syntactic nesting inside types and attributes, that is
    /// accepted; deeper input is rejected with a diagnostic instead of exhausting the stack.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 50_000;

    /// <summary>
    /// Runs the parse on a dedicated thread with a 1 GB stack so deeply nested input cannot
    /// overflow the caller's stack. Small inputs are always parsed inline.
    /// </summary>
    public bool UseLargeStack { get; init; } = true;

    /// <summary>Also emit diagnostics to <see cref="IRContext.Diagnostics"/> (besides returning them).</summary>
    public bool ReportToContext { get; init; }

    public static readonly ParserOptions Default = new();
}

/// <summary>
/// The outcome of parsing a buffer: the top-level operation (the explicit or implicit
/// `builtin.module`, or the single op with <see cref="ParserOptions.NoImplicitModule"/>) or null
/// on failure, and the diagnostics (the first error stops the parse).
/// </summary>
public sealed class ParseResult
{
    public Operation? Operation { get; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
    public bool Succeeded => Operation is not null;

    public ParseResult(Operation? operation, IReadOnlyList<Diagnostic> diagnostics)
    {
        Operation = operation;
        Diagnostics = diagnostics;
    }

    /// <summary>The first error, if the parse failed.</summary>
    public Diagnostic? Error => Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
}
