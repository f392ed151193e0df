using Lce.CodeGen.Runtime;
using Lce.Serialization.FlexBuffers;

namespace Lce.Tests.CodeGen.Runtime;

public class ExecutorTests
{
    private static Executor Compile(string text, OpKernelRegistry? registry = null) =>
        Executor.Compile(RuntimeTestIR.Func(text), registry ?? OpKernelRegistry.CreateDefault());

    private static ExecutorException CompileError(string text, OpKernelRegistry? registry = null) =>
        Assert.Throws<ExecutorException>(() => Compile(text, registry));

    private const string Chain = """
        func.func @main(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
          %s1 = arith.constant dense<6> : tensor<1xi32>
          %a = "tfl.reshape"(%x, %s1) : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<6xf32>
          %z = arith.constant dense<0> : tensor<i32>
          %b = "tf.ExpandDims"(%a, %z) : (tensor<6xf32>, tensor<i32>) -> tensor<1x6xf32>
          %s2 = "tfl.pseudo_const"() {value = dense<[3, 2]> : tensor<2xi32>} : () -> tensor<2xi32>
          %c = "tfl.reshape"(%b, %s2) : (tensor<1x6xf32>, tensor<2xi32>) -> tensor<3x2xf32>
          return %c : tensor<3x2xf32>
        }
        """;

    [Fact]
    public void RunsAChainAndReusesTheArena()
    {
        var ex = Compile(Chain);
        Assert.Equal(3, ex.KernelCount);
        // a and c (24 bytes each) share offset 0, b sits at 64: 64 + 24.
        Assert.Equal(88, ex.ArenaSize);
        float[] data = [1, 2, 3, 4, 5, 6];
        var outputs = ex.Run([Tensor.FromFloats([2, 3], data)]);
        var y = Assert.Single(outputs);
        Assert.Equal([3, 2], y.Shape);
        Assert.Equal(data, y.Span<float>().ToArray());
        // The result owns its storage: a second run does not change it.
        ex.Run([Tensor.FromFloats([2, 3], [9, 9, 9, 9, 9, 9])]);
        Assert.Equal(data, y.Span<float>().ToArray());
    }

    [Fact]
    public void ReturnsConstantsAndInputsDirectly()
    {
        var ex = Compile("""
            func.func @main(%x: tensor<2xi8>) -> (tensor<2xi8>, tensor<3xi1>, tensor<2xf32>, tensor<2xi64>) {
              %b = arith.constant dense<[true, false, true]> : tensor<3xi1>
              %f = "tf.Const"() {value = dense<2.5> : tensor<2xf32>} : () -> tensor<2xf32>
              %l = "tfl.pseudo_const"() {value = dense<[-1, 4294967296]> : tensor<2xi64>} : () -> tensor<2xi64>
              return %x, %b, %f, %l : tensor<2xi8>, tensor<3xi1>, tensor<2xf32>, tensor<2xi64>
            }
            """);
        Assert.Equal(0, ex.ArenaSize);
        var o = ex.Run([Tensor.From<sbyte>(new TensorSpec(DType.Int8, [2]), [-128, 127])]);
        Assert.Equal([-128, 127], o[0].Span<sbyte>().ToArray());
        Assert.Equal([1, 0, 1], o[1].Span<byte>().ToArray());
        Assert.Equal([2.5f, 2.5f], o[2].Span<float>().ToArray());
        Assert.Equal([-1L, 4294967296L], o[3].Span<long>().ToArray());
    }

    [Fact]
    public void QuantizedTypesGiveStorageTensorsWithTheirParameters()
    {
        var ex = Compile("""
            func.func @main(%q: tensor<2x!quant.uniform<i8:f32, 5.000000e-01:3>>) -> tensor<1x2x!quant.uniform<i8:f32, 5.000000e-01:3>> {
              %s = arith.constant dense<[1, 2]> : tensor<2xi32>
              %r = "tfl.reshape"(%q, %s) : (tensor<2x!quant.uniform<i8:f32, 5.000000e-01:3>>, tensor<2xi32>) -> tensor<1x2x!quant.uniform<i8:f32, 5.000000e-01:3>>
              return %r : tensor<1x2x!quant.uniform<i8:f32, 5.000000e-01:3>>
            }
            """);
        var spec = Assert.Single(ex.OutputSpecs);
        Assert.Equal(TensorQuantization.PerTensor(0.5, 3), spec.Quantization);
        Assert.Equal(new TensorSpec(DType.Int8, [2], TensorQuantization.PerTensor(0.5, 3)), ex.InputSpecs[0]);
        var r = Assert.Single(ex.Run([Tensor.From<sbyte>(ex.InputSpecs[0], [-7, 9])]));
        Assert.Equal(DType.Int8, r.DType);
        Assert.Equal([-7, 9], r.Span<sbyte>().ToArray());
    }

    [Fact]
    public void FirstUnsupportedOpIsReportedWithItsLocation()
    {
        var e = CompileError("""
            func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
              %a = "tfl.sign"(%x) : (tensor<4xf32>) -> tensor<4xf32>
              %b = "tfl.sign"(%a) : (tensor<4xf32>) -> tensor<4xf32>
              return %b : tensor<4xf32>
            }
            """);
        Assert.Equal("test.mlir:2:8: error: no kernel for op 'tfl.sign'", e.Render());
    }

    [Fact]
    public void UnsupportedCustomOpNamesItsCustomCode()
    {
        var e = CompileError("""
            func.func @main(%x: tensor<1x2x2x1xi32>) -> tensor<1x1x1x1xi32> {
              %0 = "tfl.custom"(%x) {custom_code = "NotAnLceOp", custom_option = #tfl<const_bytes : "0x00">} : (tensor<1x2x2x1xi32>) -> tensor<1x1x1x1xi32>
              return %0 : tensor<1x1x1x1xi32>
            }
            """);
        Assert.Equal("test.mlir:2:8: error: no kernel for custom op 'NotAnLceOp' (tfl.custom)", e.Render());
    }

    /// <summary>A test custom op: multiplies a float tensor by the integer `factor` of its FlexBuffers options.</summary>
    private sealed class ScaleBinding : ICustomOpBinding
    {
        public string CustomCode => "TestScale";

        public Kernel Bind(BindingContext ctx, ReadOnlyMemory<byte> options)
        {
            if (!ctx.OptionsMap().TryGetValue("factor", out var f) || !f.IsInt) throw ctx.Error("options need an int 'factor'");
            float factor = f.AsInt32();
            return io =>
            {
                var x = io.Input(0).Span<float>();
                var y = io.Output(0).Span<float>();
                for (int i = 0; i < x.Length; i++) y[i] = x[i] * factor;
            };
        }
    }

    private static string ScaleModel(byte[] options) => $$"""
        func.func @main(%x: tensor<3xf32>) -> tensor<3xf32> {
          %0 = "tfl.custom"(%x) {custom_code = "TestScale", custom_option = #tfl<const_bytes : "0x{{Convert.ToHexString(options)}}">} : (tensor<3xf32>) -> tensor<3xf32>
          return %0 : tensor<3xf32>
        }
        """;

    [Fact]
    public void CustomOpsDispatchByCodeWithDecodedOptions()
    {
        var registry = OpKernelRegistry.CreateDefault().RegisterCustom(new ScaleBinding());
        var ex = Compile(ScaleModel(FlexBufferIntMap.Encode(("factor", 3))), registry);
        Assert.Equal([3f, -6f, 1.5f], ex.Run([Tensor.FromFloats([3], [1, -2, 0.5f])])[0].Span<float>().ToArray());
    }

    [Fact]
    public void BindingErrorsCarryTheOpLocation()
    {
        var registry = OpKernelRegistry.CreateDefault().RegisterCustom(new ScaleBinding());
        var e = CompileError(ScaleModel(FlexBufferIntMap.Encode(("scale", 3))), registry);
        Assert.Equal("test.mlir:2:8: error: 'tfl.custom': options need an int 'factor'", e.Render());
        e = CompileError(ScaleModel([0xFF, 0x01]), registry);
        Assert.StartsWith("test.mlir:2:8: error: 'tfl.custom': invalid custom options", e.Render());
    }

    private sealed class ThrowingBinding : IOpBinding
    {
        public string OpName => "tfl.relu";

        public Kernel Bind(BindingContext ctx) => _ => throw new ArgumentException("kernel rejected the input");
    }

    [Fact]
    public void KernelFailuresBecomeErrorsAtTheOp()
    {
        var ex = Compile("""
            func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
              %a = "tfl.relu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
              return %a : tensor<4xf32>
            }
            """, OpKernelRegistry.CreateDefault().Register(new ThrowingBinding()));
        var e = Assert.Throws<ExecutorException>(() => ex.Run([Tensor.FromFloats([4], [1, 2, 3, 4])]));
        Assert.Equal("test.mlir:2:8: error: 'tfl.relu' failed: kernel rejected the input", e.Render());
    }

    [Fact]
    public void WrongInputsAreRejected()
    {
        var ex = Compile(Chain);
        Assert.Equal("@main takes 1 input(s), got 0", Assert.Throws<ExecutorException>(() => ex.Run([])).Message);
        Assert.Equal("input #0: expected shape [2, 3], got [3, 2]",
            Assert.Throws<ExecutorException>(() => ex.Run([Tensor.FromFloats([3, 2], new float[6])])).Message);
        Assert.Equal("input #0: expected element type float32, got int32",
            Assert.Throws<ExecutorException>(() => ex.Run([Tensor.FromInt32s([2, 3], new int[6])])).Message);
    }

    [Fact]
    public void DynamicShapesAreReportedAtTheirOp()
    {
        var e = CompileError("""
            func.func @main(%x: tensor<2x3xf32>) -> tensor<?xf32> {
              %s = arith.constant dense<6> : tensor<1xi32>
              %a = "tfl.reshape"(%x, %s) : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<?xf32>
              return %a : tensor<?xf32>
            }
            """);
        Assert.Equal("test.mlir:3:8: error: 'tfl.reshape': dynamically shaped type 'tensor<?xf32>' is not supported", e.Render());
    }

    [Fact]
    public void ShapeOpsCheckElementCounts()
    {
        var e = CompileError("""
            func.func @main(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
              %a = "tf.Identity"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
              %b = "tfl.squeeze"(%a) : (tensor<2x3xf32>) -> tensor<3x3xf32>
              return %a : tensor<2x3xf32>
            }
            """);
        Assert.Contains("'tfl.squeeze': input float32[2, 3] and result float32[3, 3] have different element counts", e.Render());
    }
}
