using Lce.CodeGen.Runtime;
using Lce.Serialization.CustomOptions;

namespace Lce.Tests.CodeGen.Runtime;

/// <summary>lq.BMaxPool2d and LceBMaxPool2d through the executor: both forms give the same AND-pooling.</summary>
public class LqBMaxPool2dBindingTests
{
    private static Executor Compile(string text) => Executor.Compile(RuntimeTestIR.Func(text), OpKernelRegistry.CreateDefault());

    // 4x4 words; SAME 2x2 stride 2 pools each 2x2 block: the AND of its four words.
    private static readonly int[] Input = [0b1111, 0b0111, 1, 1, 0b1011, 0b1111, 3, 2, -1, -1, 5, 4, -1, 8, 7, 6];
    private static readonly int[] Expected = [0b0011, 0, 8, 4];

    [Fact]
    public void LqOpPoolsWithItsProperties()
    {
        var ex = Compile("""
            func.func @main(%x: tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32> {
              %0 = "lq.BMaxPool2d"(%x) <{filter_height = 2 : i32, filter_width = 2 : i32, padding = "SAME", stride_height = 2 : i32, stride_width = 2 : i32}> : (tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32>
              return %0 : tensor<1x2x2x1xi32>
            }
            """);
        Assert.Equal(Expected, ex.Run([Tensor.FromInt32s([1, 4, 4, 1], Input)])[0].Span<int>().ToArray());
    }

    [Fact]
    public void CustomOpDecodesItsOptions()
    {
        var options = new BMaxPool2dOptions(TflitePadding.Same, 2, 2, 2, 2).Encode();
        var ex = Compile($$"""
            func.func @main(%x: tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32> {
              %0 = "tfl.custom"(%x) {custom_code = "LceBMaxPool2d", custom_option = #tfl<const_bytes : "0x{{Convert.ToHexString(options)}}">} : (tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32>
              return %0 : tensor<1x2x2x1xi32>
            }
            """);
        Assert.Equal(Expected, ex.Run([Tensor.FromInt32s([1, 4, 4, 1], Input)])[0].Span<int>().ToArray());
    }

    [Fact]
    public void BadOptionsAndShapesAreErrorsAtTheOp()
    {
        var e = Assert.Throws<ExecutorException>(() => Compile("""
            func.func @main(%x: tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32> {
              %0 = "tfl.custom"(%x) {custom_code = "LceBMaxPool2d", custom_option = #tfl<const_bytes : "0x01">} : (tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32>
              return %0 : tensor<1x2x2x1xi32>
            }
            """));
        Assert.StartsWith("test.mlir:2:8: error: 'tfl.custom': invalid custom options: ", e.Render());
        var options = new BMaxPool2dOptions(TflitePadding.Valid, 1, 1, 2, 2).Encode();
        e = Assert.Throws<ExecutorException>(() => Compile($$"""
            func.func @main(%x: tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32> {
              %0 = "tfl.custom"(%x) {custom_code = "LceBMaxPool2d", custom_option = #tfl<const_bytes : "0x{{Convert.ToHexString(options)}}">} : (tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32>
              return %0 : tensor<1x2x2x1xi32>
            }
            """));
        Assert.Equal("test.mlir:2:8: error: 'tfl.custom': result int32[1, 2, 2, 1] should be int32[1, 3, 3, 1]", e.Render());
    }
}
