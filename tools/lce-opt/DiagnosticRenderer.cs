using System.Text;

namespace Lce.Opt;

/// <summary>
/// Writes diagnostics as MLIR's SourceMgrDiagnosticHandler does: `file:line:col: error: msg`,
/// then the source line and a caret; notes follow, with their source line unless they point
/// at the same place as the diagnostic they belong to.
/// </summary>
public sealed class DiagnosticRenderer(IReadOnlyDictionary<string, SourceText> sources)
{
    public void Render(Diagnostic d, StringBuilder output)
    {
        RenderOne(d, output, showSource: true);
        foreach (var n in d.Notes) RenderOne(n, output, showSource: !ReferenceEquals(n.Location, d.Location));
    }

    private void RenderOne(Diagnostic d, StringBuilder output, bool showSource)
    {
        string kind = d.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Remark => "remark",
            _ => "note"
        };
        var file = Lce.IR.Printing.LocationText.FindFileLoc(d.Location);
        if (file is null)
        {
            // As SourceMgr prints a message without a location: `<unknown>:0: error: `, then the
            // location itself unless it is unknown.
            output.Append("<unknown>:0: ").Append(kind).Append(": ");
            if (d.Location is not UnknownLoc) output.Append(Lce.IR.Printing.AsmPrinter.AttributeToString(d.Location)).Append(": ");
            output.Append(d.Message).Append('\n');
            return;
        }
        output.Append(file.Filename).Append(':').Append(file.Line).Append(':').Append(file.Column)
              .Append(": ").Append(kind).Append(": ").Append(d.Message).Append('\n');
        if (showSource && sources.TryGetValue(file.Filename, out var src) && src.Line(file.Line) is { } line)
        {
            output.Append(line).Append('\n');
            output.Append(' ', Math.Max(0, file.Column - 1)).Append("^\n");
        }
    }
}
