using Lce.IR;
using Lce.IR.Passes;

namespace Lce.Transforms.Testing;

/// <summary>mlir-opt's `-test-print-callgraph`: prints the module's call graph and its SCCs to stderr.</summary>
public sealed class TestPrintCallGraphPass : Pass
{
    public override string Argument => "test-print-callgraph";
    public override string Name => "(anonymous namespace)::TestCallGraphPass";
    public override string Description => "Print the contents of a constructed callgraph.";
    public override string? AnchorName => "builtin.module";

    /// <summary>Where the dump goes (stderr, as in MLIR); tests may redirect it.</summary>
    public static TextWriter Output { get; set; } = Console.Error;

    protected override void RunOnOperation()
    {
        var name = Operation.GetAttr("test.name");
        var text = new StringWriter();
        text.Write("Testing : " + (name is null ? "<<NULL ATTRIBUTE>>" : Lce.IR.Printing.AsmPrinter.AttributeToString(name)) + "\n");
        CallGraphPrinter.Print(new CallGraph(Operation), text);
        Output.Write(text.ToString());
        MarkAllAnalysesPreserved();
    }
}
