using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Runtime.Tfl;

/// <summary>tfl.max_pool_2d, tfl.average_pool_2d and tfl.mean through the executor.</summary>
public class TflPoolMeanBindingTests
{
    [Theory]
    [InlineData("max_pool_2d", false)]
    [InlineData("average_pool_2d", true)]
    public void SamePoolingWithClippedWindowsMatchesTheKernel(string name, bool average)
    {
        float[] x = TflRun.Values(1 * 5 * 5 * 2);
        float[] actual = TflRun.Run($$"""
            func.func @main(%x: tensor<1x5x5x2xf32>) -> tensor<1x3x3x2xf32> {
              %0 = "tfl.{{name}}"(%x) {filter_height = 3 : i32, filter_width = 3 : i32, fused_activation_function = "RELU", padding = "SAME", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x5x5x2xf32>) -> tensor<1x3x3x2xf32>
              return %0 : tensor<1x3x3x2xf32>
            }
            """, ([1, 5, 5, 2], x));
        var expected = new float[18];
        var p = new Pool2DParams(3, 3, 2, 2, TflPadding.Same, TflActivation.Relu);
        if (average) Pool2D.AveragePool(x, [1, 5, 5, 2], expected, p);
        else Pool2D.MaxPool(x, [1, 5, 5, 2], expected, p);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(true, "1x3x1x1")]
    [InlineData(false, "3")]
    public void MeanOverConstantAxesHonoursKeepDims(bool keepDims, string result)
    {
        float[] x = TflRun.Values(2 * 3 * 2 * 2);
        float[] actual = TflRun.Run($$"""
            func.func @main(%x: tensor<2x3x2x2xf32>) -> tensor<{{result}}xf32> {
              %axes = arith.constant dense<[0, -1, 2]> : tensor<3xi32>
              %0 = "tfl.mean"(%x, %axes) {keep_dims = {{(keepDims ? "true" : "false")}}} : (tensor<2x3x2x2xf32>, tensor<3xi32>) -> tensor<{{result}}xf32>
              return %0 : tensor<{{result}}xf32>
            }
            """, ([2, 3, 2, 2], x));
        var expected = new float[3];
        Mean.Run(x, [2, 3, 2, 2], [0, -1, 2], expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void MeanNeedsConstantAxesAndTheKeepDimsShape()
    {
        Assert.Equal("test.mlir:2:8: error: 'tfl.mean': operand #1 must be a constant", TflRun.Render("""
            func.func @main(%x: tensor<2x3xf32>, %a: tensor<1xi32>) -> tensor<2xf32> {
              %0 = "tfl.mean"(%x, %a) {keep_dims = false} : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<2xf32>
              return %0 : tensor<2xf32>
            }
            """));
        Assert.Equal("test.mlir:3:8: error: 'tfl.mean': result float32[2] should be float32[2, 1]", TflRun.Render("""
            func.func @main(%x: tensor<2x3xf32>) -> tensor<2xf32> {
              %a = arith.constant dense<1> : tensor<1xi32>
              %0 = "tfl.mean"(%x, %a) {keep_dims = true} : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<2xf32>
              return %0 : tensor<2xf32>
            }
            """));
        Assert.Equal("test.mlir:3:8: error: 'tfl.mean': axis 5 out of range for rank 2", TflRun.Render("""
            func.func @main(%x: tensor<2x3xf32>) -> tensor<2xf32> {
              %a = arith.constant dense<5> : tensor<1xi32>
              %0 = "tfl.mean"(%x, %a) {keep_dims = false} : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<2xf32>
              return %0 : tensor<2xf32>
            }
            """));
    }
}
