namespace Lce.IR.Rewrite.Pdll;

/// <summary>A PDLL error, warning or note at file:line:col (printed as `file:line:col: error: message`).</summary>
public sealed record PdllDiagnostic(DiagnosticSeverity Severity, SourceLoc Loc, string Message)
{
    public List<PdllDiagnostic> Notes { get; } = new();

    public override string ToString()
    {
        var head = $"{Loc}: {Severity.ToString().ToLowerInvariant()}: {Message}";
        return Notes.Count == 0 ? head : head + "\n" + string.Join("\n", Notes);
    }
}

/// <summary>Collects the diagnostics of one load; errors make the load fail.</summary>
public sealed class PdllDiagnostics
{
    private readonly List<PdllDiagnostic> _all = new();
    public IReadOnlyList<PdllDiagnostic> All => _all;
    public bool HasErrors => _all.Any(d => d.Severity == DiagnosticSeverity.Error);

    public PdllDiagnostic Error(SourceLoc loc, string message) => Add(DiagnosticSeverity.Error, loc, message);
    public PdllDiagnostic Warning(SourceLoc loc, string message) => Add(DiagnosticSeverity.Warning, loc, message);

    private PdllDiagnostic Add(DiagnosticSeverity severity, SourceLoc loc, string message)
    {
        var d = new PdllDiagnostic(severity, loc, message);
        _all.Add(d);
        return d;
    }

    public override string ToString() => string.Join("\n", _all);
}

/// <summary>Thrown when a PDLL module that must load (an embedded pattern file) has errors.</summary>
public sealed class PdllLoadException(string fileName, IReadOnlyList<PdllDiagnostic> diagnostics)
    : Exception($"PDLL file '{fileName}' failed to load:\n" + string.Join("\n", diagnostics))
{
    public IReadOnlyList<PdllDiagnostic> Diagnostics { get; } = diagnostics;
}
