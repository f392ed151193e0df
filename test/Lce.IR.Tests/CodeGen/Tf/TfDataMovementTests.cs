using Lce.CodeGen.Runtime;
using static Lce.Tests.CodeGen.Tf.TfRun;

namespace Lce.Tests.CodeGen.Tf;

/// <summary>Pools, Mean, Softmax, ConcatV2, Pad(V2), Transpose, BroadcastTo, Shape and the forwarding ops.</summary>
public class TfDataMovementTests
{
    [Fact]
    public void SameAveragePoolDividesByTheTapsInsideTheImage()
    {
        var y = RunFloats("""
            func.func @main(%x: tensor<1x2x2x1xf32>) -> (tensor<1x1x1x1xf32>) {
              %0 = "tf.AvgPool"(%x) {data_format = "NHWC", ksize = [1, 3, 3, 1], padding = "SAME", strides = [1, 2, 2, 1]} : (tensor<1x2x2x1xf32>) -> tensor<1x1x1x1xf32>
              return %0 : tensor<1x1x1x1xf32>
            }
            """, ([1, 2, 2, 1], [1f, 2f, 3f, 6f]));
        Assert.Equal([3f], y);
    }

    [Fact]
    public void MaxPoolTakesTheWindowMaximum()
    {
        var y = RunFloats("""
            func.func @main(%x: tensor<1x2x3x1xf32>) -> tensor<1x1x2x1xf32> {
              %0 = "tf.MaxPool"(%x) {data_format = "NHWC", ksize = [1, 2, 2, 1], padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x2x3x1xf32>) -> tensor<1x1x2x1xf32>
              return %0 : tensor<1x1x2x1xf32>
            }
            """, ([1, 2, 3, 1], [1f, -5f, 2f, -3f, 0.5f, -1f]));
        Assert.Equal([1f, 2f], y);
    }

    [Fact]
    public void ExplicitPoolingAndNchwAreErrors()
    {
        Assert.Equal("test.mlir:2:8: error: 'tf.MaxPool': EXPLICIT padding is not supported for pooling", Error("""
            func.func @main(%x: tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32> {
              %0 = "tf.MaxPool"(%x) {explicit_paddings = [0, 0, 0, 1, 0, 1, 0, 0], ksize = [1, 2, 2, 1], padding = "EXPLICIT", strides = [1, 1, 1, 1]} : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
              return %0 : tensor<1x2x2x1xf32>
            }
            """));
        Assert.Equal("test.mlir:2:8: error: 'tf.MaxPool': data_format 'NCHW' is not supported (only NHWC)", Error("""
            func.func @main(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32> {
              %0 = "tf.MaxPool"(%x) {data_format = "NCHW", ksize = [1, 1, 2, 2], padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32>
              return %0 : tensor<1x1x1x1xf32>
            }
            """));
    }

    [Fact]
    public void MeanKeepsDimsAndSoftmaxNormalizes()
    {
        var outputs = TfRun.Run("""
            func.func @main(%x: tensor<1x2x2x2xf32>) -> (tensor<1x1x1x2xf32>, tensor<1x2x2x2xf32>) {
              %axes = "tf.Const"() {value = dense<[1, 2]> : tensor<2xi64>} : () -> tensor<2xi64>
              %0 = "tf.Mean"(%x, %axes) {keep_dims = true} : (tensor<1x2x2x2xf32>, tensor<2xi64>) -> tensor<1x1x1x2xf32>
              %1 = "tf.Softmax"(%x) : (tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
              return %0, %1 : tensor<1x1x1x2xf32>, tensor<1x2x2x2xf32>
            }
            """, Tensor.FromFloats([1, 2, 2, 2], [1f, 0f, 3f, 0f, 5f, 4f, 7f, 4f]));
        Assert.Equal([4f, 2f], outputs[0].Span<float>().ToArray());
        var s = outputs[1].Span<float>().ToArray();
        Assert.Equal(1f, s[0] + s[1], 6);
        Assert.True(s[0] > s[1]);
    }

    [Fact]
    public void ConcatV2TakesANegativeAxisOperand()
    {
        var y = RunFloats("""
            func.func @main(%a: tensor<2x1xf32>, %b: tensor<2x2xf32>) -> tensor<2x3xf32> {
              %axis = "tf.Const"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
              %0 = "tf.ConcatV2"(%a, %b, %axis) : (tensor<2x1xf32>, tensor<2x2xf32>, tensor<i32>) -> tensor<2x3xf32>
              return %0 : tensor<2x3xf32>
            }
            """, ([2, 1], [1f, 2f]), ([2, 2], [3f, 4f, 5f, 6f]));
        Assert.Equal([1f, 3f, 4f, 2f, 5f, 6f], y);
    }

    [Fact]
    public void PadAndPadV2()
    {
        var outputs = TfRun.Run("""
            func.func @main(%x: tensor<1x2xf32>, %v: tensor<f32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
              %p = "tf.Const"() {value = dense<[[1, 0], [0, 1]]> : tensor<2x2xi64>} : () -> tensor<2x2xi64>
              %0 = "tf.Pad"(%x, %p) : (tensor<1x2xf32>, tensor<2x2xi64>) -> tensor<2x3xf32>
              %1 = "tf.PadV2"(%x, %p, %v) : (tensor<1x2xf32>, tensor<2x2xi64>, tensor<f32>) -> tensor<2x3xf32>
              return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
            }
            """, Tensor.FromFloats([1, 2], [1f, 2f]), Tensor.FromFloats([], [-1f]));
        Assert.Equal([0f, 0f, 0f, 1f, 2f, 0f], outputs[0].Span<float>().ToArray());
        Assert.Equal([-1f, -1f, -1f, 1f, 2f, -1f], outputs[1].Span<float>().ToArray());
    }

    [Fact]
    public void TransposeBroadcastToAndShape()
    {
        var outputs = TfRun.Run("""
            func.func @main(%x: tensor<2x3xf32>, %c: tensor<1x3xi1>) -> (tensor<3x2xf32>, tensor<2x3xi1>, tensor<2xi64>, tensor<2xi32>) {
              %perm = "tf.Const"() {value = dense<[1, 0]> : tensor<2xi32>} : () -> tensor<2xi32>
              %0 = "tf.Transpose"(%x, %perm) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<3x2xf32>
              %shape = "tf.Const"() {value = dense<[2, 3]> : tensor<2xi64>} : () -> tensor<2xi64>
              %1 = "tf.BroadcastTo"(%c, %shape) : (tensor<1x3xi1>, tensor<2xi64>) -> tensor<2x3xi1>
              %2 = "tf.Shape"(%x) : (tensor<2x3xf32>) -> tensor<2xi64>
              %3 = "tf.Shape"(%0) : (tensor<3x2xf32>) -> tensor<2xi32>
              return %0, %1, %2, %3 : tensor<3x2xf32>, tensor<2x3xi1>, tensor<2xi64>, tensor<2xi32>
            }
            """, Tensor.FromFloats([2, 3], [1f, 2f, 3f, 4f, 5f, 6f]), Tensor.From<bool>(new TensorSpec(DType.Bool, [1, 3]), [true, false, true]));
        Assert.Equal([1f, 4f, 2f, 5f, 3f, 6f], outputs[0].Span<float>().ToArray());
        Assert.Equal([true, false, true, true, false, true], outputs[1].Span<bool>().ToArray());
        Assert.Equal([2L, 3L], outputs[2].Span<long>().ToArray());
        Assert.Equal([3, 2], outputs[3].Span<int>().ToArray());
    }

    [Fact]
    public void ForwardingOpsCopyTheirOperands()
    {
        var outputs = TfRun.Run("""
            func.func @main(%x: tensor<2xf32>, %y: tensor<1xi32>) -> (tensor<2xf32>, tensor<1xi32>, tensor<2xf32>) {
              %0:2 = "tf.IdentityN"(%x, %y) : (tensor<2xf32>, tensor<1xi32>) -> (tensor<2xf32>, tensor<1xi32>)
              %1 = "tf.CheckNumerics"(%0#0) {message = "bad"} : (tensor<2xf32>) -> tensor<2xf32>
              %2 = "tf.Snapshot"(%1) : (tensor<2xf32>) -> tensor<2xf32>
              %3 = "tf.PlaceholderWithDefault"(%2) : (tensor<2xf32>) -> tensor<2xf32>
              return %3, %0#1, %x : tensor<2xf32>, tensor<1xi32>, tensor<2xf32>
            }
            """, Tensor.FromFloats([2], [1.5f, -2f]), Tensor.FromInt32s([1], [7]));
        Assert.Equal([1.5f, -2f], outputs[0].Span<float>().ToArray());
        Assert.Equal([7], outputs[1].Span<int>().ToArray());
    }
}
