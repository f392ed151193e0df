using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Runtime.Tfl;

/// <summary>tfl.add/sub/mul/div (broadcasting, fused activation) and the activation ops through the executor.</summary>
public class TflElementwiseBindingTests
{
    [Theory]
    [InlineData("add", ArithmeticOp.Add, "NONE", TflActivation.None)]
    [InlineData("sub", ArithmeticOp.Sub, "RELU", TflActivation.Relu)]
    [InlineData("mul", ArithmeticOp.Mul, "RELU_N1_TO_1", TflActivation.ReluN1To1)]
    [InlineData("div", ArithmeticOp.Div, "RELU6", TflActivation.Relu6)]
    public void BroadcastingArithmeticMatchesTheKernel(string name, ArithmeticOp op, string act, TflActivation activation)
    {
        float[] x = TflRun.Values(2 * 1 * 3), y = TflRun.Values(4 * 1, 5);
        float[] actual = TflRun.Run($$"""
            func.func @main(%x: tensor<2x1x3xf32>, %y: tensor<4x1xf32>) -> tensor<2x4x3xf32> {
              %0 = "tfl.{{name}}"(%x, %y) {fused_activation_function = "{{act}}"} : (tensor<2x1x3xf32>, tensor<4x1xf32>) -> tensor<2x4x3xf32>
              return %0 : tensor<2x4x3xf32>
            }
            """, ([2, 1, 3], x), ([4, 1], y));
        var expected = new float[24];
        BinaryArithmetic.Run(op, x, [2, 1, 3], y, [4, 1], expected, activation);
        Assert.Equal(expected, actual);
        // result [1, 2, 1] reads x[1, 0, 1] and y[2, 0]
        var (lo, hi) = TflCommon.Range(activation);
        Assert.Equal(TflCommon.Clamp(BinaryArithmetic.Apply(op, x[4], y[2]), lo, hi), actual[1 * 12 + 2 * 3 + 1]);
    }

    [Theory]
    [InlineData("relu")]
    [InlineData("relu6")]
    [InlineData("relu_n1_to_1")]
    [InlineData("tanh")]
    [InlineData("logistic")]
    public void ActivationsMatchTheKernel(string name)
    {
        float[] x = [.. TflRun.Values(10), 7.5f, -20f, 17f, float.NaN];
        float[] actual = TflRun.Run($$"""
            func.func @main(%x: tensor<2x7xf32>) -> tensor<2x7xf32> {
              %0 = "tfl.{{name}}"(%x) : (tensor<2x7xf32>) -> tensor<2x7xf32>
              return %0 : tensor<2x7xf32>
            }
            """, ([2, 7], x));
        var expected = new float[14];
        switch (name)
        {
            case "relu": Activations.Relu(x, expected); break;
            case "relu6": Activations.Relu6(x, expected); break;
            case "relu_n1_to_1": Activations.ReluN1To1(x, expected); break;
            case "tanh": Activations.Tanh(x, expected); break;
            default: Activations.Logistic(x, expected); break;
        }
        Assert.Equal(expected, actual);
        Assert.NotEqual(x.Take(13), actual.Take(13));
    }

    [Fact]
    public void SignBitActivationAndMismatchedResultAreErrors()
    {
        Assert.Equal("test.mlir:2:8: error: 'tfl.add': unsupported fused_activation_function 'SIGN_BIT'", TflRun.Render("""
            func.func @main(%x: tensor<3xf32>, %y: tensor<3xf32>) -> tensor<3xf32> {
              %0 = "tfl.add"(%x, %y) {fused_activation_function = "SIGN_BIT"} : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
              return %0 : tensor<3xf32>
            }
            """));
    }
}
