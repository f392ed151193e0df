namespace Lce.IR;

public enum DiagnosticSeverity { Note, Warning, Error, Remark }

/// <summary>A message attached to a location, with optional notes (as MLIR's Diagnostic).</summary>
public sealed class Diagnostic
{
    public DiagnosticSeverity Severity { get; }
    public Location Location { get; }
    public string Message { get; private set; }
    public List<Diagnostic> Notes { get; } = new();

    public Diagnostic(DiagnosticSeverity severity, Location location, string message)
    { Severity = severity; Location = location; Message = message; }

    public Diagnostic Append(string text) { Message += text; return this; }

    public Diagnostic AttachNote(string message, Location? loc = null)
    {
        var n = new Diagnostic(DiagnosticSeverity.Note, loc ?? Location, message);
        Notes.Add(n);
        return n;
    }

    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()}: {Message}";
}

/// <summary>
/// Routes diagnostics to handlers, most recently registered first (scoped handlers for
/// verify-diagnostics, a source-manager printer for the CLI, collectors in tests). Unhandled
/// errors are kept so callers can always report them.
/// </summary>
public sealed class DiagnosticEngine
{
    private readonly List<Func<Diagnostic, bool>> _handlers = new();
    private readonly object _lock = new();

    /// <summary>Registers a handler; dispose the result to unregister. Return true from the handler to consume.</summary>
    public IDisposable AddHandler(Func<Diagnostic, bool> handler)
    {
        lock (_lock) _handlers.Add(handler);
        return new Unregister(this, handler);
    }

    public void Emit(Diagnostic d)
    {
        Func<Diagnostic, bool>[] hs;
        lock (_lock) hs = _handlers.ToArray();
        for (int i = hs.Length - 1; i >= 0; i--) if (hs[i](d)) return;
        // No handler: write to stderr like MLIR's default handler.
        Console.Error.WriteLine($"{Printing.LocationText.Describe(d.Location)}: {d}");
        foreach (var n in d.Notes) Console.Error.WriteLine($"{Printing.LocationText.Describe(n.Location)}: {n}");
    }

    private sealed class Unregister(DiagnosticEngine e, Func<Diagnostic, bool> h) : IDisposable
    {
        public void Dispose() { lock (e._lock) e._handlers.Remove(h); }
    }
}

/// <summary>Thrown internally to abandon work after a diagnostic has been emitted; never escapes the tools.</summary>
public sealed class DiagnosticException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
