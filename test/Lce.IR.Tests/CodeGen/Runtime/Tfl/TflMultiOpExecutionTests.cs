using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Runtime.Tfl;

/// <summary>A small float network (conv_2d → add → relu → max_pool_2d → mean → fully_connected → softmax) equals the kernels chained by hand.</summary>
public class TflMultiOpExecutionTests
{
    [Fact]
    public void SmallNetworkMatchesTheKernelsChained()
    {
        float[] x = TflRun.Values(1 * 6 * 6 * 2), w = TflRun.Values(4 * 3 * 3 * 2, 2), v = [0.25f, -0.5f, 1f, -2f];
        float[] fcW = TflRun.Values(3 * 4, 4);
        float[] actual = TflRun.Run("""
            func.func @main(%x: tensor<1x6x6x2xf32>, %w: tensor<4x3x3x2xf32>) -> tensor<1x3xf32> {
              %n = "tfl.no_value"() {value} : () -> none
              %v = arith.constant dense<[2.500000e-01, -5.000000e-01, 1.000000e+00, -2.000000e+00]> : tensor<4xf32>
              %fw = arith.constant dense<[[2.500000e+00, 2.500000e-01, -2.000000e+00, 6.250000e-01], [-1.625000e+00, 1.000000e+00, -1.250000e+00, 1.375000e+00], [-8.750000e-01, 1.750000e+00, -5.000000e-01, 2.125000e+00]]> : tensor<3x4xf32>
              %axes = arith.constant dense<[1, 2]> : tensor<2xi32>
              %0 = "tfl.conv_2d"(%x, %w, %n) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x6x6x2xf32>, tensor<4x3x3x2xf32>, none) -> tensor<1x6x6x4xf32>
              %1 = "tfl.add"(%0, %v) {fused_activation_function = "NONE"} : (tensor<1x6x6x4xf32>, tensor<4xf32>) -> tensor<1x6x6x4xf32>
              %2 = "tfl.relu"(%1) : (tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
              %3 = "tfl.max_pool_2d"(%2) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x6x6x4xf32>) -> tensor<1x3x3x4xf32>
              %4 = "tfl.mean"(%3, %axes) {keep_dims = false} : (tensor<1x3x3x4xf32>, tensor<2xi32>) -> tensor<1x4xf32>
              %5 = "tfl.fully_connected"(%4, %fw, %n) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<1x4xf32>, tensor<3x4xf32>, none) -> tensor<1x3xf32>
              %6 = "tfl.softmax"(%5) {beta = 1.000000e+00 : f32} : (tensor<1x3xf32>) -> tensor<1x3xf32>
              return %6 : tensor<1x3xf32>
            }
            """, ([1, 6, 6, 2], x), ([4, 3, 3, 2], w));
        Assert.Equal(fcW, new float[] { 2.5f, 0.25f, -2f, 0.625f, -1.625f, 1f, -1.25f, 1.375f, -0.875f, 1.75f, -0.5f, 2.125f });

        var conv = new float[144];
        Conv2D.Run(x, [1, 6, 6, 2], w, [4, 3, 3, 2], [], conv, new Conv2DParams(1, 1, 1, 1, TflPadding.Same, TflActivation.None));
        var added = new float[144];
        BinaryArithmetic.Run(ArithmeticOp.Add, conv, [1, 6, 6, 4], v, [4], added, TflActivation.None);
        var relu = new float[144];
        Activations.Relu(added, relu);
        var pooled = new float[36];
        Pool2D.MaxPool(relu, [1, 6, 6, 4], pooled, new Pool2DParams(2, 2, 2, 2, TflPadding.Valid, TflActivation.None));
        var mean = new float[4];
        Mean.Run(pooled, [1, 3, 3, 4], [1, 2], mean);
        var logits = new float[3];
        FullyConnected.Run(mean, [1, 4], fcW, [3, 4], [], logits, TflActivation.None);
        var expected = new float[3];
        Softmax.Run(logits, [1, 3], expected, 1f);
        Assert.Equal(expected, actual);
        Assert.Equal(1f, actual.Sum(), 5);
    }
}
