using Lce.CodeGen.Reference;
using Lce.CodeGen.Runtime;
using Lce.Tests.CodeGen.Runtime;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>
/// Small int8 models in tfl IR run by the executor: quantization comes from the types
/// (per-tensor activations, per-axis weights given as `tfl.pseudo_const` of i8 data), and the
/// results equal the int8 kernels chained by hand. Unsupported quantization is a bind error at
/// the op's location.
/// </summary>
public class Int8ExecutorTests
{
    private const string A = "!quant.uniform<i8:f32, 6.250000e-02:-3>";
    private const string B = "!quant.uniform<i8:f32, 1.250000e-01:5>";
    private const string W = "!quant.uniform<i8:f32:0, {5.000000e-01,2.500000e-01}>";
    private const string Bias = "!quant.uniform<i32:f32:0, {3.125000e-02,1.562500e-02}>";
    private const string S = "!quant.uniform<i8:f32, 3.906250e-03:-128>";
    private const string Dw = "!quant.uniform<i8:f32:3, {2.500000e-01,5.000000e-01}>";

    private static Executor Compile(string text) => Executor.Compile(RuntimeTestIR.Func(text), OpKernelRegistry.CreateDefault());

    private static string Render(string text) => Assert.Throws<ExecutorException>(() => Compile(text)).Render();

    private static readonly float[] X = [.. Enumerable.Range(0, 1 * 4 * 4 * 2).Select(i => ((i * 7) % 11 - 5) * 0.15625f)];

    [Fact]
    public void ConvNetworkEqualsTheKernelsChained()
    {
        var executor = Compile($$"""
            func.func @main(%x: tensor<1x4x4x2xf32>) -> tensor<1x2xf32> {
              %w = "tfl.pseudo_const"() {value = dense<[[[[1, -2]], [[3, 4]]], [[[-5, 6]], [[7, -8]]]]> : tensor<2x2x1x2xi8>} : () -> tensor<2x2x1x2x{{W}}>
              %b = "tfl.pseudo_const"() {value = dense<[40, -30]> : tensor<2xi32>} : () -> tensor<2x{{Bias}}>
              %dw = "tfl.pseudo_const"() {value = dense<[[[[3, -1], [2, 5]], [[-4, 1], [1, 1]]]]> : tensor<1x2x2x2xi8>} : () -> tensor<1x2x2x2x{{Dw}}>
              %n = "tfl.no_value"() {value} : () -> none
              %axes = arith.constant dense<[1, 2]> : tensor<2xi32>
              %fw = "tfl.pseudo_const"() {value = dense<[[10, -20], [30, 40]]> : tensor<2x2xi8>} : () -> tensor<2x2x{{W}}>
              %q = "tfl.quantize"(%x) {qtype = tensor<1x4x4x2x{{A}}>} : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2x{{A}}>
              %c = "tfl.conv_2d"(%q, %w, %b) {dilation_h_factor = 1 : i32, dilation_w_factor = 2 : i32, fused_activation_function = "RELU", padding = "SAME", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x2x{{A}}>, tensor<2x2x1x2x{{W}}>, tensor<2x{{Bias}}>) -> tensor<1x4x4x2x{{B}}>
              %d = "tfl.depthwise_conv_2d"(%c, %dw, %n) {depth_multiplier = 1 : i32, dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x2x{{B}}>, tensor<1x2x2x2x{{Dw}}>, none) -> tensor<1x3x3x2x{{A}}>
              %p = "tfl.average_pool_2d"(%d) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x3x3x2x{{A}}>) -> tensor<1x2x2x2x{{A}}>
              %m = "tfl.mean"(%p, %axes) {keep_dims = false} : (tensor<1x2x2x2x{{A}}>, tensor<2xi32>) -> tensor<1x2x{{B}}>
              %f = "tfl.fully_connected"(%m, %fw, %n) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<1x2x{{B}}>, tensor<2x2x{{W}}>, none) -> tensor<1x2x{{A}}>
              %s = "tfl.softmax"(%f) {beta = 1.000000e+00 : f32} : (tensor<1x2x{{A}}>) -> tensor<1x2x{{S}}>
              %r = "tfl.dequantize"(%s) : (tensor<1x2x{{S}}>) -> tensor<1x2xf32>
              return %r : tensor<1x2xf32>
            }
            """);
        var actual = executor.Run([Tensor.FromFloats([1, 4, 4, 2], X)])[0].Span<float>().ToArray();

        QuantParams a = new(0.0625f, -3), b = new(0.125f, 5), s = new(1f / 256, -128);
        var q = new sbyte[32];
        QuantizedInt8.Quantize(X, q, a);
        var conv = new sbyte[32];
        var convParams = new Conv2DParams(1, 1, 1, 2, TflPadding.Same, TflActivation.Relu);
        QuantizedConv2D.Run(q, [1, 4, 4, 2], a.ZeroPoint, [1, -2, 3, 4, -5, 6, 7, -8], [2, 2, 1, 2], [40, -30], conv, convParams,
            Int8OutputStage.Create(a.Scale, [0.5f, 0.25f], 2, b, TflActivation.Relu));
        var depthwise = new sbyte[18];
        QuantizedDepthwiseConv2D.Run(conv, [1, 4, 4, 2], b.ZeroPoint, [3, -1, 2, 5, -4, 1, 1, 1], [1, 2, 2, 2], [], depthwise, 1,
            Conv2DParams.Default, Int8OutputStage.Create(b.Scale, [0.25f, 0.5f], 2, a, TflActivation.None));
        var pooled = new sbyte[8];
        QuantizedPooling.AveragePool(depthwise, [1, 3, 3, 2], pooled, new Pool2DParams(2, 2, 2, 2, TflPadding.Same, TflActivation.None), a);
        var mean = new sbyte[2];
        QuantizedMean.Run(pooled, [1, 2, 2, 2], [1, 2], a, mean, b);
        var logits = new sbyte[2];
        QuantizedFullyConnected.Run(mean, [1, 2], b.ZeroPoint, [10, -20, 30, 40], [2, 2], 0, [], logits,
            Int8OutputStage.Create(b.Scale, [0.5f, 0.25f], 2, a, TflActivation.None));
        var probabilities = new sbyte[2];
        QuantizedSoftmax.Run(logits, [1, 2], probabilities, QuantizedSoftmax.ExpTable(a.Scale, 1f), s);
        var expected = new float[2];
        QuantizedInt8.Dequantize(probabilities, expected, s);

        Assert.Equal(expected, actual);
        Assert.NotEqual(1, conv.Distinct().Count());
        Assert.Equal(1f, actual.Sum(), 1);
    }

    [Fact]
    public void ElementwiseAndDataMovementOpsRunOnInt8()
    {
        var executor = Compile($$"""
            func.func @main(%x: tensor<2x3x{{A}}>, %y: tensor<3x{{B}}>) -> (tensor<4x3x{{A}}>, tensor<9xf32>) {
              %perm = arith.constant dense<[1, 0]> : tensor<2xi32>
              %pads = arith.constant dense<[[0, 0], [1, 0]]> : tensor<2x2xi32>
              %shape = arith.constant dense<9> : tensor<1xi32>
              %0 = "tfl.add"(%x, %y) {fused_activation_function = "NONE"} : (tensor<2x3x{{A}}>, tensor<3x{{B}}>) -> tensor<2x3x{{A}}>
              %1 = "tfl.mul"(%0, %x) {fused_activation_function = "RELU6"} : (tensor<2x3x{{A}}>, tensor<2x3x{{A}}>) -> tensor<2x3x{{A}}>
              %2 = "tfl.concatenation"(%0, %1) {axis = 0 : i32, fused_activation_function = "NONE"} : (tensor<2x3x{{A}}>, tensor<2x3x{{A}}>) -> tensor<4x3x{{A}}>
              %3 = "tfl.transpose"(%0, %perm) : (tensor<2x3x{{A}}>, tensor<2xi32>) -> tensor<3x2x{{A}}>
              %4 = "tfl.pad"(%3, %pads) : (tensor<3x2x{{A}}>, tensor<2x2xi32>) -> tensor<3x3x{{A}}>
              %5 = "tfl.reshape"(%4, %shape) : (tensor<3x3x{{A}}>, tensor<1xi32>) -> tensor<9x{{A}}>
              %6 = "tfl.dequantize"(%5) : (tensor<9x{{A}}>) -> tensor<9xf32>
              return %2, %6 : tensor<4x3x{{A}}>, tensor<9xf32>
            }
            """);
        sbyte[] x = [-128, -3, 20, 7, 127, -50], y = [5, -40, 100];
        QuantParams a = new(0.0625f, -3), b = new(0.125f, 5);
        var specX = new TensorSpec(DType.Int8, [2, 3], TensorQuantization.PerTensor(0.0625, -3));
        var specY = new TensorSpec(DType.Int8, [3], TensorQuantization.PerTensor(0.125, 5));
        var outputs = executor.Run([Tensor.From<sbyte>(specX, x), Tensor.From<sbyte>(specY, y)]);

        var sum = new sbyte[6];
        QuantizedArithmetic.Run(ArithmeticOp.Add, x, [2, 3], a, y, [3], b, sum, a, TflActivation.None);
        var product = new sbyte[6];
        QuantizedArithmetic.Run(ArithmeticOp.Mul, sum, [2, 3], a, x, [2, 3], a, product, a, TflActivation.Relu6);
        Assert.Equal([.. sum, .. product], outputs[0].Span<sbyte>().ToArray());
        // transpose then one column of zero points on the left, row-major: [zp, s0, s3, zp, s1, s4, zp, s2, s5].
        sbyte zp = -3;
        var padded = new sbyte[] { zp, sum[0], sum[3], zp, sum[1], sum[4], zp, sum[2], sum[5] };
        var expected = new float[9];
        QuantizedInt8.Dequantize(padded, expected, a);
        Assert.Equal(expected, outputs[1].Span<float>().ToArray());
        Assert.Contains(product, v => v != sum[0]);
    }

    [Fact]
    public void PerAxisWeightsDequantizeAlongTheirAxis()
    {
        var executor = Compile($$"""
            func.func @main() -> tensor<2x2xf32> {
              %w = "tfl.pseudo_const"() {value = dense<[[4, -8], [12, 16]]> : tensor<2x2xi8>} : () -> tensor<2x2x{{W}}>
              %0 = "tfl.dequantize"(%w) : (tensor<2x2x{{W}}>) -> tensor<2x2xf32>
              return %0 : tensor<2x2xf32>
            }
            """);
        Assert.Equal([2f, -4f, 3f, 4f], executor.Run([])[0].Span<float>().ToArray());
    }

    [Fact]
    public void QuantizeRunsPerAxisAndRequantizes()
    {
        var executor = Compile($$"""
            func.func @main(%x: tensor<2x2xf32>) -> (tensor<2x2x{{W}}>, tensor<2x2x{{B}}>) {
              %0 = "tfl.quantize"(%x) {qtype = tensor<2x2x{{W}}>} : (tensor<2x2xf32>) -> tensor<2x2x{{W}}>
              %1 = "tfl.quantize"(%x) {qtype = tensor<2x2x{{A}}>} : (tensor<2x2xf32>) -> tensor<2x2x{{A}}>
              %2 = "tfl.quantize"(%1) {qtype = tensor<2x2x{{B}}>} : (tensor<2x2x{{A}}>) -> tensor<2x2x{{B}}>
              return %0, %2 : tensor<2x2x{{W}}>, tensor<2x2x{{B}}>
            }
            """);
        var outputs = executor.Run([Tensor.FromFloats([2, 2], [1f, -1f, 1f, -1.0625f])]);
        // Row 0 at scale 0.5, row 1 at scale 0.25.
        Assert.Equal(new sbyte[] { 2, -2, 4, -4 }, outputs[0].Span<sbyte>().ToArray());
        // 1 → 16 - 3 = 13 at A; requantized: (13 + 3) · 0.5 = 8 → 8 + 5 = 13. -1.0625 → -20 at A →
        // (-17) · 0.5 = -8.5, a tie the doubling high multiply rounds up: -8 + 5 = -3.
        Assert.Equal(new sbyte[] { 13, -3, 13, -3 }, outputs[1].Span<sbyte>().ToArray());
    }

    [Fact]
    public void UnsupportedQuantizationIsAnErrorAtTheOp()
    {
        Assert.Equal("test.mlir:2:8: error: 'tfl.concatenation': int8 tfl.concatenation needs the input's scale and zero point (0.125, 5) on its result, which has (0.0625, -3)",
            Render($$"""
            func.func @main(%x: tensor<2x{{A}}>, %y: tensor<2x{{B}}>) -> tensor<4x{{A}}> {
              %0 = "tfl.concatenation"(%x, %y) {axis = 0 : i32, fused_activation_function = "NONE"} : (tensor<2x{{A}}>, tensor<2x{{B}}>) -> tensor<4x{{A}}>
              return %0 : tensor<4x{{A}}>
            }
            """));
        Assert.Contains("int8 softmax needs result scale 0.00390625 and zero point -128", Render($$"""
            func.func @main(%x: tensor<2x{{A}}>) -> tensor<2x{{A}}> {
              %0 = "tfl.softmax"(%x) {beta = 1.000000e+00 : f32} : (tensor<2x{{A}}>) -> tensor<2x{{A}}>
              return %0 : tensor<2x{{A}}>
            }
            """));
        Assert.Contains("filter is quantized along dimension 0; int8 kernels need dimension 3", Render($$"""
            func.func @main(%x: tensor<1x2x2x2x{{A}}>) -> tensor<1x1x1x2x{{A}}> {
              %w = "tfl.pseudo_const"() {value = dense<1> : tensor<1x2x2x2xi8>} : () -> tensor<1x2x2x2x!quant.uniform<i8:f32:0, {5.000000e-01}>>
              %n = "tfl.no_value"() {value} : () -> none
              %0 = "tfl.depthwise_conv_2d"(%x, %w, %n) {depth_multiplier = 1 : i32, dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x2x2x2x{{A}}>, tensor<1x2x2x2x!quant.uniform<i8:f32:0, {5.000000e-01}>>, none) -> tensor<1x1x1x2x{{A}}>
              return %0 : tensor<1x1x1x2x{{A}}>
            }
            """));
        Assert.Equal("test.mlir:2:8: error: 'tfl.add': operand #1 float32[2] is not int8", Render($$"""
            func.func @main(%x: tensor<2x{{A}}>, %y: tensor<2xf32>) -> tensor<2x{{A}}> {
              %0 = "tfl.add"(%x, %y) {fused_activation_function = "NONE"} : (tensor<2x{{A}}>, tensor<2xf32>) -> tensor<2x{{A}}>
              return %0 : tensor<2x{{A}}>
            }
            """));
    }
}
