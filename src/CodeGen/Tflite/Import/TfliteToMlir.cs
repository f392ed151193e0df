using Lce.Dialects;
using Lce.IR.Printing;

namespace Lce.CodeGen.Tflite.Import;

/// <summary>
/// The `--tflite-to-mlir` translation for a driver (lce-translate): imports the bytes in a fresh
/// context and prints the module, or writes each diagnostic as `file:line:col: error: message`
/// (warnings as `warning:`) and prints nothing. Returns the exit code: 0, or 1 when there is no
/// module. The driver owns reading the input and writing the output file.
/// </summary>
public static class TfliteToMlir
{
    public static int Run(ReadOnlyMemory<byte> input, string inputName, TextWriter output, TextWriter errors,
        TfliteImportOptions? options = null, PrinterFlags? flags = null)
    {
        var ctx = StandardDialects.CreateContext();
        var result = TfliteImporter.Import(input, ctx, inputName, options);
        foreach (var d in result.Diagnostics)
        {
            errors.WriteLine($"{LocationText.Describe(d.Location)}: {Kind(d.Severity)}: {d.Message}");
            foreach (var n in d.Notes) errors.WriteLine($"{LocationText.Describe(n.Location)}: note: {n.Message}");
        }
        if (result.Module is null) return 1;
        AsmPrinter.PrintTopLevel(result.Module, output, flags ?? PrinterFlags.Default);
        return 0;
    }

    private static string Kind(DiagnosticSeverity s) => s switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Remark => "remark",
        _ => "note",
    };
}
