using Lce.Run;

namespace Lce.Tests.CodeGen.Jit;

/// <summary>lce-run's JIT options: --engine jit runs, --profile reports emission, bad --isa/--threads are errors.</summary>
public class LceRunJitTests
{
    private const string Model = """
        func.func @main(%x: tensor<1x5x5x1xi32>) -> tensor<1x5x5x3xf32> {
          %f = arith.constant dense<[[[[1], [2], [3]], [[4], [5], [6]], [[7], [8], [9]]], [[[9], [8], [7]], [[6], [5], [4]], [[3], [2], [1]]], [[[0], [-1], [0]], [[-1], [0], [-1]], [[0], [-1], [0]]]]> : tensor<3x3x3x1xi32>
          %n = "tfl.no_value"() {value} : () -> none
          %0 = "lq.Bconv2d"(%x, %f, %n, %n, %n) <{channels_in = 32 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x5x5x1xi32>, tensor<3x3x3x1xi32>, none, none, none) -> tensor<1x5x5x3xf32>
          return %0 : tensor<1x5x5x3xf32>
        }
        """;

    private static (int Code, string Out, string Err) Run(string path, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = LceRun.Run([path, .. args], o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void JitAndReferenceEnginesPrintTheSameOutputs()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Model);
            var reference = Run(path, "--random", "3", "--json");
            var jit = Run(path, "--random", "3", "--json", "--engine", "jit", "--isa", "scalar", "--threads", "2");
            Assert.Equal(0, reference.Code);
            Assert.Equal(0, jit.Code);
            Assert.Equal(reference.Out, jit.Out);
            var profiled = Run(path, "--random", "3", "--engine", "jit", "--benchmark", "2", "--profile");
            Assert.Equal(0, profiled.Code);
            Assert.Matches(@"jit: \d+ kernel\(s\) emitted in [0-9.]+ ms", profiled.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--isa sse9 --engine jit", "unknown --isa 'sse9'")]
    [InlineData("--isa scalar", "--isa and --threads need --engine jit")]
    [InlineData("--engine jit --threads 0", "--threads expects a positive count")]
    [InlineData("--engine gpu", "unknown engine 'gpu' (available: reference, jit)")]
    public void BadOptionsAreErrors(string options, string message)
    {
        var (code, _, err) = Run("model.mlir", options.Split(' '));
        Assert.Equal(1, code);
        Assert.Contains(message, err);
    }
}
