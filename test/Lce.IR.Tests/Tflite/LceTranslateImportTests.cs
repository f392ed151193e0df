using Lce.Translate;

namespace Lce.Tests.Tflite;

/// <summary>`lce-translate --tflite-to-mlir`: export then import through the tool; corrupt files are diagnostics and leave the output alone.</summary>
public sealed class LceTranslateImportTests() : ScratchDirectoryTest("lce-translate-import-")
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        int rc = LceTranslate.Run(args, stdout, stderr, new StringReader(""));
        return (rc, System.Text.Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private const string Model = """
        func.func @main(%arg0: tensor<1x4xf32>) -> tensor<1x4xf32> {
          %0 = "tfl.relu6"(%arg0) : (tensor<1x4xf32>) -> tensor<1x4xf32>
          %1 = "tfl.add"(%0, %arg0) <{fused_activation_function = "NONE"}> : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
          return %1 : tensor<1x4xf32>
        }
        """;

    [Fact]
    public void ImportsWhatItExported()
    {
        string mlir = Path.Combine(Dir, "m.mlir"), tflite = Path.Combine(Dir, "m.tflite"), back = Path.Combine(Dir, "back.mlir");
        File.WriteAllText(mlir, Model.Replace("<{fused_activation_function = \"NONE\"}>", "{fused_activation_function = \"NONE\"}"));
        Assert.Equal((0, ""), (Run("--mlir-to-tflite", mlir, "-o", tflite) is var e ? (e.Code, e.Err) : default));
        var (rc, _, err) = Run("--tflite-to-mlir", tflite, "-o", back);
        Assert.Equal((0, ""), (rc, err));
        string text = File.ReadAllText(back);
        Assert.Contains("\"tfl.relu6\"", text);
        Assert.Contains("tfl.add", text);
        Assert.Contains("func.func @main(", text);
        Assert.Empty(Directory.GetFiles(Dir, "*.tmp"));
    }

    [Fact]
    public void ACorruptFileIsADiagnosticAndTheOutputIsKept()
    {
        string tflite = Path.Combine(Dir, "bad.tflite"), output = Path.Combine(Dir, "out.mlir");
        File.WriteAllBytes(tflite, [0x10, 0, 0, 0, (byte)'T', (byte)'F', (byte)'L', (byte)'3', 0xff, 0xff]);
        File.WriteAllText(output, "previous");
        var (rc, _, err) = Run("--tflite-to-mlir", tflite, "-o", output);
        Assert.Equal(1, rc);
        Assert.Contains("error:", err);
        Assert.Equal("previous", File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(Dir, "*.tmp"));
    }

    [Fact]
    public void AMissingInputIsAnError()
    {
        var (rc, _, err) = Run("--tflite-to-mlir", Path.Combine(Dir, "missing.tflite"));
        Assert.Equal(1, rc);
        Assert.Contains("cannot read", err);
    }
}
