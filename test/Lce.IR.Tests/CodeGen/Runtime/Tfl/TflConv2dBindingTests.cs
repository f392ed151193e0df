using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Runtime.Tfl;

/// <summary>tfl.conv_2d through the executor equals the reference kernel called directly.</summary>
public class TflConv2dBindingTests
{
    [Fact]
    public void SameStridedDilatedConvWithBiasAndRelu6MatchesTheKernel()
    {
        float[] x = TflRun.Values(1 * 5 * 5 * 2), w = TflRun.Values(3 * 3 * 3 * 2, 2), b = [0.5f, -1f, 2f];
        float[] actual = TflRun.Run("""
            func.func @main(%x: tensor<1x5x5x2xf32>, %w: tensor<3x3x3x2xf32>, %b: tensor<3xf32>) -> tensor<1x3x3x3xf32> {
              %0 = "tfl.conv_2d"(%x, %w, %b) {dilation_h_factor = 2 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "RELU6", padding = "SAME", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x5x5x2xf32>, tensor<3x3x3x2xf32>, tensor<3xf32>) -> tensor<1x3x3x3xf32>
              return %0 : tensor<1x3x3x3xf32>
            }
            """, ([1, 5, 5, 2], x), ([3, 3, 3, 2], w), ([3], b));
        var expected = new float[27];
        Conv2D.Run(x, [1, 5, 5, 2], w, [3, 3, 3, 2], b, expected, new Conv2DParams(2, 2, 2, 1, TflPadding.Same, TflActivation.Relu6));
        Assert.Equal(expected, actual);
        Assert.Contains(actual, v => v > 0f && v < 6f);
    }

    [Fact]
    public void NoneBiasIsZero()
    {
        float[] x = TflRun.Values(1 * 4 * 4 * 1), w = TflRun.Values(2 * 2 * 2 * 1, 3);
        float[] actual = TflRun.Run("""
            func.func @main(%x: tensor<1x4x4x1xf32>, %w: tensor<2x2x2x1xf32>) -> tensor<1x3x3x2xf32> {
              %n = "tfl.no_value"() {value} : () -> none
              %0 = "tfl.conv_2d"(%x, %w, %n) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x1xf32>, tensor<2x2x2x1xf32>, none) -> tensor<1x3x3x2xf32>
              return %0 : tensor<1x3x3x2xf32>
            }
            """, ([1, 4, 4, 1], x), ([2, 2, 2, 1], w));
        var expected = new float[18];
        Conv2D.Run(x, [1, 4, 4, 1], w, [2, 2, 2, 1], [], expected, Conv2DParams.Default);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void UnsupportedActivationWrongShapeAndNonFloatAreErrorsAtTheOp()
    {
        const string template = """
            func.func @main(%x: tensor<1x4x4x1xDT>, %w: tensor<1x2x2x1xDT>, %b: tensor<1xDT>) -> tensor<1xRESxDT> {
              %0 = "tfl.conv_2d"(%x, %w, %b) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "ACT", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x1xDT>, tensor<1x2x2x1xDT>, tensor<1xDT>) -> tensor<1xRESxDT>
              return %0 : tensor<1xRESxDT>
            }
            """;
        string Make(string dt, string act, string res) => template.Replace("DT", dt).Replace("ACT", act).Replace("RES", res);
        Assert.Equal("test.mlir:2:8: error: 'tfl.conv_2d': unsupported fused_activation_function 'TANH'",
            TflRun.Render(Make("f32", "TANH", "3x3x1")));
        Assert.Equal("test.mlir:2:8: error: 'tfl.conv_2d': result float32[1, 4, 4, 1] should be float32[1, 3, 3, 1]",
            TflRun.Render(Make("f32", "NONE", "4x4x1")));
        Assert.StartsWith("test.mlir:2:8: error: 'tfl.conv_2d': operand #0 int32[1, 4, 4, 1] is not float32",
            TflRun.Render(Make("i32", "NONE", "3x3x1")));
    }
}
