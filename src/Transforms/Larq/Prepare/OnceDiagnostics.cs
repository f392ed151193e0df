using Lce.IR;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>
/// Reports each distinct error (location and text) once per pass run. LCE's
/// HasValidFilterShape emits while matching, and the greedy driver visits a rejected
/// convolution again in later rounds, so LCE repeats the same error (MLIR's
/// -verify-diagnostics happens to accept repeats). The pass opens a scope around its run on a
/// function; outside a scope (a pattern used elsewhere) every error is emitted.
/// </summary>
public static class OnceDiagnostics
{
    [ThreadStatic] private static HashSet<(Location, string)>? _reported;

    /// <summary>Starts a scope on this thread; dispose it when the run ends. Scopes nest (the inner one wins until disposed).</summary>
    public static IDisposable Begin()
    {
        var saved = _reported;
        _reported = new HashSet<(Location, string)>();
        return new Scope(saved);
    }

    /// <summary>Emits an error at <paramref name="loc"/> unless this scope already reported the same one.</summary>
    public static void EmitError(IRContext ctx, Location loc, string message)
    {
        if (_reported is { } seen && !seen.Add((loc, message))) return;
        ctx.Diagnostics.Emit(new Diagnostic(DiagnosticSeverity.Error, loc, message));
    }

    private sealed class Scope(HashSet<(Location, string)>? saved) : IDisposable
    {
        public void Dispose() => _reported = saved;
    }
}
