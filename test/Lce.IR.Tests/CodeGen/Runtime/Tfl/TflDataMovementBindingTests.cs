using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Runtime.Tfl;

/// <summary>tfl.transpose, tfl.pad, tfl.padv2, tfl.concatenation and the comparisons through the executor.</summary>
public class TflDataMovementBindingTests
{
    [Fact]
    public void TransposeByAConstantPermutation()
    {
        float[] x = TflRun.Values(2 * 3 * 4);
        float[] actual = TflRun.Run("""
            func.func @main(%x: tensor<2x3x4xf32>) -> tensor<4x2x3xf32> {
              %p = arith.constant dense<[2, 0, 1]> : tensor<3xi32>
              %0 = "tfl.transpose"(%x, %p) : (tensor<2x3x4xf32>, tensor<3xi32>) -> tensor<4x2x3xf32>
              return %0 : tensor<4x2x3xf32>
            }
            """, ([2, 3, 4], x));
        var expected = new float[24];
        DataMovement.Transpose<float>(x, [2, 3, 4], [2, 0, 1], expected);
        Assert.Equal(expected, actual);
        Assert.Equal(x[1 * 12 + 2 * 4 + 3], actual[3 * 6 + 1 * 3 + 2]);
    }

    [Fact]
    public void PadWithZerosAndPadV2WithARuntimeValue()
    {
        float[] x = TflRun.Values(2 * 3);
        float[] zeros = TflRun.Run("""
            func.func @main(%x: tensor<2x3xf32>) -> tensor<3x6xf32> {
              %p = arith.constant dense<[[1, 0], [2, 1]]> : tensor<2x2xi32>
              %0 = "tfl.pad"(%x, %p) : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<3x6xf32>
              return %0 : tensor<3x6xf32>
            }
            """, ([2, 3], x));
        var expected = new float[18];
        DataMovement.Pad<float>(x, [2, 3], [(1, 0), (2, 1)], 0f, expected);
        Assert.Equal(expected, zeros);
        float[] filled = TflRun.Run("""
            func.func @main(%x: tensor<2x3xf32>, %v: tensor<f32>) -> tensor<3x6xf32> {
              %p = arith.constant dense<[[1, 0], [2, 1]]> : tensor<2x2xi32>
              %0 = "tfl.padv2"(%x, %p, %v) : (tensor<2x3xf32>, tensor<2x2xi32>, tensor<f32>) -> tensor<3x6xf32>
              return %0 : tensor<3x6xf32>
            }
            """, ([2, 3], x), ([], [-7.5f]));
        DataMovement.Pad<float>(x, [2, 3], [(1, 0), (2, 1)], -7.5f, expected);
        Assert.Equal(expected, filled);
        Assert.Equal(-7.5f, filled[0]);
    }

    [Fact]
    public void ConcatenationAlongANegativeAxis()
    {
        float[] a = TflRun.Values(2 * 1), b = TflRun.Values(2 * 3, 2);
        float[] actual = TflRun.Run("""
            func.func @main(%a: tensor<2x1xf32>, %b: tensor<2x3xf32>) -> tensor<2x4xf32> {
              %0 = "tfl.concatenation"(%a, %b) {axis = -1 : i32, fused_activation_function = "NONE"} : (tensor<2x1xf32>, tensor<2x3xf32>) -> tensor<2x4xf32>
              return %0 : tensor<2x4xf32>
            }
            """, ([2, 1], a), ([2, 3], b));
        Assert.Equal(new[] { a[0], b[0], b[1], b[2], a[1], b[3], b[4], b[5] }, actual);
        Assert.Equal("test.mlir:2:8: error: 'tfl.concatenation': concatenation supports only fused_activation_function NONE", TflRun.Render("""
            func.func @main(%a: tensor<2x1xf32>, %b: tensor<2x3xf32>) -> tensor<2x4xf32> {
              %0 = "tfl.concatenation"(%a, %b) {axis = 1 : i32, fused_activation_function = "RELU"} : (tensor<2x1xf32>, tensor<2x3xf32>) -> tensor<2x4xf32>
              return %0 : tensor<2x4xf32>
            }
            """));
    }

    [Theory]
    [InlineData("greater_equal", ComparisonOp.GreaterEqual)]
    [InlineData("less_equal", ComparisonOp.LessEqual)]
    public void ComparisonsBroadcastToBool(string name, ComparisonOp op)
    {
        float[] x = [1f, 2f, 3f, float.NaN, -1f, 0f], y = [2f, -0f];
        var ex = TflRun.Compile($$"""
            func.func @main(%x: tensor<3x2xf32>, %y: tensor<2xf32>) -> tensor<3x2xi1> {
              %0 = "tfl.{{name}}"(%x, %y) : (tensor<3x2xf32>, tensor<2xf32>) -> tensor<3x2xi1>
              return %0 : tensor<3x2xi1>
            }
            """);
        var r = ex.Run([global::Lce.CodeGen.Runtime.Tensor.FromFloats([3, 2], x), global::Lce.CodeGen.Runtime.Tensor.FromFloats([2], y)])[0];
        var expected = new bool[6];
        Comparison.Run(op, x, [3, 2], y, [2], expected);
        Assert.Equal(expected, r.Span<bool>().ToArray());
        Assert.Equal(op == ComparisonOp.GreaterEqual ? [false, true, true, false, false, true] : new[] { true, false, false, false, true, true }, expected);
    }
}
