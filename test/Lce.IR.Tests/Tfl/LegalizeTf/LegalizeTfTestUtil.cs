namespace Lce.Tests.Tfl.LegalizeTf;

using Lce.IR;
using Lce.IR.Parsing;

/// <summary>Parses small modules and finds their ops for the legalization tests.</summary>
internal static class LegalizeTfTestUtil
{
    public static IRContext NewContext() => Lce.Dialects.StandardDialects.CreateContext();

    public static Operation Parse(IRContext ctx, string text)
    {
        var result = MlirParser.ParseSourceString(ctx, text);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return result.Operation!;
    }

    /// <summary>The first op named <paramref name="name"/> in <paramref name="root"/>.</summary>
    public static Operation First(Operation root, string name)
    {
        Operation? found = null;
        root.Walk(op => { if (found is null && op.Name == name) found = op; });
        return found ?? throw new InvalidOperationException($"no '{name}' op");
    }

    public static List<Operation> All(Operation root, string name)
    {
        var ops = new List<Operation>();
        root.Walk(op => { if (op.Name == name) ops.Add(op); });
        return ops;
    }
}
