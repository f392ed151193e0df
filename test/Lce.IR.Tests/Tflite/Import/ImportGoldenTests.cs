using Lce.CodeGen.Tflite.Import;
using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Printing;

namespace Lce.Tests.Tflite.Import;

/// <summary>
/// Import of models built by flatc from JSON (Inputs/*.json, compiled with the TFLite oracle's
/// schema: independent of our writer) and of an LCE model built with our writer, against the
/// printed IR in Inputs/*.mlir: TF's form of functions, constants, quantized types, options as
/// attributes, no_value, custom ops, signatures and metadata. The printed IR parses back to the
/// same text. Constants are placed as TF places them (before their first use). Set LCE_REGENERATE_IMPORT_GOLDEN=1 to rewrite the .mlir files (then review them).
/// </summary>
public class ImportGoldenTests
{
    public static string InputPath(string file) => RepoPaths.Combine("test", "Lce.IR.Tests", "Tflite", "Import", "Inputs", file);

    public static TheoryData<string> FlatcModels => new() { "add", "custom_op", "gather", "quantized", "conv2d" };

    [Theory]
    [MemberData(nameof(FlatcModels))]
    public void FlatcModelImportsAsRecorded(string name) =>
        Check(name, File.ReadAllBytes(InputPath(name + ".tflite")));

    [Fact]
    public void LceModelImportsAsRecorded() => Check("lce", TfliteModelWriter.ToArray(ImportTestModels.LceModel()));

    private static void Check(string name, byte[] bytes)
    {
        var (module, text, diagnostics) = ImportTestModels.ImportBytes(bytes, options: new TfliteImportOptions { ConstantPlacement = ConstantPlacement.FirstUse });
        Assert.True(module is not null, string.Join("\n", diagnostics.Select(d => d.Message)));
        Assert.Empty(diagnostics);
        string golden = InputPath(name + ".mlir");
        if (Environment.GetEnvironmentVariable("LCE_REGENERATE_IMPORT_GOLDEN") == "1") File.WriteAllText(golden, text);
        Assert.Equal(File.ReadAllText(golden), text);
        Assert.Equal(text, Reprint(text));
    }

    [Fact]
    public void ByDefaultConstantsComeInTensorOrder()
    {
        var (module, _, _) = ImportTestModels.ImportBytes(TfliteModelWriter.ToArray(ImportTestModels.LceModel()));
        var ops = module!.GetRegion(0).EntryBlock!.Operations.First().GetRegion(0).EntryBlock!.Operations
            .Select(o => o.Name == "tfl.custom" ? ((StringAttr)o.GetAttr("custom_code")!).Value : o.Name).ToList();
        // filter (tensor 1) and threshold (tensor 2) precede the quantize's output (tensor 3).
        Assert.Equal(["tfl.pseudo_const", "tfl.pseudo_const", "LceQuantize", "tfl.no_value", "LceBconv2d", "LceDequantize", "tfl.relu", "func.return"], ops);
    }

    /// <summary>Parses and prints again (unmodelled tfl ops need unregistered ops allowed, as with --allow-unregistered-dialect).</summary>
    public static string Reprint(string text)
    {
        var ctx = StandardDialects.CreateContext();
        ctx.AllowUnregisteredDialects = true;
        var parsed = MlirParser.ParseSourceString(ctx, text, "golden.mlir");
        Assert.True(parsed.Operation is not null, string.Join("\n", parsed.Diagnostics.Select(d => d.Message)));
        return AsmPrinter.PrintTopLevel(parsed.Operation!, PrinterFlags.Default);
    }
}
