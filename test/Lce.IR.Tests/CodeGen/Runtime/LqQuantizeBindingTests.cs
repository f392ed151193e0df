using Lce.CodeGen.Runtime;

namespace Lce.Tests.CodeGen.Runtime;

/// <summary>lq.Quantize/lq.Dequantize and their custom-op forms, run through the executor.</summary>
public class LqQuantizeBindingTests
{
    private static Executor Compile(string text) => Executor.Compile(RuntimeTestIR.Func(text), OpKernelRegistry.CreateDefault());

    [Fact]
    public void FloatSignsSurviveAPackUnpackRoundTrip()
    {
        var ex = Compile("""
            func.func @main(%x: tensor<1x35xf32>) -> (tensor<1x2xi32>, tensor<1x35xf32>) {
              %p = "lq.Quantize"(%x) : (tensor<1x35xf32>) -> tensor<1x2xi32>
              %y = "lq.Dequantize"(%p) : (tensor<1x2xi32>) -> tensor<1x35xf32>
              return %p, %y : tensor<1x2xi32>, tensor<1x35xf32>
            }
            """);
        var x = Enumerable.Range(0, 35).Select(i => i % 3 == 0 ? -0.5f * i - 1 : 0.25f * i).ToArray();
        var o = ex.Run([Tensor.FromFloats([1, 35], x)]);
        // Bit c of word c/32 is set for a negative value.
        int expectedWord0 = 0;
        for (int c = 0; c < 32; c++) if (x[c] < 0) expectedWord0 |= 1 << c;
        Assert.Equal(expectedWord0, o[0].Span<int>()[0]);
        Assert.Equal(x.Select(v => v < 0 ? -1f : 1f), o[1].Span<float>().ToArray());
    }

    [Fact]
    public void CustomOpFormsAndBoolAndInt8()
    {
        var ex = Compile("""
            func.func @main(%b: tensor<3xi1>, %q: tensor<2x!quant.uniform<i8:f32, 2.500000e-01:-3>>) -> (tensor<3xi1>, tensor<2x!quant.uniform<i8:f32, 2.500000e-01:-3>>) {
              %p = "tfl.custom"(%b) {custom_code = "LceQuantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<3xi1>) -> tensor<1xi32>
              %y = "tfl.custom"(%p) {custom_code = "LceDequantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<1xi32>) -> tensor<3xi1>
              %pq = "lq.Quantize"(%q) : (tensor<2x!quant.uniform<i8:f32, 2.500000e-01:-3>>) -> tensor<1xi32>
              %yq = "lq.Dequantize"(%pq) : (tensor<1xi32>) -> tensor<2x!quant.uniform<i8:f32, 2.500000e-01:-3>>
              return %y, %yq : tensor<3xi1>, tensor<2x!quant.uniform<i8:f32, 2.500000e-01:-3>>
            }
            """);
        var o = ex.Run([
            Tensor.From<byte>(ex.InputSpecs[0], [1, 0, 1]),
            Tensor.From<sbyte>(ex.InputSpecs[1], [-4, -3]),
        ]);
        Assert.Equal([1, 0, 1], o[0].Span<byte>().ToArray());
        // Below the zero point is -1 → zp - round(1/scale) = -7; at or above is +1 → zp + 4 = 1.
        Assert.Equal([-7, 1], o[1].Span<sbyte>().ToArray());
    }

    [Fact]
    public void MismatchedPackedShapeIsABindingError()
    {
        var e = Assert.Throws<ExecutorException>(() => Compile("""
            func.func @main(%x: tensor<1x35xf32>) -> tensor<1x1xi32> {
              %p = "lq.Quantize"(%x) : (tensor<1x35xf32>) -> tensor<1x1xi32>
              return %p : tensor<1x1xi32>
            }
            """));
        Assert.Equal("test.mlir:2:8: error: 'lq.Quantize': result int32[1, 1] should be int32[1, 2]", e.Render());
    }
}
