using System.Text.Json.Nodes;
using Lce.ConvertCli;
using Lce.Translate;

namespace Lce.Tests.Tflite;

/// <summary>
/// The deployment path end to end through the tools: the tf-dialect example converted straight to
/// .tflite by lce-convert, imported back by lce-translate, gives the same outputs on the executor
/// as the tf model itself and as lce-convert's MLIR output (the LCE ops come back as tfl.custom).
/// </summary>
public sealed class ConvertTranslateRunTests() : ScratchDirectoryTest("lce-convert-translate-")
{
    private static JsonArray Outputs(string model)
    {
        var (rc, output, err) = Lce.Tests.CodeGen.Runtime.LceRunCli.Run(model, "--random", "7", "--json");
        Assert.True(rc == 0, err);
        return JsonNode.Parse(output)!["outputs"]!.AsArray();
    }

    private static void Convert(params string[] args)
    {
        var err = new StringWriter();
        int rc = LceConvert.Run(args, new StringReader(""), new StringWriter(), err, null);
        Assert.True(rc == 0, err.ToString());
    }

    [Fact]
    public void TheTfliteFileRunsLikeTheModelItCameFrom()
    {
        string tf = RepoPaths.Combine("examples", "binary-net", "binary-net.mlir");
        string tflite = Path.Combine(Dir, "net.tflite"), converted = Path.Combine(Dir, "net.mlir"), back = Path.Combine(Dir, "back.mlir");
        Convert(tf, "-o", tflite, "--quiet");
        Convert(tf, "-o", converted, "--quiet");
        var err = new StringWriter();
        Assert.Equal(0, LceTranslate.Run(["--tflite-to-mlir", tflite, "-o", back], new MemoryStream(), err));
        Assert.Equal("", err.ToString());

        string imported = File.ReadAllText(back);
        Assert.Equal(2, imported.Split("custom_code = \"LceBconv2d\"").Length - 1);
        Assert.Contains("custom_code = \"LceQuantize\"", imported);
        Assert.DoesNotContain("\"tf.", imported);

        var reference = Outputs(tf);
        foreach (var model in new[] { converted, back })
        {
            var got = Outputs(model);
            Assert.Equal(reference.Count, got.Count);
            for (int i = 0; i < reference.Count; i++)
            {
                Assert.Equal(reference[i]!["shape"]!.ToJsonString(), got[i]!["shape"]!.ToJsonString());
                var want = reference[i]!["data"]!.AsArray().Select(v => v!.GetValue<float>()).ToArray();
                var have = got[i]!["data"]!.AsArray().Select(v => v!.GetValue<float>()).ToArray();
                Assert.Equal(want.Length, have.Length);
                for (int k = 0; k < want.Length; k++)
                    Assert.True(Math.Abs(want[k] - have[k]) <= 1e-5f * Math.Max(1f, Math.Abs(want[k])), $"{model}: output {i}[{k}] {have[k]} vs {want[k]}");
            }
        }
    }
}
