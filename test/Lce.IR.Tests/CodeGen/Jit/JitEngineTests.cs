using Lce.CodeGen.Jit;
using Lce.CodeGen.Runtime;
using Lce.Tests.CodeGen.Runtime;

namespace Lce.Tests.CodeGen.Jit;

/// <summary>
/// The `--engine jit` kernel set through the executor: lq.Bconv2d with a constant filter runs the
/// JIT kernel and gives the reference engine's outputs bit for bit (float, int8 and bitpacked
/// results, both pad values, strides); other ops keep their reference kernels.
/// </summary>
public class JitEngineTests
{
    private const int Cin = 64, Cout = 40, Words = 2;

    private static string Hex(int[] words) => "\"0x" + string.Concat(words.Select(w => Convert.ToHexString(BitConverter.GetBytes(w)))) + "\"";

    private static string Model(string padding, int padValue, int stride, string resultType, string extraOperand)
    {
        var r = new Random(5);
        var filter = Enumerable.Range(0, Cout * 9 * Words).Select(_ => r.Next() ^ (r.Next() << 16)).ToArray();
        var thresholds = Enumerable.Range(0, Cout).Select(_ => r.Next(200, 380)).ToArray();
        return $$"""
            func.func @main(%x: tensor<1x7x6x2xi32>, %m: tensor<40xf32>, %b: tensor<40xf32>) -> {{resultType}} {
              %f = arith.constant dense<{{Hex(filter)}}> : tensor<40x3x3x2xi32>
              %t = arith.constant dense<{{Hex(thresholds)}}> : tensor<40xi32>
              %n = "tfl.no_value"() {value} : () -> none
              %0 = "lq.Bconv2d"(%x, %f, {{extraOperand}}) <{channels_in = {{Cin}} : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 2 : i32, fused_activation_function = "RELU", pad_values = {{padValue}} : i32, padding = "{{padding}}", stride_height = {{stride}} : i32, stride_width = 1 : i32}> : (tensor<1x7x6x2xi32>, tensor<40x3x3x2xi32>, {{(extraOperand.Contains("%t") ? "none, none, tensor<40xi32>" : "tensor<40xf32>, tensor<40xf32>, none")}}) -> {{resultType}}
              return %0 : {{resultType}}
            }
            """;
    }

    private static IReadOnlyList<Tensor> Inputs()
    {
        var r = new Random(9);
        return
        [
            Tensor.FromInt32s([1, 7, 6, 2], Enumerable.Range(0, 7 * 6 * 2).Select(_ => r.Next() ^ (r.Next() << 16)).ToArray()),
            Tensor.FromFloats([40], Enumerable.Range(0, 40).Select(i => (i % 5 - 2) * 0.37f).ToArray()),
            Tensor.FromFloats([40], Enumerable.Range(0, 40).Select(i => i * 1.5f - 20).ToArray()),
        ];
    }

    [Theory]
    [InlineData("SAME", 0, 1, "float")]
    [InlineData("SAME", 1, 2, "float")]
    [InlineData("VALID", 0, 1, "float")]
    [InlineData("SAME", 0, 1, "int8")]
    [InlineData("SAME", 1, 1, "bitpacked")]
    [InlineData("SAME", 0, 2, "bitpacked")]
    public void JitEngineMatchesTheReferenceEngine(string padding, int padValue, int stride, string output)
    {
        int ho = padding == "VALID" ? 5 : (7 + stride - 1) / stride, wo = padding == "VALID" ? 2 : 6;
        string type = output switch
        {
            "float" => $"tensor<1x{ho}x{wo}x40xf32>",
            "int8" => $"tensor<1x{ho}x{wo}x40x!quant.uniform<i8:f32, 2.500000e-01:-3>>",
            _ => $"tensor<1x{ho}x{wo}x2xi32>",
        };
        string operands = output == "bitpacked" ? "%n, %n, %t" : "%m, %b, %n";
        var func = RuntimeTestIR.Func(Model(padding, padValue, stride, type, operands));
        var reference = Executor.Compile(func, OpKernelRegistry.CreateDefault()).Run(Inputs())[0];
        foreach (var isa in JitIsas.Supported())
        {
            var jit = Executor.Compile(func, JitEngine.CreateRegistry(new JitOptions(JitBackend.For(isa), Threads: 2))).Run(Inputs())[0];
            Assert.Equal(reference.Storage.ToArray(), jit.Storage.ToArray());
        }
    }

    [Fact]
    public void TheJitRegistryKeepsReferenceKernelsForOtherOps()
    {
        var jit = JitEngine.CreateRegistry(new JitOptions(JitBackend.For(JitIsa.Scalar)));
        Assert.Equal(OpKernelRegistry.CreateDefault().OpNames, jit.OpNames);
        Assert.Equal(OpKernelRegistry.CreateDefault().CustomCodes, jit.CustomCodes);
    }

    [Fact]
    public void EmissionIsCachedPerKernelShape()
    {
        var func = RuntimeTestIR.Func(Model("SAME", 1, 1, "tensor<1x7x6x40xf32>", "%m, %b, %n"));
        var registry = JitEngine.CreateRegistry(new JitOptions(JitBackend.For(JitIsa.Scalar)));
        Executor.Compile(func, registry);
        var before = KernelCache.Statistics;
        Executor.Compile(func, registry);
        var after = KernelCache.Statistics;
        Assert.True(after.Hits > before.Hits);
    }
}
