namespace Lce.Tests.Larq;

using Lce.Dialects;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Passes;
using Lce.IR.Printing;

/// <summary>Runs one LCE pass on parsed IR in a fresh standard context, collecting its error diagnostics.</summary>
internal sealed class LarqPassTestUtil
{
    public IRContext Ctx { get; } = StandardDialects.CreateContext();

    /// <summary>Parses a module; with <paramref name="verify"/> it must also verify (unverified IR lets tests reach what the verifier rejects).</summary>
    public Operation Parse(string text, bool verify = true)
    {
        var result = MlirParser.ParseSourceString(Ctx, text, "test.mlir");
        Assert.True(result.Operation is not null, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        if (verify)
        {
            var errors = Capture(() => Verifier.Verify(result.Operation!));
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        return result.Operation!;
    }

    /// <summary>Runs <paramref name="pass"/> on every function of <paramref name="module"/>; whether all runs succeeded, and the errors emitted.</summary>
    public (bool Succeeded, List<string> Errors) Run(Pass pass, Operation module)
    {
        bool ok = true;
        var errors = Capture(() =>
        {
            foreach (var func in Functions(module)) ok &= pass.Run(func);
            // Op diagnostics are reported once the emitter is done with them (the pass manager does this).
            PendingDiagnostic.Flush();
        });
        return (ok, errors);
    }

    /// <summary>Runs <paramref name="pass"/> and fails the test unless it succeeded without errors.</summary>
    public Operation RunOk(Pass pass, Operation module)
    {
        var (ok, errors) = Run(pass, module);
        Assert.True(ok && errors.Count == 0, string.Join("\n", errors));
        return module;
    }

    public static IEnumerable<Operation> Functions(Operation module) =>
        module.GetRegion(0).EntryBlock!.Operations.Where(o => o.Name == "func.func").ToList();

    /// <summary>The ops of the first function's body, in order.</summary>
    public static List<Operation> BodyOps(Operation module) =>
        Functions(module).First().GetRegion(0).EntryBlock!.Operations.ToList();

    public static string Print(Operation op) => AsmPrinter.PrintTopLevel(op, PrinterFlags.Default);

    private List<string> Capture(Action action)
    {
        var errors = new List<string>();
        using (Ctx.Diagnostics.AddHandler(d => { if (d.Severity == DiagnosticSeverity.Error) errors.Add(d.Message); return true; }))
            action();
        return errors;
    }
}
