using Lce.CodeGen.Tflite.Export;
using Lce.CodeGen.Tflite.Import;
using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects;
using Lce.IR;
using Lce.IR.Printing;
using Lce.Opt;

namespace Lce.Tests.Tflite.Import;

/// <summary>
/// Import against the exporter: an LCE model exported, imported, translated back to lq ops
/// (`lce-translate-tfl`) and exported again is the same file byte for byte; and import(export(IR))
/// prints the IR it started from, locations included.
/// </summary>
public class ImportRoundTripTests
{
    private static string Opt(string input, string pipeline)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = LceOpt.Run([$"--pass-pipeline={pipeline}", "--mlir-print-debuginfo", "-"], new StringReader(input), stdout, stderr);
        Assert.True(rc == 0, stderr.ToString());
        return stdout.ToString();
    }

    private static string Print(Operation module) =>
        AsmPrinter.PrintTopLevel(module, PrinterFlags.Default with { PrintDebugInfo = true });

    private static Operation Import(byte[] bytes)
    {
        var r = TfliteImporter.Import(bytes, StandardDialects.CreateContext(), "model.tflite");
        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics.Select(d => d.Message)));
        return r.Module!;
    }

    /// <summary>The shipped binary network as lq ops after LCE's converter pipeline.</summary>
    private static string BinaryNetLq()
    {
        string tf = File.ReadAllText(RepoPaths.Combine("examples", "binary-net", "binary-net.mlir"));
        string tfl = Opt(tf, "builtin.module(lce-tf-to-tfl)");
        return Opt(tfl, "builtin.module(func.func(lce-translate-tfl))");
    }

    [Fact]
    public void LceModelSurvivesImportTranslateExportByteForByte()
    {
        byte[] original = TfliteExporter.ExportToBytes(TfliteTestSupport.Parse(BinaryNetLq()));
        string imported = Print(Import(original));
        Assert.Contains("\"tfl.custom\"", imported);
        string lq = Opt(imported, "builtin.module(func.func(lce-translate-tfl))");
        Assert.Contains("lq.Bconv2d", lq);
        byte[] again = TfliteExporter.ExportToBytes(TfliteTestSupport.Parse(lq));
        Assert.Equal(Convert.ToHexString(original), Convert.ToHexString(again));
    }

    [Fact]
    public void ImportOfTheExportPrintsTheSameIr()
    {
        byte[] original = TfliteExporter.ExportToBytes(TfliteTestSupport.Parse(BinaryNetLq()));
        string ir = Print(Import(original));
        string again = Print(Import(TfliteExporter.ExportToBytes(TfliteTestSupport.Parse(ir))));
        Assert.Equal(ir, again);
    }
}
