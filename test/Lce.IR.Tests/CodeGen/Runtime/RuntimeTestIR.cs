using Lce.Dialects.Func;
using Lce.IR;
using Lce.IR.Parsing;

namespace Lce.Tests.CodeGen.Runtime;

/// <summary>Parses test functions (file name "test.mlir", so errors carry test.mlir:line:col).</summary>
internal static class RuntimeTestIR
{
    public static Operation Func(string text, string name = "main")
    {
        var ctx = new IRContext();
        global::Lce.Dialects.StandardDialects.RegisterAll(ctx);
        var result = MlirParser.ParseSourceString(ctx, text, "test.mlir");
        Assert.True(result.Operation is not null, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        Assert.Empty(result.Diagnostics);
        Operation? found = null;
        result.Operation!.Walk(op => { if (op.Name == FuncOp.OpName && FuncOp.Name(op) == name) found = op; });
        return found ?? throw new InvalidOperationException($"no @{name}");
    }
}
