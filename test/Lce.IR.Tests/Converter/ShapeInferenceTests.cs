namespace Lce.Tests.ConverterPasses;

using Lce.IR;
using Lce.Transforms.Tf.ShapeInference;
using static ConverterTestUtil;

/// <summary>tf-shape-inference's refinement rule and shape functions.</summary>
public sealed class ShapeInferenceTests
{
    private static readonly IRContext Ctx = Lce.Dialects.StandardDialects.CreateContext();
    private static IRType T(string text) => IR.Parsing.MlirParser.ParseType(Ctx, text);

    [Theory]
    [InlineData("tensor<*xf32>", new long[] { 1, 2 }, "tensor<1x2xf32>")]
    [InlineData("tensor<?x2xf32>", new long[] { 1, -9223372036854775808 }, "tensor<1x2xf32>")]
    [InlineData("tensor<?x?xi8>", new long[] { 3, 4 }, "tensor<3x4xi8>")]
    public void RefinementFillsUnknownDimensions(string type, long[] shape, string expected) =>
        Assert.Equal(expected, ShapeInferencePass.Refine(Ctx, T(type), shape)!.ToString());

    [Theory]
    [InlineData("tensor<2x2xf32>", new long[] { 3, 2 })]
    [InlineData("tensor<?x2xf32>", new long[] { 1, 2, 3 })]
    [InlineData("f32", new long[] { 1 })]
    public void ContradictionsAreNotRefinements(string type, long[] shape) =>
        Assert.Null(ShapeInferencePass.Refine(Ctx, T(type), shape));

    [Fact]
    public void RepeatsUntilNothingChanges()
    {
        var m = Parse("""
            func.func @f(%x: tensor<1x4xf32>) -> tensor<*xf32> {
              %0 = "tf.Relu"(%x) : (tensor<1x4xf32>) -> tensor<*xf32>
              %1 = "tf.Tanh"(%0) : (tensor<*xf32>) -> tensor<*xf32>
              return %1 : tensor<*xf32>
            }
            """);
        var func = Func(m);
        Assert.True(ShapeInferencePass.RefineOnce(func));
        Assert.False(ShapeInferencePass.RefineOnce(func));
        Run(m, "tf-shape-inference");
        Assert.Equal("(tensor<1x4xf32>) -> tensor<1x4xf32>", Lce.Dialects.Func.FuncOp.Type(func).ToString());
    }

    [Theory]
    [InlineData("\"tf.MatMul\"(%a, %b) {transpose_a = true, transpose_b = true} : (tensor<3x2xf32>, tensor<5x3xf32>) -> tensor<*xf32>", "tensor<3x2xf32>, tensor<5x3xf32>", new long[] { 2, 5 })]
    [InlineData("\"tf.MaxPool\"(%a) {ksize = [1, 3, 3, 1], strides = [1, 2, 2, 1], padding = \"SAME\"} : (tensor<1x7x8x2xf32>) -> tensor<*xf32>", "tensor<1x7x8x2xf32>, tensor<1xf32>", new long[] { 1, 4, 4, 2 })]
    [InlineData("\"tf.DepthwiseConv2dNative\"(%a, %b) {padding = \"VALID\", strides = [1, 2, 1, 1], dilations = [1, 1, 2, 1]} : (tensor<1x9x9x2xf32>, tensor<3x3x2x3xf32>) -> tensor<*xf32>", "tensor<1x9x9x2xf32>, tensor<3x3x2x3xf32>", new long[] { 1, 4, 5, 6 })]
    public void ShapeFunctions(string op, string types, long[] expected)
    {
        var argTypes = types.Split(", ");
        var m = Parse($$"""
            func.func @f(%a: {{argTypes[0]}}, %b: {{argTypes[1]}}) -> tensor<*xf32> {
              %0 = {{op}}
              return %0 : tensor<*xf32>
            }
            """);
        var target = All(m, "func.return")[0].GetOperand(0).DefiningOp!;
        Assert.Equal(expected, TfShapeFunctions.Infer(target)![0]);
    }
}
