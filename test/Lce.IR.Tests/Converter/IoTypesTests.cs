namespace Lce.Tests.ConverterPasses;

using Lce.ConvertCli;
using static ConverterTestUtil;

/// <summary>int8 inference input/output types on a quantized model.</summary>
public sealed class IoTypesTests
{
    private const string Quantized = """
        func.func @main(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
          %q = "tfl.quantize"(%x) {qtype = tensor<1x4x!quant.uniform<i8:f32, 0.5:-3>>} : (tensor<1x4xf32>) -> tensor<1x4x!quant.uniform<i8:f32, 0.5:-3>>
          %r = "tfl.relu"(%q) : (tensor<1x4x!quant.uniform<i8:f32, 0.5:-3>>) -> tensor<1x4x!quant.uniform<i8:f32, 0.5:-3>>
          %d = "tfl.dequantize"(%r) : (tensor<1x4x!quant.uniform<i8:f32, 0.5:-3>>) -> tensor<1x4xf32>
          return %d : tensor<1x4xf32>
        }
        """;

    [Fact]
    public void QuantizeAndDequantizeAtTheEdgesGo()
    {
        var m = Parse(Quantized);
        var func = Func(m);
        var errors = new List<string>();
        Assert.True(IoTypes.ApplyInt8Inputs(func, errors.Add));
        Assert.True(IoTypes.ApplyInt8Outputs(func, errors.Add));
        Assert.Empty(errors);
        Assert.True(IR.Verifier.Verify(m));
        Assert.Empty(All(m, "tfl.quantize"));
        Assert.Empty(All(m, "tfl.dequantize"));
        Assert.Equal("(tensor<1x4x!quant.uniform<i8:f32, 5.000000e-01:-3>>) -> tensor<1x4x!quant.uniform<i8:f32, 5.000000e-01:-3>>",
            Lce.Dialects.Func.FuncOp.Type(func).ToString());
    }

    [Fact]
    public void AFloatModelIsAnError()
    {
        var m = Parse("""
            func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
              %r = "tfl.relu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
              return %r : tensor<4xf32>
            }
            """);
        var errors = new List<string>();
        Assert.False(IoTypes.ApplyInt8Inputs(Func(m), errors.Add));
        Assert.False(IoTypes.ApplyInt8Outputs(Func(m), errors.Add));
        Assert.Equal(2, errors.Count);
        Assert.Contains("no input is quantized to int8", errors[0]);
    }
}
