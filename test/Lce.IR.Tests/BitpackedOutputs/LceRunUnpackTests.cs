using System.Text.Json.Nodes;
using Lce.Run;

namespace Lce.Tests.BitpackedOutputs;

/// <summary>
/// lce-run's bitpacked output printing: the raw int32 words and, with --unpack-outputs, the ±1
/// values they hold (LSB first within each word, bit 0 → +1, bit 1 → −1, padding bits dropped).
/// The expected values are worked out by hand from the words.
/// </summary>
public sealed class LceRunUnpackTests() : ScratchDirectoryTest("lce-run-unpack-")
{
    private static (int Code, string Out, string Err) Run(params string[] args) => Lce.Tests.CodeGen.Runtime.LceRunCli.Run(args);

    // Words 5 = bits 0 and 2; 6 = bits 1 and 2; int.MinValue = bit 31 only; -1 = all bits.
    private const string Model = """
        func.func @main(%x: tensor<2x1xi32>) -> (tensor<1x2xi32> {lq.bitpacked_channels = 35 : i64}, tensor<2x1xi32>, tensor<2xf32>) {
          %w = arith.constant dense<[[5, 6]]> : tensor<1x2xi32>
          %f = arith.constant dense<[0.5, -2.0]> : tensor<2xf32>
          return %w, %x, %f : tensor<1x2xi32>, tensor<2x1xi32>, tensor<2xf32>
        }
        """;

    private const string Inputs = """{"inputs": [{"shape": [2, 1], "dtype": "int32", "data": [-2147483648, -1]}]}""";

    private static string Signs35(params int[] minusOnes) => Signs(35, minusOnes);

    private static string Signs(int channels, params int[] minusOnes) =>
        string.Join(", ", Enumerable.Range(0, channels).Select(c => minusOnes.Contains(c) ? "-1" : "1"));

    [Fact]
    public void TextShowsTheWordsThenTheSigns()
    {
        var (code, stdout, stderr) = Run(Write("m.mlir", Model), "--input", Write("in.json", Inputs), "--unpack-outputs");
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        var lines = stdout.TrimEnd().Split('\n');
        Assert.Equal("output_0: int32[1, 2] = [5, 6]", lines[1]);
        // Word 0 (channels 0-31): bits 0 and 2; word 1 (channels 32-34): bits 1 and 2 → channels 33, 34.
        Assert.Equal($"output_0 unpacked: float32[1, 35] = [{Signs35(0, 2, 33, 34)}]", lines[2]);
        // The int32 input passed through has no recorded channel count: printed raw only.
        Assert.Equal("output_1: int32[2, 1] = [-2147483648, -1]", lines[3]);
        Assert.Equal("output_2: float32[2] = [0.5, -2]", lines[4]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void UnpackChannelsCoversInt32OutputsWithoutTheAttribute()
    {
        var (code, stdout, stderr) = Run(Write("m.mlir", Model), "--input", Write("in.json", Inputs), "--unpack-channels", "32", "--json");
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        var outputs = JsonNode.Parse(stdout)!["outputs"]!.AsArray();
        // The recorded 35 wins over the command line for output 0.
        Assert.Equal(35, outputs[0]!["unpacked"]!["shape"]![1]!.GetValue<int>());
        Assert.Equal("""{"shape":[2,32],"dtype":"float32","data":[""" + Signs(32, 31).Replace(" ", "") + "," + Signs(32, Enumerable.Range(0, 32).ToArray()).Replace(" ", "") + "]}",
            outputs[1]!["unpacked"]!.ToJsonString());
        Assert.Null(outputs[2]!["unpacked"]);
        Assert.Equal("[0.5,-2]", outputs[2]!["data"]!.ToJsonString());
    }

    [Fact]
    public void WithoutUnpackingOnlyTheWordsArePrinted()
    {
        var (code, stdout, _) = Run(Write("m.mlir", Model), "--input", Write("in.json", Inputs), "--print-outputs");
        Assert.Equal(0, code);
        Assert.DoesNotContain("unpacked", stdout);
        Assert.Contains("output_0: int32[1, 2] = [5, 6]", stdout);
    }

    [Fact]
    public void AChannelCountTheWordsCannotHoldIsAnError()
    {
        var (code, _, stderr) = Run(Write("m.mlir", Model), "--input", Write("in.json", Inputs), "--unpack-channels", "33");
        Assert.Equal(1, code);
        Assert.Equal("lce-run: error: output 'output_1' (int32[2, 1]) cannot hold 33 channels: that needs 2 word(s) in the innermost dimension, the tensor has 1",
            stderr.TrimEnd());
    }

    [Fact]
    public void NoBitpackedOutputIsAnError()
    {
        const string floatModel = """
            func.func @main() -> tensor<2xf32> {
              %f = arith.constant dense<[0.5, -2.0]> : tensor<2xf32>
              return %f : tensor<2xf32>
            }
            """;
        var (code, _, stderr) = Run(Write("f.mlir", floatModel), "--unpack-outputs");
        Assert.Equal(1, code);
        Assert.StartsWith("lce-run: error: --unpack-outputs: no output of @main is bitpacked (no 'lq.bitpacked_channels' result attribute)", stderr);
    }

    [Theory]
    [InlineData("--unpack-channels expects a positive channel count", "--unpack-channels", "0")]
    [InlineData("--unpack-channels expects a positive channel count", "--unpack-channels", "x")]
    [InlineData("--unpack-channels expects a value", "--unpack-channels")]
    public void BadOptions(string error, params string[] args)
    {
        var (o, e) = RunOptions.Parse(["m.mlir", .. args]);
        Assert.Null(o);
        Assert.Equal(error, e);
    }

    [Fact]
    public void UnpackChannelsImpliesUnpacking()
    {
        var (o, _) = RunOptions.Parse(["m.mlir", "--unpack-channels=64"]);
        Assert.True(o!.UnpackOutputs);
        Assert.Equal(64, o.UnpackChannels);
        Assert.Contains("--unpack-outputs", RunOptions.Usage);
    }
}
