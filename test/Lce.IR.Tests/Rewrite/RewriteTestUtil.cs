namespace Lce.Tests.Rewrite;

using System.Text;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Printing;

/// <summary>Parses a module for rewrite tests and prints ops back.</summary>
internal sealed class RewriteTestUtil
{
    public IRContext Ctx { get; }
    public Operation Module { get; }

    public RewriteTestUtil(string text, string setup = "")
    {
        Ctx = new IRContext { AllowUnregisteredDialects = true };
        Lce.Dialects.StandardDialects.RegisterAll(Ctx);
        TestFolders.Install(Ctx, setup);
        var result = MlirParser.ParseSourceString(Ctx, text);
        Module = result.Operation ?? throw new InvalidOperationException(result.Error?.Message);
    }

    /// <summary>The first op named <paramref name="name"/> in walk order.</summary>
    public Operation Find(string name) => All(name).First();

    public List<Operation> All(string name)
    {
        var found = new List<Operation>();
        Module.Walk(op => { if (op.Name == name) found.Add(op); }, WalkOrder.PreOrder);
        return found;
    }

    public Operation Func(string symbol) =>
        All("func.func").Single(f => f.GetInherentOrDiscardable("sym_name") is StringAttr s && s.Value == symbol);

    public string Print()
    {
        var sb = new StringBuilder();
        AsmPrinter.PrintTopLevel(Module, sb);
        return sb.ToString();
    }

    /// <summary>Names of the ops directly in <paramref name="block"/>, in order.</summary>
    public static List<string> OpNames(Block block) => block.Operations.Select(o => o.Name).ToList();
}
