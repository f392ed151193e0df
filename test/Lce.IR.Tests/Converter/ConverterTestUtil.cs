namespace Lce.Tests.ConverterPasses;

using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Passes;

/// <summary>Parsing, pass running and op lookup for the converter's tests.</summary>
internal static class ConverterTestUtil
{
    private static readonly PassRegistry Registry = CreateRegistry();

    private static PassRegistry CreateRegistry()
    {
        var r = new PassRegistry();
        Lce.Transforms.StandardPasses.RegisterAll(r);
        return r;
    }

    public static Operation Parse(string text, IRContext? ctx = null)
    {
        ctx ??= Lce.Dialects.StandardDialects.CreateContext();
        var result = MlirParser.ParseSourceString(ctx, text, "test.mlir");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        Assert.True(Verifier.Verify(result.Operation!));
        return result.Operation!;
    }

    /// <summary>Runs a textual pipeline (e.g. "func.func(tfl-optimize)") on a module; asserts success.</summary>
    public static void Run(Operation module, string pipeline)
    {
        var pm = new PassManager(module.Context, module.Name, PassNesting.Implicit);
        var errors = new StringWriter();
        Assert.True(PassPipelineParser.ParseInto(pipeline, pm, Registry, errors), errors.ToString());
        Assert.True(pm.Run(module), $"pipeline '{pipeline}' failed");
        Assert.True(Verifier.Verify(module));
    }

    public static List<Operation> All(Operation root, string name)
    {
        var ops = new List<Operation>();
        root.Walk(op => { if (op.Name == name) ops.Add(op); });
        return ops;
    }

    public static Operation Func(Operation module) => All(module, "func.func").Single();
}
