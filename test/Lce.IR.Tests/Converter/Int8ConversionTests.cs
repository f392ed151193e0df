using System.Text.Json.Nodes;
using Lce.ConvertCli;
using Lce.IR;

namespace Lce.Tests.ConverterPasses;

using static ConverterTestUtil;

/// <summary>
/// int8 conversion end to end: a fake-quantized network, and a float network with
/// --experimental-default-int8-range, converted with int8 inputs and outputs. The executor's
/// int8 outputs must match those of the real TensorFlow Lite interpreter (recorded from
/// /tmp/tflite-oracle/run-tflite on the .tflite lce-convert wrote; the file was also accepted by
/// validate-tflite) within one quantization step. The recorded inputs agree exactly; on other
/// inputs float-net's int8 mean can be one off (the executor rounds as TFLite's current reference
/// QuantizedMeanOrSum, the recorded interpreter, TF ~2.13, takes its 4-D height/width mean path).
/// </summary>
public sealed class Int8ConversionTests() : ScratchDirectoryTest("lce-int8-")
{
    private static string Model(string name) => RepoPaths.Combine("test", "filecheck", "Transforms", "Tfl", "Inputs", name);

    /// <summary>Input j of the k-th recorded run: a deterministic spread over the int8 range.</summary>
    private static int[] Input(int count, int k, int j) =>
        [.. Enumerable.Range(0, count).Select(i => (i * 37 + (k + 7 * j) * 101 + i * i * (k + 7 * j)) % 256 - 128)];

    private static readonly int[][] Image4x4x2 = [[1, 4, 4, 2]];

    public static TheoryData<string, string[], int[][], int[][]> Cases => new()
    {
        // Recorded with the TFLite interpreter of tfjs-tflite 0.0.1-alpha.10 (TensorFlow ~2.13 kernels).
        { "qat-net.mlir", [], Image4x4x2, [[10, -10], [-58, 58], [-79, 79]] },
        { "qat-weights-net.mlir", [], Image4x4x2, [[10, -10], [-58, 58], [-79, 79]] },
        { "qat-concat.mlir", [], [[1, 2, 2, 2], [1, 2, 2, 2]], [
            [-42, -30, 25, 69, -18, -6, -128, -57, 7, 19, 29, -127, 31, -42, -13, -128],
            [-9, 4, -128, -85, 17, 31, -24, 53, -40, -24, -110, -1, -8, 8, -128, 9],
            [25, 38, -29, 17, -33, -18, 81, -93, -1, 18, 7, -128, 37, -27, 5, -97]] },
        { "float-net.mlir", ["--experimental-default-int8-range", "-3,3"], [[1, 8, 8, 2]], [[42, 39, 31], [28, 47, 22], [41, 54, 37]] },
        { "float-ops-net.mlir", ["--experimental-default-int8-range", "-2,2"], Image4x4x2, [[123, -88], [123, -59], [110, -112]] },
        { "float-pad-squeeze-net.mlir", ["--experimental-default-int8-range", "-1,1"], [[1, 3, 3, 2]], [[-10, -3, -7, -9], [-6, 2, 1, 7], [-2, 7, -8, 8]] },
    };

    private string Convert(string model, string[] extra, string output, bool int8Io = true)
    {
        var err = new StringWriter();
        string[] io = int8Io ? ["--inference-input-type", "int8", "--inference-output-type", "int8"] : [];
        int rc = LceConvert.Run([Model(model), "-o", output, "--quiet", .. extra, .. io], new StringReader(""), new StringWriter(), err, null);
        Assert.True(rc == 0, err.ToString());
        return output;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheExecutorMatchesTheTfliteInterpreter(string model, string[] options, int[][] shapes, int[][] expected)
    {
        string mlir = Convert(model, options, Path.Combine(Dir, "model.mlir"));
        for (int k = 0; k < expected.Length; k++)
        {
            var input = new JsonObject
            {
                ["inputs"] = new JsonArray([.. shapes.Select((shape, j) => (JsonNode)new JsonObject
                {
                    ["name"] = $"arg{j}", ["dtype"] = "int8",
                    ["shape"] = new JsonArray([.. shape.Select(d => (JsonNode)d)]),
                    ["data"] = new JsonArray([.. Input(shape.Aggregate(1, (a, b) => a * b), k, j).Select(v => (JsonNode)v)]),
                })]),
            };
            string inputFile = Path.Combine(Dir, $"input{k}.json");
            File.WriteAllText(inputFile, input.ToJsonString());
            var (rc, output, err) = Lce.Tests.CodeGen.Runtime.LceRunCli.Run(mlir, "--input", inputFile, "--json");
            Assert.True(rc == 0, err);
            var result = JsonNode.Parse(output)!["outputs"]![0]!;
            Assert.Equal("int8", result["dtype"]!.GetValue<string>());
            var got = result["data"]!.AsArray().Select(v => v!.GetValue<int>()).ToArray();
            Assert.Equal(expected[k].Length, got.Length);
            for (int i = 0; i < got.Length; i++)
                Assert.True(Math.Abs(got[i] - expected[k][i]) <= 1, $"{model} input {k}: output {i} is {got[i]}, the interpreter gave {expected[k][i]}");
        }
    }

    [Fact]
    public void Int8InputAndOutputTypesCarryTheQuantizationParameters()
    {
        var func = Func(Parse(File.ReadAllText(Convert("qat-net.mlir", [], Path.Combine(Dir, "qat.mlir")))));
        Assert.Equal("(tensor<1x4x4x2x!quant.uniform<i8:f32, 0.0078431372549019607>>) -> tensor<1x2x!quant.uniform<i8:f32, 3.906250e-03:-128>>",
            Lce.Dialects.Func.FuncOp.Type(func).ToString());
        Assert.Empty(All(func, "tfl.quantize"));
        Assert.Empty(All(func, "tfl.dequantize"));

        var floatIo = Func(Parse(File.ReadAllText(Convert("qat-net.mlir", [], Path.Combine(Dir, "qat-float.mlir"), int8Io: false))));
        Assert.Equal("(tensor<1x4x4x2xf32>) -> tensor<1x2xf32>", Lce.Dialects.Func.FuncOp.Type(floatIo).ToString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void IoStrippingLeavesTheInnerTensorsAlone(string model, string[] options, int[][] shapes, int[][] expected)
    {
        _ = expected;
        var floatIo = Signature(Func(Parse(File.ReadAllText(Convert(model, options, Path.Combine(Dir, "f.mlir"), int8Io: false)))));
        var int8Io = Signature(Func(Parse(File.ReadAllText(Convert(model, options, Path.Combine(Dir, "i.mlir"))))));
        // The float-I/O model is the int8 one plus an input quantize and an output dequantize.
        Assert.Equal(int8Io, floatIo.Where(s => !QuantizesFloat(s) && !s.StartsWith("tfl.dequantize ", StringComparison.Ordinal)));
        // One quantize per input (concatenation's requantizes read the stripped inputs) and one dequantize.
        Assert.Equal(shapes.Length, floatIo.Count(QuantizesFloat));
        Assert.Equal(1, floatIo.Count(s => s.StartsWith("tfl.dequantize ", StringComparison.Ordinal)));
    }

    private static bool QuantizesFloat(string op) =>
        op.StartsWith("tfl.quantize (", StringComparison.Ordinal) && op.Contains("xf32>) -> (", StringComparison.Ordinal);

    /// <summary>Each op of the body as its name with its operand and result types.</summary>
    private static List<string> Signature(Operation func) =>
        [.. func.GetRegion(0).Blocks[0].Operations.Where(op => op.Name != "func.return")
            .Select(op => $"{op.Name} ({string.Join(", ", op.OperandTypes)}) -> ({string.Join(", ", op.ResultTypes)})")];

    [Fact]
    public void TheTfliteFileIsWritten()
    {
        string path = Convert("float-net.mlir", ["--experimental-default-int8-range", "-3,3"], Path.Combine(Dir, "float.tflite"));
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("TFL3", System.Text.Encoding.ASCII.GetString(bytes, 4, 4));
    }

    [Fact]
    public void ABadDefaultRangeIsAnErrorNotACrash()
    {
        var err = new StringWriter();
        int rc = LceConvert.Run([Model("float-net.mlir"), "--quiet", "--experimental-default-int8-range", "1,3"], new StringReader(""), new StringWriter(), err, null);
        Assert.Equal(1, rc);
        Assert.Contains("the default range [1, 3] has no 8-bit quantized type", err.ToString());
    }
}
