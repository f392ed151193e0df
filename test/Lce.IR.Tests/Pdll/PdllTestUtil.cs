using Lce.Dialects;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Printing;
using Lce.IR.Rewrite;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Tests.Pdll;

/// <summary>Loads PDLL text and applies its patterns with a minimal driver (each op once per sweep, until nothing applies).</summary>
internal static class PdllTestUtil
{
    public static IRContext Context() => StandardDialects.CreateContext();

    public static PdllModule Load(IRContext ctx, string pdll, NativeRegistry? natives = null) =>
        PdllModule.Load(ctx, pdll, "test.pdll", natives);

    /// <summary>The error diagnostics of a failing load, as "line:col: message".</summary>
    public static List<string> Errors(string pdll, NativeRegistry? natives = null, IRContext? ctx = null)
    {
        var module = PdllModule.TryLoad(ctx ?? Context(), pdll, "test.pdll", out var diags, natives);
        Assert.Null(module);
        return diags.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Loc.Line}:{d.Loc.Column}: {d.Message}").ToList();
    }

    public static Operation Parse(IRContext ctx, string mlir)
    {
        var r = MlirParser.ParseSourceString(ctx, mlir, "t.mlir");
        Assert.True(r.Succeeded, r.Error?.Message);
        return r.Operation!;
    }

    /// <summary>Sweeps the ops of <paramref name="module"/> applying patterns until a sweep changes nothing; returns the printed IR.</summary>
    public static string Apply(IRContext ctx, Operation module, IEnumerable<RewritePattern> patterns, int maxSweeps = 10)
    {
        var applicator = new PatternApplicator(new RewritePatternSet(ctx).Add(patterns).Freeze());
        var rewriter = new PatternRewriter(ctx);
        for (int sweep = 0; sweep < maxSweeps; sweep++)
        {
            bool changed = false;
            var ops = new List<Operation>();
            module.Walk(op => ops.Add(op));
            foreach (var op in ops)
            {
                if (op.ParentBlock is null && op != module) continue;
                if (applicator.MatchAndRewrite(op, rewriter)) changed = true;
            }
            if (!changed) break;
        }
        return AsmPrinter.PrintTopLevel(module);
    }
}
