namespace Lce.Tests.Larq.Tf;

using Lce.Dialects;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Printing;
using Lce.IR.Rewrite;

/// <summary>Parsing, verifying and folding tf IR from text in a fresh standard context.</summary>
internal sealed class TfTestUtil
{
    public IRContext Ctx { get; } = StandardDialects.CreateContext();

    /// <summary>Parses and verifies a module; fails the test with the diagnostics otherwise.</summary>
    public Operation Parse(string text)
    {
        var result = MlirParser.ParseSourceString(Ctx, text, "test.mlir");
        Assert.True(result.Operation is not null, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        Assert.Empty(VerifyMessages(result.Operation!));
        return result.Operation!;
    }

    /// <summary>The error messages the verifier reports for <paramref name="op"/>.</summary>
    public List<string> VerifyMessages(Operation op)
    {
        var messages = new List<string>();
        using (Ctx.Diagnostics.AddHandler(d => { if (d.Severity == DiagnosticSeverity.Error) messages.Add(d.Message); return true; }))
            Verifier.Verify(op);
        return messages;
    }

    /// <summary>Parses (without verifying) and returns the verifier's messages.</summary>
    public List<string> Errors(string text)
    {
        var result = MlirParser.ParseSourceString(Ctx, text, "test.mlir");
        Assert.True(result.Operation is not null, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return VerifyMessages(result.Operation!);
    }

    /// <summary>
    /// A greedy rewrite with no patterns: only folding, constant uniquing and dead-op removal, as
    /// the LCE passes see tf ops (their own patterns aside).
    /// </summary>
    public string FoldOnly(string text)
    {
        var module = Parse(text);
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(module, new RewritePatternSet(Ctx).Freeze());
        return AsmPrinter.PrintTopLevel(module, PrinterFlags.Default);
    }
}
