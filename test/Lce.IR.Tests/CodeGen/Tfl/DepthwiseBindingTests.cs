using Lce.CodeGen.Reference;
using Lce.CodeGen.Runtime;
using Lce.Tests.CodeGen.Runtime;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>The `tfl.depthwise_conv_2d` binding on float32: the kernel with the op's attributes, bias, and shape checks.</summary>
public class DepthwiseBindingTests
{
    private static Executor Compile(string text) => Executor.Compile(RuntimeTestIR.Func(text), OpKernelRegistry.CreateDefault());

    [Fact]
    public void FloatDepthwiseRunsTheKernel()
    {
        float[] x = [.. Enumerable.Range(0, 1 * 4 * 4 * 2).Select(i => (i % 7 - 3) * 0.5f)];
        float[] w = [.. Enumerable.Range(0, 2 * 2 * 4).Select(i => (i % 5 - 2) * 0.25f)];
        var executor = Compile("""
            func.func @main(%x: tensor<1x4x4x2xf32>, %w: tensor<1x2x2x4xf32>) -> tensor<1x2x2x4xf32> {
              %b = arith.constant dense<[1.000000e+00, -1.000000e+00, 5.000000e-01, 0.000000e+00]> : tensor<4xf32>
              %0 = "tfl.depthwise_conv_2d"(%x, %w, %b) {depth_multiplier = 2 : i32, dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "RELU6", padding = "SAME", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x4x4x2xf32>, tensor<1x2x2x4xf32>, tensor<4xf32>) -> tensor<1x2x2x4xf32>
              return %0 : tensor<1x2x2x4xf32>
            }
            """);
        var actual = executor.Run([Tensor.FromFloats([1, 4, 4, 2], x), Tensor.FromFloats([1, 2, 2, 4], w)])[0].Span<float>().ToArray();
        var expected = new float[16];
        DepthwiseConv2D.Run(x, [1, 4, 4, 2], w, [1, 2, 2, 4], [1f, -1f, 0.5f, 0f], expected, 2,
            new Conv2DParams(2, 2, 1, 1, TflPadding.Same, TflActivation.Relu6));
        Assert.Equal(expected, actual);
        Assert.Contains(actual, v => v != 0);
    }

    [Fact]
    public void MismatchedDepthMultiplierIsAnErrorAtTheOp()
    {
        var e = Assert.Throws<ExecutorException>(() => Compile("""
            func.func @main(%x: tensor<1x4x4x2xf32>, %w: tensor<1x2x2x4xf32>) -> tensor<1x3x3x4xf32> {
              %n = "tfl.no_value"() {value} : () -> none
              %0 = "tfl.depthwise_conv_2d"(%x, %w, %n) {depth_multiplier = 3 : i32, dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x2xf32>, tensor<1x2x2x4xf32>, none) -> tensor<1x3x3x4xf32>
              return %0 : tensor<1x3x3x4xf32>
            }
            """));
        Assert.Equal("test.mlir:3:8: error: 'tfl.depthwise_conv_2d': filter depth 4 is not input depth 2 times depth multiplier 3", e.Render());
    }
}
