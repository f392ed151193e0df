using Lce.CodeGen.Tflite.Schema;
using Lce.Translate;

namespace Lce.Tests.Tflite;

/// <summary>`lce-translate --mlir-to-tflite`: output written whole or not at all, errors as diagnostics.</summary>
public sealed class LceTranslateTests() : ScratchDirectoryTest("lce-translate-")
{
    private (int Code, string Err) Run(params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        int rc = LceTranslate.Run(args, stdout, stderr, new StringReader(""));
        return (rc, stderr.ToString());
    }

    private const string Good = """
        func.func @main(%arg0: tensor<2xf32>) -> tensor<2xf32> {
          %0 = "tfl.relu"(%arg0) : (tensor<2xf32>) -> tensor<2xf32>
          return %0 : tensor<2xf32>
        }
        """;

    private const string Bad = """
        func.func @main(%arg0: tensor<2xf32>) -> tensor<2xf32> {
          %0 = arith.negf %arg0 : tensor<2xf32>
          return %0 : tensor<2xf32>
        }
        """;

    [Fact]
    public void ExportsAModel()
    {
        string output = Path.Combine(Dir, "out.tflite");
        var (rc, err) = Run("--mlir-to-tflite", Write("m.mlir", Good), "-o", output);
        Assert.Equal((0, ""), (rc, err));
        var model = TfliteModelReader.Read(File.ReadAllBytes(output));
        Assert.Equal(BuiltinOperator.Relu, Assert.Single(model.OperatorCodes).EffectiveCode);
        Assert.Equal([output], Directory.GetFiles(Dir, "*.tflite*")); // no temporary file left
    }

    [Fact]
    public void AFailedExportLeavesTheOldOutputAndNoTemporaryFile()
    {
        string output = Write("out.tflite", "previous contents");
        string input = Write("bad.mlir", Bad);
        var (rc, err) = Run("--mlir-to-tflite", input, "-o", output);
        Assert.Equal(1, rc);
        Assert.Equal($"{input}:2:8: error: 'arith.negf' has no TFLite operator (convert the model to the tfl dialect first)\n", err.Replace("\r", ""));
        Assert.Equal("previous contents", File.ReadAllText(output));
        Assert.Equal([output], Directory.GetFiles(Dir, "*.tflite*"));
    }

    [Fact]
    public void ParseErrorsAreReportedWithTheirLocation()
    {
        string input = Write("broken.mlir", "func.func @main() {\n  %0 = \n}\n");
        string output = Path.Combine(Dir, "x.tflite");
        var (rc, err) = Run("--mlir-to-tflite", input, "-o", output);
        Assert.Equal(1, rc);
        Assert.StartsWith($"{input}:", err);
        Assert.Contains("error:", err);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData(new[] { "in.mlir" }, "no translation given")]
    [InlineData(new[] { "--mlir-to-tflite", "-o" }, "-o expects a file name")]
    [InlineData(new[] { "--frobnicate" }, "unknown option '--frobnicate'")]
    public void CommandLineErrorsPrintTheUsage(string[] args, string message)
    {
        var (rc, err) = Run(args);
        Assert.Equal(1, rc);
        Assert.Contains(message, err);
        Assert.Contains("usage: lce-translate", err);
    }

    [Fact]
    public void StdoutGetsTheBytesWhenNoOutputIsGiven()
    {
        var stdout = new MemoryStream();
        int rc = LceTranslate.Run(["--mlir-to-tflite", Write("m.mlir", Good)], stdout, new StringWriter());
        Assert.Equal(0, rc);
        Assert.Equal("TFL3"u8.ToArray(), stdout.ToArray()[4..8]);
    }
}
