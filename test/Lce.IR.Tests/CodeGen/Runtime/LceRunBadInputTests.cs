using System.Text.Json.Nodes;
using Lce.Run;

namespace Lce.Tests.CodeGen.Runtime;

/// <summary>
/// lce-run on bad input: every failure is one diagnostic naming the file (and line:col where
/// there is one) with exit code 1 and nothing on stdout; and an int8 model runs from JSON, its
/// quantization taken from the function's types.
/// </summary>
public sealed class LceRunBadInputTests() : ScratchDirectoryTest("lce-run-bad")
{
    private static (int Code, string Out, string Err) Run(params string[] args) => LceRunCli.Run(args);

    private static void Fails(string expected, params string[] args)
    {
        var (code, stdout, stderr) = Run(args);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.True(stderr.Contains(expected), $"expected \"{expected}\" in:\n{stderr}");
        Assert.DoesNotContain("   at ", stderr);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    private const string Relu = """
        func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
          %0 = "tfl.relu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
          return %0 : tensor<4xf32>
        }
        """;

    private const string Q = "!quant.uniform<i8:f32, 5.000000e-01:-2>";

    private const string Int8Model = $$"""
        func.func @main(%x: tensor<4x{{Q}}>) -> tensor<4xf32> {
          %0 = "tfl.relu"(%x) : (tensor<4x{{Q}}>) -> tensor<4x{{Q}}>
          %1 = "tfl.dequantize"(%0) : (tensor<4x{{Q}}>) -> tensor<4xf32>
          return %1 : tensor<4xf32>
        }
        """;

    [Fact]
    public void TheFirstUnsupportedOpIsNamedAtItsLocation() =>
        Fails("two.mlir:3:8: error: no kernel for op 'tfl.sign'", Write("two.mlir", """
            func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
              %0 = "tfl.relu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
              %1 = "tfl.sign"(%0) : (tensor<4xf32>) -> tensor<4xf32>
              %2 = "tfl.sign"(%1) : (tensor<4xf32>) -> tensor<4xf32>
              return %2 : tensor<4xf32>
            }
            """), "--random", "1");

    [Fact]
    public void UnreadableFilesNameTheirRole()
    {
        string model = Write("m.mlir", Relu);
        Fails($"lce-run: error: cannot read model '{Path.Combine(Dir, "none.mlir")}': no such file", Path.Combine(Dir, "none.mlir"));
        Fails($"lce-run: error: model '{Dir}' is a directory, not a file", Dir);
        Fails($"lce-run: error: cannot read input file '{Path.Combine(Dir, "none.json")}': no such file", model, "--input", Path.Combine(Dir, "none.json"));
        Fails($"lce-run: error: input file '{Dir}' is a directory, not a file", model, "--input", Dir);
    }

    [Fact]
    public void ModelsWithoutARunnableFunctionAreRejected()
    {
        Fails("empty.mlir: error: no function with a body", Write("empty.mlir", ""));
        Fails("ext.mlir: error: no function with a body", Write("ext.mlir", "func.func private @f(tensor<4xf32>)\n"));
        Fails("dyn.mlir:1:17: error: argument #0: dynamically shaped type 'tensor<?xf32>' is not supported",
            Write("dyn.mlir", "func.func @main(%x: tensor<?xf32>) -> tensor<?xf32> {\n  return %x : tensor<?xf32>\n}\n"), "--random", "1");
    }

    [Fact]
    public void InputDataMustMatchTheDeclaredTensors()
    {
        string model = Write("m.mlir", Relu);
        Fails("short.json: error: inputs[0].data: 3 value(s) for shape [4] which has 4", model, "--input",
            Write("short.json", """{"inputs": [{"shape": [4], "dtype": "float32", "data": [1, 2, 3]}]}"""));
        Fails("text.json: error: inputs[0].data[3]: expected a number", model, "--input",
            Write("text.json", """{"inputs": [{"shape": [4], "dtype": "float32", "data": [1, 2, 3, "a"]}]}"""));
        Fails("obj.json: error: expected an object with an \"inputs\" array", model, "--input", Write("obj.json", """{"inputs": {}}"""));
        Fails("two.json: error: @main takes 1 input(s), the file has 2", model, "--input",
            Write("two.json", """{"inputs": [{"shape": [4], "dtype": "float32", "data": [1, 2, 3, 4]}, {"shape": [], "dtype": "float32", "data": [1]}]}"""));
    }

    [Fact]
    public void Int8InputsAreCheckedAgainstTheStorageType()
    {
        string model = Write("q.mlir", Int8Model);
        Fails("range.json: error: inputs[0].data[1]: 300 is out of range for int8", model, "--input",
            Write("range.json", """{"inputs": [{"shape": [4], "dtype": "int8", "data": [1, 300, 3, 4]}]}"""));
        Fails("float.json: error: input #0: expected element type int8, got float32", model, "--input",
            Write("float.json", """{"inputs": [{"shape": [4], "dtype": "float32", "data": [1, 2, 3, 4]}]}"""));
    }

    [Fact]
    public void Int8ModelRunsWithQuantizationFromTheTypes()
    {
        var (code, stdout, stderr) = Run(Write("q.mlir", Int8Model), "--input",
            Write("in.json", """{"inputs": [{"shape": [4], "dtype": "int8", "data": [-10, -2, 0, 7]}]}"""), "--json");
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        // relu clamps below the zero point -2; dequantized: 0.5 · (q + 2).
        Assert.Equal("[0,0,1,4.5]", JsonNode.Parse(stdout)!["outputs"]![0]!["data"]!.ToJsonString());
    }

    [Fact]
    public void Int8BindErrorsAreDiagnosticsAtTheOp() =>
        Fails("softmax.mlir:2:8: error: 'tfl.softmax': int8 softmax needs result scale 0.00390625 and zero point -128", Write("softmax.mlir", $$"""
            func.func @main(%x: tensor<4x{{Q}}>) -> tensor<4x{{Q}}> {
              %0 = "tfl.softmax"(%x) {beta = 1.000000e+00 : f32} : (tensor<4x{{Q}}>) -> tensor<4x{{Q}}>
              return %0 : tensor<4x{{Q}}>
            }
            """), "--random", "1");
}
