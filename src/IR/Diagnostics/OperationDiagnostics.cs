namespace Lce.IR;

public sealed partial class Operation
{
    /// <summary>Emits an error located at this op, prefixed with the op name as MLIR does ("'name' op ...").</summary>
    public Diagnostic EmitOpError(string message) => Emit(DiagnosticSeverity.Error, $"'{Name}' op {message}");

    /// <summary>Emits an error located at this op, without the op-name prefix.</summary>
    public Diagnostic EmitError(string message) => Emit(DiagnosticSeverity.Error, message);
    public Diagnostic EmitWarning(string message) => Emit(DiagnosticSeverity.Warning, message);
    public Diagnostic EmitRemark(string message) => Emit(DiagnosticSeverity.Remark, message);

    private Diagnostic Emit(DiagnosticSeverity sev, string message)
    {
        var d = new Diagnostic(sev, Location, message);
        if (Context.PrintOpOnDiagnostic && sev is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
        {
            // As MLIR's Diagnostic::appendOp: an op printed on several lines starts on a new line.
            var text = Printing.AsmPrinter.OperationToGenericString(this);
            d.AttachNote("see current operation: " + (text.Contains('\n') ? "\n" : "") + text, Location);
        }
        PendingDiagnostic.Attach(this, d);
        return d;
    }
}

/// <summary>
/// Emission is deferred until the caller has attached notes (MLIR's InFlightDiagnostic reports
/// on destruction). <see cref="Flush"/> reports what an op emitted; the verifier and passes call it.
/// </summary>
public static class PendingDiagnostic
{
    [ThreadStatic] private static List<(IRContext, Diagnostic)>? _pending;

    internal static void Attach(Operation op, Diagnostic d) => (_pending ??= new()).Add((op.Context, d));

    public static int Flush()
    {
        if (_pending is null || _pending.Count == 0) return 0;
        var items = _pending.ToArray();
        _pending.Clear();
        foreach (var (ctx, d) in items) ctx.Diagnostics.Emit(d);
        return items.Count(i => i.Item2.Severity == DiagnosticSeverity.Error);
    }
}
