using Lce.IR;
using Lce.IR.Parsing;
using Lce.Transforms.Testing;

namespace Lce.Tests.Passes;

/// <summary>
/// The call graph (nodes, edge order, SCC order the inliner follows) against mlir-opt 22's
/// `-test-print-callgraph` dumps in test/passes/inline/callgraph/expected (see its regen.sh).
/// </summary>
public class CallGraphDifferentialTests
{
    private static readonly string Dir = RepoPaths.Combine("test", "passes", "inline", "callgraph");

    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(Dir, "*.mlir").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesMlirOpt(string file)
    {
        var ctx = new IRContext { AllowUnregisteredDialects = true };
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        var module = MlirParser.ParseSourceString(ctx, File.ReadAllText(Path.Combine(Dir, file)), file).Operation!;
        var output = new StringWriter();
        var previous = TestPrintCallGraphPass.Output;
        TestPrintCallGraphPass.Output = output;
        try { Assert.True(new TestPrintCallGraphPass().Run(module)); }
        finally { TestPrintCallGraphPass.Output = previous; }
        var expected = File.ReadAllText(Path.Combine(Dir, "expected", Path.ChangeExtension(file, ".txt")));
        Assert.Equal(expected, output.ToString());
    }
}
