namespace Lce.Run;

using Lce.Dialects.Func;
using Lce.IR.Parsing;
using Lce.IR.Printing;

/// <summary>Parses and verifies a model file and finds the function to run; failures are rendered diagnostics.</summary>
public static class ModelLoader
{
    /// <summary>The function, or null with the error lines (`file:line:col: error: ...`) appended to <paramref name="errors"/>.</summary>
    public static Operation? Load(string path, string text, string? functionName, List<string> errors)
    {
        var ctx = new IRContext();
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        bool failed = false;
        using var _ = ctx.Diagnostics.AddHandler(d =>
        {
            if (d.Severity == DiagnosticSeverity.Error) failed = true;
            errors.Add(Render(d));
            foreach (var n in d.Notes) errors.Add(Render(n));
            return true;
        });
        var result = MlirParser.ParseSourceString(ctx, text, path);
        foreach (var d in result.Diagnostics) ctx.Diagnostics.Emit(d);
        var top = result.Operation;
        if (top is null || failed || !Verifier.Verify(top) || failed) return null;

        var funcs = new List<Operation>();
        top.Walk(op => { if (op.Name == FuncOp.OpName && !FuncOp.IsExternal(op)) funcs.Add(op); }, WalkOrder.PreOrder);
        if (funcs.Count == 0) { errors.Add($"{path}: error: no function with a body"); return null; }
        if (functionName is not null)
        {
            var f = funcs.FirstOrDefault(f => FuncOp.Name(f) == functionName);
            if (f is null) errors.Add($"{path}: error: no function @{functionName} (functions: {string.Join(", ", funcs.Select(f => "@" + FuncOp.Name(f)))})");
            return f;
        }
        return funcs.FirstOrDefault(f => FuncOp.Name(f) == "main") ?? funcs[0];
    }

    public static string Render(Diagnostic d)
    {
        string kind = d.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Remark => "remark",
            _ => "note",
        };
        var file = LocationText.FindFileLoc(d.Location);
        return file is null ? $"{kind}: {d.Message}" : $"{file.Filename}:{file.Line}:{file.Column}: {kind}: {d.Message}";
    }
}
