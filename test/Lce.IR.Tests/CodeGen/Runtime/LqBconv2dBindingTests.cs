using System.Globalization;
using Lce.CodeGen.Reference;
using Lce.CodeGen.Runtime;
using Lce.Dialects.Lq;
using Lce.Serialization.CustomOptions;

namespace Lce.Tests.CodeGen.Runtime;

/// <summary>
/// lq.Bconv2d and LceBconv2d through the executor, each compared with calling the reference kernel
/// directly on the same data: float32 and bitpacked filters, float, int8 and bitpacked outputs,
/// VALID and SAME-one padding, `none` operands, and bind-time errors at the op.
/// </summary>
public class LqBconv2dBindingTests
{
    // 1x4x4 image of 6 channels (one word per pixel), 4 output channels of 3x3 filters.
    private const int Cin = 6, Cout = 4;
    private static readonly int[] InputShape = [1, 4, 4, 1];

    private static Executor Compile(string text) => Executor.Compile(RuntimeTestIR.Func(text), OpKernelRegistry.CreateDefault());

    private static int[] Input()
    {
        var r = new Random(7);
        return Enumerable.Range(0, 16).Select(_ => r.Next(0, 1 << Cin)).ToArray();
    }

    private static float[] Filter()
    {
        var r = new Random(11);
        return Enumerable.Range(0, Cout * 3 * 3 * Cin).Select(_ => r.Next(2) == 0 ? 1f : -1f).ToArray();
    }

    private static int[] PackedFilter() => Bitpacking.PackF32(Filter(), Cin);

    private static readonly float[] Multipliers = [0.5f, -1.25f, 2f, 0.75f];
    private static readonly float[] Biases = [1f, -0.5f, 0.25f, 3f];
    private static readonly int[] Thresholds = [10, 20, 27, 30];

    // The 4x3x3x6 filter as a nested dense literal.
    private static string Dense(float[] values) => "dense<" + Nested(values, [Cout, 3, 3, Cin], 0, 0) + ">";

    private static string Nested(float[] values, int[] shape, int dim, int offset)
    {
        if (dim == shape.Length) return values[offset].ToString("0.0", CultureInfo.InvariantCulture);
        int stride = shape.Skip(dim + 1).Aggregate(1, (a, b) => a * b);
        return "[" + string.Join(", ", Enumerable.Range(0, shape[dim]).Select(i => Nested(values, shape, dim + 1, offset + i * stride))) + "]";
    }

    private static string Props(string padding, int padValues, string activation = "NONE") =>
        $"<{{channels_in = {Cin} : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = \"{activation}\", pad_values = {padValues} : i32, padding = \"{padding}\", stride_height = 1 : i32, stride_width = 1 : i32}}>";

    private static Bconv2dGeometry Geometry(LcePadding padding, int padValue, Bconv2dActivation activation = Bconv2dActivation.None) =>
        Bconv2dGeometry.Create(Params(padding, padValue, activation), InputShape, [Cout, 3, 3, 1]);

    private static Bconv2dParams Params(LcePadding padding, int padValue, Bconv2dActivation activation = Bconv2dActivation.None) =>
        new(Cin, 1, 1, 1, 1, padding, padValue, activation);

    private static Tensor Vector(float[] values) => Tensor.FromFloats([values.Length], values);

    [Fact]
    public void LqOpWithFloatFilterAndFloatOutputMatchesTheKernel()
    {
        var ex = Compile($$"""
            func.func @main(%x: tensor<1x4x4x1xi32>, %m: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<1x2x2x4xf32> {
              %n = "tfl.no_value"() {value} : () -> none
              %f = arith.constant {{Dense(Filter())}} : tensor<4x3x3x6xf32>
              %0 = "lq.Bconv2d"(%x, %f, %m, %b, %n) {{Props("VALID", 0, "RELU")}} : (tensor<1x4x4x1xi32>, tensor<4x3x3x6xf32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x2x2x4xf32>
              return %0 : tensor<1x2x2x4xf32>
            }
            """);
        var actual = ex.Run([Tensor.FromInt32s(InputShape, Input()), Vector(Multipliers), Vector(Biases)])[0].Span<float>().ToArray();

        var g = Geometry(LcePadding.Valid, 0, Bconv2dActivation.Relu);
        var expected = new float[16];
        Bconv2d.Float(g, Input(), PackedFilter(), Bconv2dOutputTransform.Create(Multipliers, Biases, g.BacktransformAdd, Bconv2dActivation.Relu), expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void LqOpWithBitpackedFilterAndBitpackedOutputMatchesTheKernel()
    {
        var ex = Compile($$"""
            func.func @main(%x: tensor<1x4x4x1xi32>, %f: tensor<4x3x3x1xi32>, %t: tensor<4xi32>) -> tensor<1x4x4x1xi32> {
              %n = "tfl.no_value"() {value} : () -> none
              %0 = "lq.Bconv2d"(%x, %f, %n, %n, %t) {{Props("SAME", 1)}} : (tensor<1x4x4x1xi32>, tensor<4x3x3x1xi32>, none, none, tensor<4xi32>) -> tensor<1x4x4x1xi32>
              return %0 : tensor<1x4x4x1xi32>
            }
            """);
        var actual = ex.Run([Tensor.FromInt32s(InputShape, Input()), Tensor.FromInt32s([Cout, 3, 3, 1], PackedFilter()),
            Tensor.FromInt32s([Cout], Thresholds)])[0].Span<int>().ToArray();

        var expected = new int[16];
        Bconv2d.Bitpacked(Geometry(LcePadding.Same, 1), Input(), PackedFilter(), Thresholds, expected);
        Assert.Equal(expected, actual);
        Assert.Contains(actual, w => w != 0);
        Assert.Contains(actual, w => w != (1 << Cout) - 1);
    }

    [Fact]
    public void LqOpWithInt8OutputUsesTheResultScaleAndZeroPoint()
    {
        const string q = "!quant.uniform<i8:f32, 2.500000e-01:-3>";
        var ex = Compile($$"""
            func.func @main(%x: tensor<1x4x4x1xi32>, %m: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<1x2x2x4x{{q}}> {
              %n = "tfl.no_value"() {value} : () -> none
              %f = arith.constant {{Dense(Filter())}} : tensor<4x3x3x6xf32>
              %0 = "lq.Bconv2d"(%x, %f, %m, %b, %n) {{Props("VALID", 1)}} : (tensor<1x4x4x1xi32>, tensor<4x3x3x6xf32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x2x2x4x{{q}}>
              return %0 : tensor<1x2x2x4x{{q}}>
            }
            """);
        var actual = ex.Run([Tensor.FromInt32s(InputShape, Input()), Vector(Multipliers), Vector(Biases)])[0].Span<sbyte>().ToArray();

        var g = Geometry(LcePadding.Valid, 1);
        var expected = new sbyte[16];
        Bconv2d.Int8(g, Input(), PackedFilter(), Bconv2dOutputTransform.Create(Multipliers, Biases, g.BacktransformAdd, Bconv2dActivation.None, 0.25f, -3), expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void CustomOpWithFloatFilterAndNoneOperandsMatchesTheKernel()
    {
        var options = new Bconv2dOptions(Cin, 1, 1, TfliteActivation.None, 1, TflitePadding.Same, 1, 1).Encode();
        var ex = Compile($$"""
            func.func @main(%x: tensor<1x4x4x1xi32>) -> tensor<1x4x4x4xf32> {
              %f = arith.constant {{Dense(Filter())}} : tensor<4x3x3x6xf32>
              %n = "tfl.no_value"() {value} : () -> none
              %0 = "tfl.custom"(%x, %f, %n, %n, %n) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x{{Convert.ToHexString(options)}}">} : (tensor<1x4x4x1xi32>, tensor<4x3x3x6xf32>, none, none, none) -> tensor<1x4x4x4xf32>
              return %0 : tensor<1x4x4x4xf32>
            }
            """);
        var actual = ex.Run([Tensor.FromInt32s(InputShape, Input())])[0].Span<float>().ToArray();

        // none multiplier and bias are 1 and 0: the output is the ±1 dot product K − 2·popcount.
        var g = Geometry(LcePadding.Same, 1);
        var acc = new int[64];
        Bconv2d.Accumulate(g, Input(), PackedFilter(), acc);
        Assert.Equal(acc.Select(a => (float)(g.BacktransformAdd - 2 * a)).ToArray(), actual);
    }

    [Fact]
    public void CustomOpWithBitpackedFilterMatchesTheLqOp()
    {
        var options = new Bconv2dOptions(Cin, 1, 1, TfliteActivation.None, 0, TflitePadding.Valid, 1, 1).Encode();
        var ex = Compile($$"""
            func.func @main(%x: tensor<1x4x4x1xi32>, %f: tensor<4x3x3x1xi32>, %m: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<1x2x2x4xf32> {
              %n = "tfl.no_value"() {value} : () -> none
              %0 = "tfl.custom"(%x, %f, %m, %b, %n) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x{{Convert.ToHexString(options)}}">} : (tensor<1x4x4x1xi32>, tensor<4x3x3x1xi32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x2x2x4xf32>
              return %0 : tensor<1x2x2x4xf32>
            }
            """);
        var actual = ex.Run([Tensor.FromInt32s(InputShape, Input()), Tensor.FromInt32s([Cout, 3, 3, 1], PackedFilter()),
            Vector(Multipliers), Vector(Biases)])[0].Span<float>().ToArray();

        var g = Geometry(LcePadding.Valid, 0);
        var expected = new float[16];
        Bconv2d.Float(g, Input(), PackedFilter(), Bconv2dOutputTransform.Create(Multipliers, Biases, g.BacktransformAdd, Bconv2dActivation.None), expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void GeometryAndOperandErrorsAreReportedAtTheOp()
    {
        // channels_in 40 needs two words per pixel; the input has one.
        var options = new Bconv2dOptions(40, 1, 1, TfliteActivation.None, 1, TflitePadding.Valid, 1, 1).Encode();
        var e = Assert.Throws<ExecutorException>(() => Compile($$"""
            func.func @main(%x: tensor<1x4x4x1xi32>, %f: tensor<4x3x3x1xi32>, %t: tensor<4xi32>) -> tensor<1x2x2x1xi32> {
              %n = "tfl.no_value"() {value} : () -> none
              %0 = "tfl.custom"(%x, %f, %n, %n, %t) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x{{Convert.ToHexString(options)}}">} : (tensor<1x4x4x1xi32>, tensor<4x3x3x1xi32>, none, none, tensor<4xi32>) -> tensor<1x2x2x1xi32>
              return %0 : tensor<1x2x2x1xi32>
            }
            """));
        Assert.Equal("test.mlir:3:8: error: 'tfl.custom': Bconv2d input has 1 words per pixel; channels_in 40 needs 2", e.Render());

        e = Assert.Throws<ExecutorException>(() => Compile($$"""
            func.func @main(%x: tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32> {
              %0 = "tfl.custom"(%x) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x{{Convert.ToHexString(options)}}">} : (tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32>
              return %0 : tensor<1x2x2x1xi32>
            }
            """));
        Assert.Equal("test.mlir:2:8: error: 'tfl.custom': expected 2 to 5 operands (input, filter, multiplier, bias, threshold), not 1", e.Render());

        e = Assert.Throws<ExecutorException>(() => Compile($$"""
            func.func @main(%x: tensor<1x4x4x1xi32>, %f: tensor<4x3x3x1xi32>) -> tensor<1x4x4x1xi32> {
              %n = "tfl.no_value"() {value} : () -> none
              %0 = "lq.Bconv2d"(%x, %f, %n, %n, %n) {{Props("SAME", 1)}} : (tensor<1x4x4x1xi32>, tensor<4x3x3x1xi32>, none, none, none) -> tensor<1x4x4x1xi32>
              return %0 : tensor<1x4x4x1xi32>
            }
            """));
        Assert.Equal("test.mlir:3:8: error: 'lq.Bconv2d': bitpacked output needs an output_threshold operand", e.Render());

        e = Assert.Throws<ExecutorException>(() => Compile($$"""
            func.func @main(%x: tensor<1x4x4x1xi32>, %f: tensor<4x3x3x6xf32>) -> tensor<1x2x2x4xf32> {
              %n = "tfl.no_value"() {value} : () -> none
              %0 = "lq.Bconv2d"(%x, %f, %n, %n, %n) {{Props("VALID", 1)}} : (tensor<1x4x4x1xi32>, tensor<4x3x3x6xf32>, none, none, none) -> tensor<1x2x2x4xf32>
              return %0 : tensor<1x2x2x4xf32>
            }
            """));
        Assert.Equal("test.mlir:3:8: error: 'lq.Bconv2d': operand #1 must be a constant", e.Render());

        e = Assert.Throws<ExecutorException>(() => Compile($$"""
            func.func @main(%x: tensor<1x4x4x1xi32>, %f: tensor<4x3x3x1xi32>) -> tensor<1x4x4x4xf32> {
              %n = "tfl.no_value"() {value} : () -> none
              %0 = "lq.Bconv2d"(%x, %f, %n, %n, %n) {{Props("VALID", 1)}} : (tensor<1x4x4x1xi32>, tensor<4x3x3x1xi32>, none, none, none) -> tensor<1x4x4x4xf32>
              return %0 : tensor<1x4x4x4xf32>
            }
            """));
        Assert.Equal("test.mlir:3:8: error: 'lq.Bconv2d': result float32[1, 4, 4, 4] should be float32[1, 2, 2, 4]", e.Render());
    }
}
