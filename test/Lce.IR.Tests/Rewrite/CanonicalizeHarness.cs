namespace Lce.Tests.Rewrite;

using System.Text;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Printing;
using Lce.Transforms;

/// <summary>
/// Runs canonicalize through the library API (test folders need the context): parses with
/// unregistered dialects allowed, runs the canonicalize pass on the top-level op with the given
/// `name=value` options, verifies, and prints as mlir-opt does (with a final newline).
/// </summary>
internal static class CanonicalizeHarness
{
    public static string Run(string input, string options = "", bool debugInfo = false, string bufferName = "-", string setup = "")
    {
        var ctx = new IRContext { AllowUnregisteredDialects = true };
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        TestFolders.Install(ctx, setup);
        var errors = new List<string>();
        using var _ = ctx.Diagnostics.AddHandler(d => { if (d.Severity == DiagnosticSeverity.Error) errors.Add(d.Message); return true; });
        var result = MlirParser.ParseSourceString(ctx, input, bufferName);
        var top = result.Operation ?? throw new InvalidOperationException("parse failed: " + result.Error?.Message);
        if (!Verifier.Verify(top)) throw new InvalidOperationException("input does not verify: " + string.Join("; ", errors));

        var pass = new CanonicalizePass();
        var optionErrors = new StringWriter();
        if (!pass.InitializeOptions(options, optionErrors)) throw new ArgumentException(optionErrors.ToString());
        if (!pass.Run(top)) throw new InvalidOperationException("canonicalize failed");
        if (!Verifier.Verify(top)) throw new InvalidOperationException("output does not verify: " + string.Join("; ", errors));

        var sb = new StringBuilder();
        AsmPrinter.PrintTopLevel(top, sb, PrinterFlags.Default with { PrintDebugInfo = debugInfo });
        sb.Append('\n');
        return sb.ToString();
    }
}
