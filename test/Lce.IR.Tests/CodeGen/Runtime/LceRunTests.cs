using System.Text.Json.Nodes;
using Lce.Run;

namespace Lce.Tests.CodeGen.Runtime;

/// <summary>lce-run end to end on small models of the shape ops the runtime binds.</summary>
public sealed class LceRunTests() : ScratchDirectoryTest("lce-run-tests")
{
    private static (int Code, string Out, string Err) Run(params string[] args) => LceRunCli.Run(args);

    private const string Model = """
        func.func @main(%x: tensor<2x3xf32>, %m: tensor<3xi1>) -> (tensor<6xf32>, tensor<1x3xi1>) attributes {tf.entry_function = {inputs = "x,mask", outputs = "flat,mask2"}} {
          %s = arith.constant dense<6> : tensor<1xi32>
          %0 = "tfl.reshape"(%x, %s) : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<6xf32>
          %z = arith.constant dense<0> : tensor<i32>
          %1 = "tf.ExpandDims"(%m, %z) : (tensor<3xi1>, tensor<i32>) -> tensor<1x3xi1>
          return %0, %1 : tensor<6xf32>, tensor<1x3xi1>
        }
        func.func @other(%x: tensor<4xi8>) -> tensor<2x2xi8> {
          %0 = "tf.Reshape"(%x, %s) : (tensor<4xi8>, tensor<2xi32>) -> tensor<2x2xi8>
          return %0 : tensor<2x2xi8>
        }
        """;

    private const string Inputs = """
        {"inputs": [
          {"name": "x", "shape": [2, 3], "dtype": "float32", "data": [1, -2.5, 3, 4, 5, 6]},
          {"name": "mask", "shape": [3], "dtype": "bool", "data": [true, false, true]}]}
        """;

    [Fact]
    public void JsonOutputsCarryNamesShapesAndData()
    {
        var (code, stdout, stderr) = Run(Write("m.mlir", FixedModel), "--input", Write("in.json", Inputs), "--json");
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        var o = JsonNode.Parse(stdout)!;
        Assert.Equal("""[{"name":"flat","shape":[6],"dtype":"float32","data":[1,-2.5,3,4,5,6]},{"name":"mask2","shape":[1,3],"dtype":"bool","data":[true,false,true]}]""",
            o["outputs"]!.ToJsonString());
        Assert.Equal(64 + 3, (long)o["arena_bytes"]!);
    }

    /// <summary>The second function needs its shape constant: defined here so the model parses.</summary>
    private static string FixedModel => Model.Replace("""  %0 = "tf.Reshape"(%x, %s)""", """
          %s = arith.constant dense<2> : tensor<2xi32>
          %0 = "tf.Reshape"(%x, %s)
        """.TrimEnd());

    [Fact]
    public void TextOutputsAndFunctionSelection()
    {
        string model = Write("m.mlir", FixedModel);
        var (code, stdout, _) = Run(model, "--function", "other", "--input", Write("in.json", """{"inputs": [{"shape": [4], "dtype": "int8", "data": [-1, 2, -3, 4]}]}"""), "--print-outputs");
        Assert.Equal(0, code);
        Assert.Equal("@other: 1 op(s), arena 4 bytes\noutput_0: int8[2, 2] = [-1, 2, -3, 4]\n", stdout.ReplaceLineEndings("\n"));
        (code, _, var stderr) = Run(model, "--function", "missing", "--random", "1");
        Assert.Equal(1, code);
        Assert.Contains("no function @missing (functions: @main, @other)", stderr);
    }

    [Fact]
    public void RandomInputsAreDeterministicAndBenchmarkReportsOps()
    {
        string model = Write("m.mlir", FixedModel);
        var a = Run(model, "--random", "7", "--json");
        var b = Run(model, "--random", "7", "--json");
        Assert.Equal(0, a.Code);
        Assert.Equal(a.Out, b.Out);
        Assert.NotEqual(a.Out, Run(model, "--random", "8", "--json").Out);
        var (code, stdout, _) = Run(model, "--random", "7", "--benchmark", "3", "--profile");
        Assert.Equal(0, code);
        Assert.Contains("benchmark: 3 run(s), mean ", stdout);
        Assert.Contains("tfl.reshape", stdout);
        Assert.Contains("tf.ExpandDims", stdout);
        var json = JsonNode.Parse(Run(model, "--random", "7", "--benchmark", "2", "--profile", "--json").Out)!;
        Assert.Equal(2, (int)json["benchmark"]!["runs"]!);
        Assert.Equal(2, json["benchmark"]!["ops"]!.AsArray().Count);
    }

    [Fact]
    public void ErrorsAreOneLineDiagnosticsWithNonZeroExit()
    {
        string model = Write("m.mlir", FixedModel);
        void Fails(string expected, params string[] args)
        {
            var (code, stdout, stderr) = Run(args);
            Assert.Equal(1, code);
            Assert.Equal("", stdout);
            Assert.True(stderr.Contains(expected), $"expected \"{expected}\" in:\n{stderr}");
            Assert.DoesNotContain("   at ", stderr);
        }
        Fails("u2.mlir:2:8: error: no kernel for op 'tfl.sign'", Write("u2.mlir", """
            func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
              %0 = "tfl.sign"(%x) : (tensor<4xf32>) -> tensor<4xf32>
              return %0 : tensor<4xf32>
            }
            """), "--random", "1");
        Fails("p.mlir:1:20: error: expected non-function type", Write("p.mlir", "func.func @main(%x: ) {\n}\n"));
        Fails("error: malformed JSON", model, "--input", Write("bad.json", "{\"inputs\": [}"));
        Fails("shape.json: error: input #0 ('x'): expected shape [2, 3], got [3, 2]", model, "--input", Write("shape.json", Inputs.Replace("[2, 3]", "[3, 2]")));
        Fails("input #1 ('mask'): expected element type bool, got int8", model, "--input",
            Write("dtype.json", Inputs.Replace("\"bool\", \"data\": [true, false, true]", "\"int8\", \"data\": [1, 0, 1]")));
        Fails("inputs[1] is named 'y' but the function's input #1 is 'mask'", model, "--input", Write("name.json", Inputs.Replace("\"mask\"", "\"y\"")));
        Fails("takes 2 input(s), the file has 0", model, "--input", Write("none.json", """{"inputs": []}"""));
        Fails("give --input FILE.json or --random SEED", model);
        Fails("unknown engine 'gpu'", model, "--engine", "gpu");
        Fails("--benchmark expects a positive run count", model, "--benchmark", "0");
        Fails("--function expects a value", model, "--function");
        Fails("unknown option '--fast'", model, "--fast");
        Fails("lce-run: error:", Path.Combine(Dir, "missing.mlir"));
    }
}
