namespace Lce.Tests.Conversion;

using Lce.Dialects;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Printing;

/// <summary>Parses test modules, prints them as mlir-opt does and collects the diagnostics a conversion emits.</summary>
internal sealed class ConversionTestUtil : IDisposable
{
    private readonly IDisposable _handler;

    public IRContext Ctx { get; }
    public List<Diagnostic> Diagnostics { get; } = new();

    public ConversionTestUtil()
    {
        Ctx = StandardDialects.CreateContext();
        Ctx.AllowUnregisteredDialects = true;
        _handler = Ctx.Diagnostics.AddHandler(d => { Diagnostics.Add(d); return true; });
    }

    public Operation Parse(string text, string bufferName = "t.mlir")
    {
        var result = MlirParser.ParseSourceString(Ctx, text, bufferName);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        return result.Operation!;
    }

    public static string Print(Operation op) => AsmPrinter.PrintTopLevel(op);

    public IntegerType I(int width) => IntegerType.Get(Ctx, width);
    public IndexType Index => IndexType.Get(Ctx);

    /// <summary>Diagnostics as mlir-opt prints them: `file:line:col: error: message`, notes on their own lines.</summary>
    public string DiagnosticText() => string.Join("", Diagnostics.Select(d =>
        $"{LocationText.Describe(d.Location)}: {d}\n" + string.Join("", d.Notes.Select(n => $"{LocationText.Describe(n.Location)}: {n}\n"))));

    /// <summary>Asserts the IR verifies (conversion results must be valid IR).</summary>
    public void AssertVerifies(Operation op)
    {
        int before = Diagnostics.Count;
        bool ok = Verifier.Verify(op);
        PendingDiagnostic.Flush();
        Assert.True(ok, string.Join("\n", Diagnostics.Skip(before).Select(d => d.ToString())));
    }

    /// <summary>Names of the ops in <paramref name="root"/> (pre-order), for structural assertions.</summary>
    public static List<string> OpNames(Operation root)
    {
        var names = new List<string>();
        root.Walk(o => names.Add(o.Name), WalkOrder.PreOrder);
        return names;
    }

    public void Dispose() => _handler.Dispose();
}
