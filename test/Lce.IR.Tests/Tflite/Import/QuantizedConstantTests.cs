using Lce.CodeGen.Runtime;
using Lce.CodeGen.Tflite.Export;
using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Printing;

namespace Lce.Tests.Tflite.Import;

/// <summary>
/// `tfl.pseudo_qconst` is a registered op: an imported int8 model parses and verifies without
/// unregistered ops, runs on the executor, and its quantized constants survive export → import.
/// </summary>
public class QuantizedConstantTests
{
    private static Operation EntryFunction(Operation module) =>
        module.GetRegion(0).EntryBlock!.Operations.First(o => o.Name == "func.func");

    private static string[] QConsts(Operation module) =>
        EntryFunction(module).GetRegion(0).EntryBlock!.Operations.Where(o => o.Name == "tfl.pseudo_qconst")
            .Select(o => AsmPrinter.OperationToString(o)).ToArray();

    [Fact]
    public void AnImportedInt8ModelParsesRunsAndRoundTrips()
    {
        byte[] file = File.ReadAllBytes(ImportGoldenTests.InputPath("quantized.tflite"));
        var (module, text, diagnostics) = ImportTestModels.ImportBytes(file);
        Assert.True(module is not null, string.Join("\n", diagnostics.Select(d => d.Message)));
        Assert.Equal(2, QConsts(module!).Length);

        var ctx = StandardDialects.CreateContext(); // unregistered ops not allowed
        var parsed = MlirParser.ParseSourceString(ctx, text, "imported.mlir");
        Assert.True(parsed.Operation is not null && !parsed.Diagnostics.Any(), string.Join("\n", parsed.Diagnostics.Select(d => d.Message)));
        Assert.True(Verifier.Verify(parsed.Operation!));
        Assert.Equal(text, AsmPrinter.PrintTopLevel(parsed.Operation!, PrinterFlags.Default));

        var executable = Executor.Compile(EntryFunction(parsed.Operation!), OpKernelRegistry.CreateDefault());
        Assert.Equal(2, executable.Run([
            Lce.CodeGen.Runtime.Tensor.Zeros(TensorSpec.FromIRType(EntryFunction(parsed.Operation!).GetRegion(0).EntryBlock!.Arguments[0].Type, out _)!),
            Lce.CodeGen.Runtime.Tensor.Zeros(TensorSpec.FromIRType(EntryFunction(parsed.Operation!).GetRegion(0).EntryBlock!.Arguments[1].Type, out _)!)]).Count);

        var (again, _, _) = ImportTestModels.ImportBytes(TfliteModelWriter.ToArray(TfliteExporter.Export(parsed.Operation!)));
        Assert.Equal(QConsts(module!), QConsts(again!));
    }
}
