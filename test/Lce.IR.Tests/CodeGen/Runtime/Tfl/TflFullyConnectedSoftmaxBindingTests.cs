using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Runtime.Tfl;

/// <summary>tfl.fully_connected (none bias, keep_num_dims) and tfl.softmax (beta) through the executor.</summary>
public class TflFullyConnectedSoftmaxBindingTests
{
    [Fact]
    public void FullyConnectedKeepNumDimsWithBias()
    {
        float[] x = TflRun.Values(2 * 3 * 4), w = TflRun.Values(5 * 4, 2), b = TflRun.Values(5, 3);
        float[] actual = TflRun.Run("""
            func.func @main(%x: tensor<2x3x4xf32>, %w: tensor<5x4xf32>, %b: tensor<5xf32>) -> tensor<2x3x5xf32> {
              %0 = "tfl.fully_connected"(%x, %w, %b) {fused_activation_function = "RELU", keep_num_dims = true, weights_format = "DEFAULT"} : (tensor<2x3x4xf32>, tensor<5x4xf32>, tensor<5xf32>) -> tensor<2x3x5xf32>
              return %0 : tensor<2x3x5xf32>
            }
            """, ([2, 3, 4], x), ([5, 4], w), ([5], b));
        var expected = new float[30];
        FullyConnected.Run(x, [2, 3, 4], w, [5, 4], b, expected, TflActivation.Relu);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void FullyConnectedWithNoneBiasFlattens()
    {
        float[] x = TflRun.Values(2 * 3 * 4), w = TflRun.Values(5 * 4, 2);
        float[] actual = TflRun.Run("""
            func.func @main(%x: tensor<2x3x4xf32>, %w: tensor<5x4xf32>) -> tensor<6x5xf32> {
              %n = "tfl.no_value"() {value} : () -> none
              %0 = "tfl.fully_connected"(%x, %w, %n) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<2x3x4xf32>, tensor<5x4xf32>, none) -> tensor<6x5xf32>
              return %0 : tensor<6x5xf32>
            }
            """, ([2, 3, 4], x), ([5, 4], w));
        var expected = new float[30];
        FullyConnected.Run(x, [2, 3, 4], w, [5, 4], [], expected, TflActivation.None);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void SoftmaxUsesBeta()
    {
        float[] x = TflRun.Values(3 * 4);
        float[] actual = TflRun.Run("""
            func.func @main(%x: tensor<3x4xf32>) -> tensor<3x4xf32> {
              %0 = "tfl.softmax"(%x) {beta = 2.500000e-01 : f32} : (tensor<3x4xf32>) -> tensor<3x4xf32>
              return %0 : tensor<3x4xf32>
            }
            """, ([3, 4], x));
        var expected = new float[12];
        Softmax.Run(x, [3, 4], expected, 0.25f);
        Assert.Equal(expected, actual);
        var beta1 = new float[12];
        Softmax.Run(x, [3, 4], beta1, 1f);
        Assert.NotEqual(beta1, actual);
    }
}
