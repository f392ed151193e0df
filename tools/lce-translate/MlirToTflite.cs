using Lce.CodeGen.Tflite.Export;
using Lce.IR.Parsing;
using Lce.IR.Printing;

namespace Lce.Translate;

/// <summary>`--mlir-to-tflite`: parse and verify the module, export it, write the file whole (temp file + rename) or not at all.</summary>
public static class MlirToTflite
{
    public static int Run(TranslateOptions opts, Stream stdout, TextWriter stderr, TextReader stdin)
    {
        string input = opts.Input!;
        string text = input == "-" ? stdin.ReadToEnd() : File.ReadAllText(input);
        var errors = new List<string>();
        var module = Load(input, text, errors);
        if (module is null) return LceTranslate.Fail(stderr, string.Join("\n", errors));
        try
        {
            if (opts.Output == "-")
            {
                var builder = TfliteExporter.Build(TfliteExporter.Export(module), module.Location);
                builder.WriteTo(stdout);
            }
            else TfliteExporter.ExportToFile(module, opts.Output);
            return 0;
        }
        catch (TfliteExportException e)
        {
            return LceTranslate.Fail(stderr, Render(e.Location, e.Message, input));
        }
    }

    private static Operation? Load(string path, string text, List<string> errors)
    {
        var ctx = new IRContext();
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        bool failed = false;
        using var _ = ctx.Diagnostics.AddHandler(d =>
        {
            if (d.Severity == DiagnosticSeverity.Error) failed = true;
            errors.Add(Render(d.Location, d.Message, path, d.Severity == DiagnosticSeverity.Error ? "error" : "note"));
            foreach (var n in d.Notes) errors.Add(Render(n.Location, n.Message, path, "note"));
            return true;
        });
        var result = MlirParser.ParseSourceString(ctx, text, path);
        foreach (var d in result.Diagnostics) ctx.Diagnostics.Emit(d);
        var top = result.Operation;
        if (top is null || failed || !Verifier.Verify(top) || failed) return null;
        return top;
    }

    private static string Render(Location? loc, string message, string path, string kind = "error")
    {
        var file = loc is null ? null : LocationText.FindFileLoc(loc);
        return file is null ? $"{path}: {kind}: {message}" : $"{file.Filename}:{file.Line}:{file.Column}: {kind}: {message}";
    }
}
