using System.Text.Json.Nodes;
using Lce.CodeGen.Tflite.Import;
using Lce.CodeGen.Tflite.Schema;
using Lce.ConvertCli;
using Lce.Dialects.Func;
using Lce.IR;

namespace Lce.Tests.BitpackedOutputs;

/// <summary>
/// `lce-convert --bitpacked-outputs` on Models/sign-head.mlir (a binary conv whose ste_sign is
/// returned, next to a float mean): the MLIR and the .tflite return the conv's bitpacked int32
/// words, everything else is as without the option, and lce-run unpacks the words to exactly
/// what the unstripped model returns. The .tflite files pass the TFLite oracle's validator
/// (`/tmp/tflite-oracle/validate-tflite`: structurally valid, no errors or warnings; its
/// interpreter cannot run LCE's custom ops); what can be checked without it is checked here
/// through our own reader and importer.
/// </summary>
public sealed class ConvertBitpackedOutputsTests() : ScratchDirectoryTest("lce-bitpacked-outputs-")
{
    private static readonly string SignHead = RepoPaths.Combine("test", "Lce.IR.Tests", "BitpackedOutputs", "Models", "sign-head.mlir");

    private (int Code, string Err) Convert(params string[] args)
    {
        var err = new StringWriter();
        int rc = LceConvert.Run(args, new StringReader(""), new StringWriter(), err, Dir);
        return (rc, err.ToString());
    }

    private string Converted(string name, params string[] options)
    {
        var (rc, err) = Convert([SignHead, "-o", name, "--quiet", .. options]);
        Assert.True(rc == 0, err);
        return Path.Combine(Dir, name);
    }

    private static JsonArray RunOutputs(string model, params string[] options)
    {
        var (rc, output, err) = Lce.Tests.CodeGen.Runtime.LceRunCli.Run([model, "--random", "11", "--json", .. options]);
        Assert.True(rc == 0, err);
        return JsonNode.Parse(output)!["outputs"]!.AsArray();
    }

    [Fact]
    public void TheMlirReturnsTheBitpackedConvOutput()
    {
        string plain = File.ReadAllText(Converted("plain.mlir"));
        string packed = File.ReadAllText(Converted("packed.mlir", "--bitpacked-outputs"));
        Assert.Contains("-> (tensor<1x5x5x40xf32>, tensor<1x8xf32>)", plain);
        Assert.Contains("-> (tensor<1x5x5x2xi32> {lq.bitpacked_channels = 40 : i64}, tensor<1x8xf32>)", packed);
        Assert.Single(Lines(plain, "custom_code = \"LceDequantize\""));
        Assert.Empty(Lines(packed, "custom_code = \"LceDequantize\""));
        // The ops before the output are untouched: the same conv, quantize and bitpacked-output bconv.
        foreach (var code in new[] { "LceQuantize", "LceBconv2d" })
            Assert.Equal(Lines(plain, $"custom_code = \"{code}\"").Select(Ops), Lines(packed, $"custom_code = \"{code}\"").Select(Ops));
        Assert.Equal(Lines(plain, "tfl.conv_2d").Select(Ops), Lines(packed, "tfl.conv_2d").Select(Ops));
    }

    [Fact]
    public void TheTfliteFileOutputsInt32WordsAndKeepsEveryInnerTensor()
    {
        var plain = TfliteModelReader.Read(File.ReadAllBytes(Converted("plain.tflite")));
        var packed = TfliteModelReader.Read(File.ReadAllBytes(Converted("packed.tflite", "--bitpacked-outputs", "--emit", "tflite")));
        var (pg, bg) = (plain.Subgraphs[0], packed.Subgraphs[0]);

        var outputs = bg.Outputs.Select(i => bg.Tensors[i]).ToArray();
        Assert.Equal(TensorType.Int32, outputs[0].Type);
        Assert.Equal([1, 5, 5, 2], outputs[0].Shape);
        Assert.Equal(TensorType.Float32, outputs[1].Type);
        Assert.Equal([1, 8], outputs[1].Shape);
        Assert.Equal(bg.Outputs, packed.SignatureDefs[0].Outputs.Select(m => (int)m.TensorIndex));

        // The plain file has one more op (the LceDequantize) and one more tensor (its float output).
        int dequantize = pg.Operators.ToList().FindIndex(op => plain.OperatorCodes[(int)op.OpcodeIndex].CustomCode == "LceDequantize");
        Assert.True(dequantize >= 0);
        Assert.DoesNotContain(bg.Operators, op => packed.OperatorCodes[(int)op.OpcodeIndex].CustomCode == "LceDequantize");
        int dropped = pg.Operators[dequantize].Outputs[0];
        Assert.Equal(TensorType.Float32, pg.Tensors[dropped].Type);
        Assert.Equal([1, 5, 5, 40], pg.Tensors[dropped].Shape);
        Assert.Equal(dropped, pg.Outputs[0]);

        string Describe(TfliteModel m, SubGraph g, int t) =>
            $"{g.Tensors[t].Name} {g.Tensors[t].Type} [{string.Join(",", g.Tensors[t].Shape)}] {System.Convert.ToHexString(m.Buffers[(int)g.Tensors[t].Buffer].Data.Span)}";
        Assert.Equal(Enumerable.Range(0, pg.Tensors.Count).Where(t => t != dropped).Select(t => Describe(plain, pg, t)),
            Enumerable.Range(0, bg.Tensors.Count).Select(t => Describe(packed, bg, t)));
        // The new output is the tensor the LceDequantize read.
        Assert.Equal(Describe(plain, pg, pg.Operators[dequantize].Inputs[0]), Describe(packed, bg, bg.Outputs[0]));
        string OpCode(TfliteModel m, Operator op) => m.OperatorCodes[(int)op.OpcodeIndex] is var c ? $"{c.BuiltinCode}/{c.CustomCode}" : "";
        Assert.Equal(pg.Operators.Where((_, i) => i != dequantize).Select(op => OpCode(plain, op)), bg.Operators.Select(op => OpCode(packed, op)));

        // Our importer reads it back with the int32 result in the function type.
        var ctx = new IRContext();
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        var imported = TfliteImporter.ImportFile(Path.Combine(Dir, "packed.tflite"), ctx);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Diagnostics.Select(d => d.Message)));
        var main = ModelFunctions(imported.Module!).Single();
        Assert.Equal("(tensor<1x5x5x4xf32>) -> (tensor<1x5x5x2xi32>, tensor<1x8xf32>)", FuncOp.Type(main).ToString());
    }

    [Fact]
    public void UnpackedOutputsEqualWhatTheUnstrippedModelReturns()
    {
        string plainMlir = Converted("plain.mlir"), packedMlir = Converted("packed.mlir", "--bitpacked-outputs");
        Converted("packed.tflite", "--bitpacked-outputs");
        string back = Path.Combine(Dir, "back.mlir");
        Assert.Equal(0, Lce.Translate.LceTranslate.Run(["--tflite-to-mlir", Path.Combine(Dir, "packed.tflite"), "-o", back], new MemoryStream(), new StringWriter()));

        var reference = RunOutputs(plainMlir);
        // The MLIR records the channel count; the imported .tflite needs it on the command line.
        foreach (var outputs in new[] { RunOutputs(packedMlir, "--unpack-outputs"), RunOutputs(back, "--unpack-channels", "40") })
        {
            Assert.Equal("int32", (string)outputs[0]!["dtype"]!);
            Assert.Equal("[1,5,5,2]", outputs[0]!["shape"]!.ToJsonString());
            Assert.Equal(reference[0]!["shape"]!.ToJsonString(), outputs[0]!["unpacked"]!["shape"]!.ToJsonString());
            Assert.Equal(reference[0]!["data"]!.ToJsonString(), outputs[0]!["unpacked"]!["data"]!.ToJsonString());
            Assert.Equal(reference[1]!["data"]!.ToJsonString(), outputs[1]!["data"]!.ToJsonString());
        }
        // Both ±1 values occur, so the comparison says something.
        var values = reference[0]!["data"]!.AsArray().Select(v => v!.GetValue<float>()).Distinct().Order();
        Assert.Equal([-1f, 1f], values);
    }

    [Fact]
    public void AModelWithoutBitpackedOutputsIsAnError()
    {
        var (rc, err) = Convert(RepoPaths.Combine("examples", "binary-net", "binary-net.mlir"), "-o", "net.mlir", "--quiet", "--bitpacked-outputs");
        Assert.Equal(1, rc);
        Assert.Contains("lce-convert: error: --bitpacked-outputs: no output of the model is an LceDequantize of a bitpacked tensor", err);
        Assert.False(File.Exists(Path.Combine(Dir, "net.mlir")));
    }

    [Fact]
    public void TheOptionParses()
    {
        Assert.True(ConvertOptions.Parse(["m.mlir", "--bitpacked-outputs"]).Options!.BitpackedOutputs);
        Assert.False(ConvertOptions.Parse(["m.mlir"]).Options!.BitpackedOutputs);
        Assert.Contains("[--bitpacked-outputs]", ConvertOptions.Usage);
    }

    private static IEnumerable<string> Lines(string text, string needle) =>
        text.Split('\n').Where(l => l.Contains(needle, StringComparison.Ordinal));

    /// <summary>A line without its SSA result name (numbering shifts when an op goes).</summary>
    private static string Ops(string line) => line[(line.IndexOf('=') + 1)..];

    private static IEnumerable<Operation> ModelFunctions(Operation module)
    {
        var funcs = new List<Operation>();
        module.Walk(op => { if (op.Name == FuncOp.OpName) funcs.Add(op); });
        return funcs;
    }
}
