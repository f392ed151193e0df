using Lce.CodeGen.Runtime;
using Lce.Tests.CodeGen.Tfl;
using static Lce.Tests.CodeGen.Tf.TfRun;

namespace Lce.Tests.CodeGen.Tf;

/// <summary>The elementwise tf ops: arithmetic with broadcasting, Sign, comparisons, selects, LogicalNot and Cast.</summary>
public class TfElementwiseTests
{
    [Theory]
    [InlineData("AddV2")]
    [InlineData("Sub")]
    [InlineData("Mul")]
    [InlineData("RealDiv")]
    [InlineData("Div")]
    public void ArithmeticBroadcastsElementByElement(string op) => TflTestSupport.Check(r =>
    {
        int[] result = Enumerable.Range(0, r.Next(0, 4)).Select(_ => r.Next(1, 4)).ToArray();
        int[] Operand() => result.Skip(r.Next(result.Length + 1)).Select(d => r.Next(2) == 0 ? 1 : d).ToArray();
        int[] xs = Operand(), ys = Operand();
        int[] shape = Lce.CodeGen.Reference.Broadcast.Shape(xs, ys);
        float[] x = TflTestSupport.Floats(r, TflTestSupport.Size(xs)), y = TflTestSupport.Floats(r, TflTestSupport.Size(ys));
        var actual = RunBinary(op, (xs, x), (ys, y), shape);
        var expected = new float[actual.Length];
        int[] stride = Lce.CodeGen.Reference.TflCommon.Strides(shape);
        for (int i = 0; i < expected.Length; i++)
        {
            float a = x[Index(i, shape, stride, xs)], b = y[Index(i, shape, stride, ys)];
            expected[i] = op switch { "AddV2" => a + b, "Sub" => a - b, "Mul" => a * b, _ => a / b };
        }
        TflTestSupport.AssertSameFloats(expected, actual);
    }, count: 40);

    /// <summary>The flat index in an operand of result element <paramref name="flat"/> under NumPy broadcasting.</summary>
    private static int Index(int flat, int[] shape, int[] stride, int[] operand)
    {
        int index = 0;
        for (int d = 0; d < operand.Length; d++)
        {
            int coord = flat / stride[shape.Length - operand.Length + d] % shape[shape.Length - operand.Length + d];
            index = index * operand[d] + (operand[d] == 1 ? 0 : coord);
        }
        return index;
    }

    private static float[] Unary(string op, float[] x) => RunFloats($$"""
        func.func @main(%x: {{T([x.Length])}}) -> {{T([x.Length])}} {
          %0 = "tf.{{op}}"(%x) : ({{T([x.Length])}}) -> {{T([x.Length])}}
          return %0 : {{T([x.Length])}}
        }
        """, ([x.Length], x));

    [Fact]
    public void SignGivesPlusZeroForBothZerosAndKeepsNaN()
    {
        var y = Unary("Sign", [-2.5f, -0f, 0f, 3f, float.NaN, float.NegativeInfinity]);
        Assert.Equal([-1f, 0f, 0f, 1f], y[..4]);
        Assert.False(float.IsNegative(y[1]));
        Assert.True(float.IsNaN(y[4]));
        Assert.Equal(-1f, y[5]);
    }

    [Fact]
    public void ReluFamilyAndSigmoidUseTheTfliteKernels()
    {
        Assert.Equal([0f, 0f, 2f, 7f], Unary("Relu", [-1f, 0f, 2f, 7f]));
        Assert.Equal([0f, 0f, 2f, 6f], Unary("Relu6", [-1f, 0f, 2f, 7f]));
        Assert.Equal(Lce.CodeGen.Reference.Activations.Logistic(0.5f), Unary("Sigmoid", [0.5f])[0]);
        Assert.Equal(MathF.Tanh(0.5f), Unary("Tanh", [0.5f])[0], 6);
    }

    [Theory]
    [InlineData("Greater", new[] { false, false, true, false })]
    [InlineData("GreaterEqual", new[] { false, true, true, false })]
    [InlineData("Less", new[] { true, false, false, false })]
    [InlineData("LessEqual", new[] { true, true, false, false })]
    public void ComparisonsAreIeeeAndBroadcast(string op, bool[] expected)
    {
        var outputs = TfRun.Run($$"""
            func.func @main(%x: tensor<4xf32>, %y: tensor<f32>) -> tensor<4xi1> {
              %0 = "tf.{{op}}"(%x, %y) : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
              return %0 : tensor<4xi1>
            }
            """, Tensor.FromFloats([4], [-1f, 0f, 1f, float.NaN]), Tensor.FromFloats([], [0f]));
        Assert.Equal(expected, outputs[0].Span<bool>().ToArray());
    }

    [Fact]
    public void IntegerComparisonsAreExact()
    {
        var outputs = TfRun.Run("""
            func.func @main(%x: tensor<2xi32>, %y: tensor<2xi32>) -> tensor<2xi1> {
              %0 = "tf.Greater"(%x, %y) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
              return %0 : tensor<2xi1>
            }
            """, Tensor.FromInt32s([2], [16777217, -5]), Tensor.FromInt32s([2], [16777216, -5]));
        Assert.Equal([true, false], outputs[0].Span<bool>().ToArray());
    }

    [Fact]
    public void SelectV2BroadcastsAndSelectTakesARankOneCondition()
    {
        var v2 = TfRun.Run("""
            func.func @main(%c: tensor<2x1xi1>, %x: tensor<f32>, %y: tensor<3xf32>) -> tensor<2x3xf32> {
              %0 = "tf.SelectV2"(%c, %x, %y) : (tensor<2x1xi1>, tensor<f32>, tensor<3xf32>) -> tensor<2x3xf32>
              return %0 : tensor<2x3xf32>
            }
            """, Tensor.From<bool>(new TensorSpec(DType.Bool, [2, 1]), [true, false]), Tensor.FromFloats([], [9f]), Tensor.FromFloats([3], [1f, 2f, 3f]));
        Assert.Equal([9f, 9f, 9f, 1f, 2f, 3f], v2[0].Span<float>().ToArray());
        var v1 = TfRun.Run("""
            func.func @main(%c: tensor<2xi1>, %x: tensor<2x2xf32>, %y: tensor<2x2xf32>) -> tensor<2x2xf32> {
              %0 = "tf.Select"(%c, %x, %y) : (tensor<2xi1>, tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
              return %0 : tensor<2x2xf32>
            }
            """, Tensor.From<bool>(new TensorSpec(DType.Bool, [2]), [false, true]), Tensor.FromFloats([2, 2], [1f, 2f, 3f, 4f]), Tensor.FromFloats([2, 2], [5f, 6f, 7f, 8f]));
        Assert.Equal([5f, 6f, 3f, 4f], v1[0].Span<float>().ToArray());
    }

    [Fact]
    public void LogicalNotNegates()
    {
        var outputs = TfRun.Run("""
            func.func @main(%c: tensor<3xi1>) -> tensor<3xi1> {
              %0 = "tf.LogicalNot"(%c) : (tensor<3xi1>) -> tensor<3xi1>
              return %0 : tensor<3xi1>
            }
            """, Tensor.From<bool>(new TensorSpec(DType.Bool, [3]), [true, false, true]));
        Assert.Equal([false, true, false], outputs[0].Span<bool>().ToArray());
    }

    [Theory]
    [InlineData("tfl.less", new[] { true, false, false })]
    [InlineData("tfl.greater", new[] { false, false, true })]
    public void TflStrictComparisons(string op, bool[] expected)
    {
        var outputs = TfRun.Run($$"""
            func.func @main(%x: tensor<3xf32>, %y: tensor<1xf32>) -> tensor<3xi1> {
              %0 = "{{op}}"(%x, %y) : (tensor<3xf32>, tensor<1xf32>) -> tensor<3xi1>
              return %0 : tensor<3xi1>
            }
            """, Tensor.FromFloats([3], [-1f, 0f, 1f]), Tensor.FromFloats([1], [0f]));
        Assert.Equal(expected, outputs[0].Span<bool>().ToArray());
    }

    [Fact]
    public void CastTruncatesAndGivesIntegerIndefiniteOutOfRange()
    {
        float[] x = [2.9f, -2.9f, 3e9f, float.NaN, -0f, 0.5f];
        var outputs = TfRun.Run("""
            func.func @main(%x: tensor<6xf32>) -> (tensor<6xi32>, tensor<6xi64>, tensor<6xi1>) {
              %0 = "tf.Cast"(%x) : (tensor<6xf32>) -> tensor<6xi32>
              %1 = "tf.Cast"(%x) : (tensor<6xf32>) -> tensor<6xi64>
              %2 = "tf.Cast"(%x) : (tensor<6xf32>) -> tensor<6xi1>
              return %0, %1, %2 : tensor<6xi32>, tensor<6xi64>, tensor<6xi1>
            }
            """, Tensor.FromFloats([6], x));
        Assert.Equal([2, -2, int.MinValue, int.MinValue, 0, 0], outputs[0].Span<int>().ToArray());
        Assert.Equal([2L, -2L, 3000000000L, long.MinValue, 0L, 0L], outputs[1].Span<long>().ToArray());
        Assert.Equal([true, true, true, true, false, true], outputs[2].Span<bool>().ToArray());
        var back = TfRun.Run("""
            func.func @main(%b: tensor<2xi1>, %i: tensor<2xi32>) -> (tensor<2xf32>, tensor<2xf32>) {
              %0 = "tf.Cast"(%b) : (tensor<2xi1>) -> tensor<2xf32>
              %1 = "tf.Cast"(%i) : (tensor<2xi32>) -> tensor<2xf32>
              return %0, %1 : tensor<2xf32>, tensor<2xf32>
            }
            """, Tensor.From<bool>(new TensorSpec(DType.Bool, [2]), [true, false]), Tensor.FromInt32s([2], [16777217, -3]));
        Assert.Equal([1f, 0f], back[0].Span<float>().ToArray());
        Assert.Equal([16777216f, -3f], back[1].Span<float>().ToArray());
    }
}
