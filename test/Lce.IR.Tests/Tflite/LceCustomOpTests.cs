using System.Text.RegularExpressions;
using Lce.CodeGen.Tflite.Export;
using Lce.CodeGen.Tflite.Schema;
using Lce.Opt;

namespace Lce.Tests.Tflite;

/// <summary>
/// LCE models: the shipped binary network converted with `lce-tf-to-tfl` exports LCE's custom ops
/// with the option bytes of `tfl-legalize-lce`, and the same model kept as lq ops (translated
/// back with `lce-translate-tfl`) exports identically.
/// </summary>
public partial class LceCustomOpTests
{
    private static string Opt(string input, string pipeline)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = LceOpt.Run([$"--pass-pipeline={pipeline}", "-"], new StringReader(input), stdout, stderr);
        Assert.True(rc == 0, stderr.ToString());
        return stdout.ToString();
    }

    private static List<(string? Code, string Options, int[] Inputs)> CustomOps(TfliteModel m) =>
        m.Subgraphs[0].Operators
            .Where(o => m.OperatorCodes[(int)o.OpcodeIndex].EffectiveCode == BuiltinOperator.Custom)
            .Select(o => (m.OperatorCodes[(int)o.OpcodeIndex].CustomCode, Convert.ToHexString(o.CustomOptions.Span), o.Inputs.ToArray()))
            .ToList();

    [GeneratedRegex("custom_code = \"(\\w+)\", custom_option = #tfl<const_bytes : \"0x([0-9A-F]*)\">")]
    private static partial Regex CustomAttr();

    [Fact]
    public void LqOpsAndTheirLegalizedFormExportTheSameCustomOps()
    {
        string tf = File.ReadAllText(RepoPaths.Combine("examples", "binary-net", "binary-net.mlir"));
        string tfl = Opt(tf, "builtin.module(lce-tf-to-tfl)");
        string lq = Opt(tfl, "builtin.module(func.func(lce-translate-tfl))");
        Assert.Contains("lq.Bconv2d", lq);

        var fromTfl = TfliteModelReader.Read(TfliteExporter.ExportToBytes(TfliteTestSupport.Parse(tfl)));
        var fromLq = TfliteModelReader.Read(TfliteExporter.ExportToBytes(TfliteTestSupport.Parse(lq)));
        var expected = CustomAttr().Matches(tfl).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal(["LceQuantize", "LceBconv2d", "LceBMaxPool2d", "LceBconv2d"], expected.Select(e => e.Item1));
        Assert.Equal(expected, CustomOps(fromTfl).Select(c => (c.Code!, c.Options)));
        Assert.Equal(expected, CustomOps(fromLq).Select(c => (c.Code!, c.Options)));
        // none operands of the binary convolutions are -1 in both
        Assert.Equal(CustomOps(fromTfl).Select(c => c.Inputs.Count(i => i == -1)), CustomOps(fromLq).Select(c => c.Inputs.Count(i => i == -1)));
        Assert.Contains(CustomOps(fromLq), c => c.Inputs.Contains(-1));
        Assert.All(fromLq.OperatorCodes.Where(c => c.CustomCode is not null), c => Assert.Equal((1, (sbyte)32), (c.Version, c.DeprecatedBuiltinCode)));
    }

    [Fact]
    public void AnLqMaxPoolExportsLceOptionsThatDecode()
    {
        var module = TfliteTestSupport.Parse("""
            func.func @main(%arg0: tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32> {
              %0 = "lq.BMaxPool2d"(%arg0) <{filter_height = 2 : i32, filter_width = 2 : i32, padding = "SAME", stride_height = 2 : i32, stride_width = 2 : i32}> : (tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32>
              return %0 : tensor<1x2x2x1xi32>
            }
            """);
        var m = TfliteModelReader.Read(TfliteExporter.ExportToBytes(module));
        Assert.Equal("LceBMaxPool2d", m.OperatorCodes[0].CustomCode);
        var bytes = m.Subgraphs[0].Operators[0].CustomOptions.ToArray();
        var options = Lce.Serialization.CustomOptions.BMaxPool2dOptions.Decode(bytes);
        Assert.Equal((2, 2, 2, 2), (options.FilterHeight, options.FilterWidth, options.StrideHeight, options.StrideWidth));
    }
}
