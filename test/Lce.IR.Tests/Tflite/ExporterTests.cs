using Lce.CodeGen.Tflite.Export;
using Lce.CodeGen.Tflite.Schema;
using Lce.IR;

namespace Lce.Tests.Tflite;

/// <summary>What the exporter writes for small modules: names, buffers, operands, signatures, metadata, versions, errors.</summary>
public class ExporterTests
{
    private static TfliteModel Export(string body, string signature = "(%arg0: tensor<1x4xf32>) -> tensor<1x4xf32>", string attrs = "") =>
        TfliteModelReader.Read(TfliteExporter.ExportToBytes(TfliteTestSupport.Parse($"module {{\n  func.func @main{signature}{attrs} {{\n{body}\n  }}\n}}\n")));

    private const string AddBody = """
            %c = arith.constant dense<[[1.0, 2.0, 3.0, 4.0]]> : tensor<1x4xf32> loc("bias")
            %0 = tfl.add %arg0, %c {fused_activation_function = "RELU"} : tensor<1x4xf32> loc("model/add@main")
            return %0 : tensor<1x4xf32>
        """;

    [Fact]
    public void AnAddModelHasTheExpectedTables()
    {
        var m = Export(AddBody);
        Assert.Equal(3u, m.Version);
        Assert.Equal("MLIR Converted.", m.Description);
        var code = Assert.Single(m.OperatorCodes);
        Assert.Equal((BuiltinOperator.Add, 1), (code.BuiltinCode, code.Version));
        var g = Assert.Single(m.Subgraphs);
        Assert.Equal("main", g.Name);
        Assert.Equal(["arg0", "bias", "model/add"], g.Tensors.Select(t => t.Name));
        Assert.Equal([0], g.Inputs);
        Assert.Equal([2], g.Outputs);
        var op = Assert.Single(g.Operators);
        Assert.Equal([0, 1], op.Inputs);
        Assert.Equal(new AddOptions(Lce.Serialization.CustomOptions.TfliteActivation.Relu), op.BuiltinOptions);
        Assert.True(m.Buffers[0].Data.IsEmpty);
        Assert.Equal(new float[] { 1, 2, 3, 4 }, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(m.Buffers[(int)g.Tensors[1].Buffer].Data.Span).ToArray());
        Assert.All(g.Tensors, t => Assert.True(t.HasRank));
        Assert.All(g.Tensors, t => Assert.Empty(t.Quantization!.Scale));
    }

    [Fact]
    public void TheServingSignatureAndRuntimeVersionAreWritten()
    {
        var m = Export(AddBody);
        var sig = Assert.Single(m.SignatureDefs);
        Assert.Equal(("serving_default", 0u), (sig.SignatureKey, sig.SubgraphIndex));
        Assert.Equal([new TensorMap("arg0", 0)], sig.Inputs);
        Assert.Equal([new TensorMap("model/add", 2)], sig.Outputs);
        var md = Assert.Single(m.Metadata);
        Assert.Equal("min_runtime_version", md.Name);
        Assert.Equal((int)md.Buffer, m.Buffers.Count - 1);
        Assert.Equal("1.5.0\0\0\0\0\0\0\0\0\0\0\0"u8.ToArray(), m.Buffers[(int)md.Buffer].Data.ToArray());
    }

    [Fact]
    public void EntryFunctionNamesNameTheInputsAndOutputs()
    {
        var m = Export(AddBody, attrs: " attributes {tf.entry_function = {inputs = \"image\", outputs = \"scores\"}}");
        Assert.Equal(["image", "bias", "scores"], m.Subgraphs[0].Tensors.Select(t => t.Name));
    }

    [Theory]
    [InlineData("loc(\"a\")", "a")]
    [InlineData("loc(\"conv@fn\")", "conv")]
    [InlineData("loc(fused[\"a\", \"b\"])", "a;b")]
    [InlineData("loc(fused[\"tfl.conv_2d:\", \"x\"])", "x")]
    [InlineData("loc(callsite(\"callee\" at \"caller\"))", "callee")]
    [InlineData("loc(fused[\"a\", \"f.mlir\":1:2])", "a;")]
    [InlineData("loc(\"f.mlir\":3:4)", "tfl.relu")]
    [InlineData("loc(\"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789\")", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx")]
    public void TensorNamesComeFromLocationsAsInTensorFlow(string loc, string expected)
    {
        var m = Export($"""
                %0 = "tfl.relu"(%arg0) : (tensor<1x4xf32>) -> tensor<1x4xf32> {loc}
                return %0 : tensor<1x4xf32>
            """);
        Assert.Equal(expected, m.Subgraphs[0].Tensors[1].Name);
        Assert.True(expected.Length <= TensorNameMapper.MaxLength + 1);
    }

    [Fact]
    public void RepeatedNamesAreNumberedAndSharedConstantsShareABuffer()
    {
        var m = Export("""
                %a = arith.constant dense<[[1.0, 2.0, 3.0, 4.0]]> : tensor<1x4xf32> loc("w")
                %b = arith.constant dense<[[1.0, 2.0, 3.0, 4.0]]> : tensor<1x4xf32> loc("w")
                %c = arith.constant dense<[[5.0, 2.0, 3.0, 4.0]]> : tensor<1x4xf32> loc("w")
                %s = arith.constant dense<7.0> : tensor<1x4xf32> loc("w1")
                %0 = tfl.add %arg0, %a {fused_activation_function = "NONE"} : tensor<1x4xf32> loc("x")
                %1 = tfl.add %0, %b {fused_activation_function = "NONE"} : tensor<1x4xf32> loc("x")
                %2 = tfl.add %1, %c {fused_activation_function = "NONE"} : tensor<1x4xf32> loc("x")
                %3 = tfl.add %2, %s {fused_activation_function = "NONE"} : tensor<1x4xf32> loc("x")
                return %3 : tensor<1x4xf32>
            """);
        var g = m.Subgraphs[0];
        Assert.Equal(["arg0", "w", "w1", "w2", "w11", "x", "x1", "x2", "x3"], g.Tensors.Select(t => t.Name));
        Assert.Equal(g.Tensors[1].Buffer, g.Tensors[2].Buffer);
        Assert.NotEqual(g.Tensors[1].Buffer, g.Tensors[3].Buffer);
        Assert.Equal(new float[] { 7, 7, 7, 7 }, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(m.Buffers[(int)g.Tensors[4].Buffer].Data.Span).ToArray());
        Assert.Equal(4 + 1, m.Buffers.Count); // empty, two distinct constants, the splat, the runtime version
        Assert.Single(m.OperatorCodes);
    }

    [Fact]
    public void NoneOperandsAreMinusOneAndDynamicDimensionsGoToTheSignature()
    {
        var m = Export("""
                %w = arith.constant dense<1.0> : tensor<3x4xf32>
                %none = "tfl.no_value"() {value} : () -> none
                %0 = "tfl.fully_connected"(%arg0, %w, %none) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<?x4xf32>, tensor<3x4xf32>, none) -> tensor<?x3xf32>
                return %0 : tensor<?x3xf32>
            """, "(%arg0: tensor<?x4xf32>) -> tensor<?x3xf32>");
        var g = m.Subgraphs[0];
        Assert.Equal([0, 1, -1], g.Operators[0].Inputs);
        Assert.Equal([1, 4], g.Tensors[0].Shape);
        Assert.Equal([-1, 4], g.Tensors[0].ShapeSignature);
        Assert.Null(g.Tensors[1].ShapeSignature);
        Assert.Equal(1, m.OperatorCodes[0].Version); // three inputs (one omitted) is still version 1
    }

    [Fact]
    public void QuantizedTensorsCarryTheirParameters()
    {
        var m = Export("""
                %w = "tfl.pseudo_const"() {value = dense<[[[[1]], [[2]]]]> : tensor<1x2x1x1xi8>} : () -> tensor<1x2x1x1x!quant.uniform<i8<-127:127>:f32:0, {0.5,0.25}>>
                %q = "tfl.quantize"(%arg0) {qtype = tensor<1x4x!quant.uniform<i8:f32, 0.5:-2>>} : (tensor<1x4xf32>) -> tensor<1x4x!quant.uniform<i8:f32, 0.5:-2>>
                %d = "tfl.dequantize"(%q) : (tensor<1x4x!quant.uniform<i8:f32, 0.5:-2>>) -> tensor<1x4xf32>
                return %d : tensor<1x4xf32>
            """);
        var g = m.Subgraphs[0];
        var w = g.Tensors[1];
        Assert.Equal(TensorType.Int8, w.Type);
        Assert.Equal([0.5f, 0.25f], w.Quantization!.Scale);
        Assert.Equal([0L, 0L], w.Quantization.ZeroPoint);
        var q = g.Tensors[2];
        Assert.Equal((TensorType.Int8, 0.5f, -2L), (q.Type, q.Quantization!.Scale[0], q.Quantization.ZeroPoint[0]));
        Assert.Equal([(BuiltinOperator.Quantize, 1), (BuiltinOperator.Dequantize, 2)], m.OperatorCodes.Select(c => (c.BuiltinCode, c.Version)));
        Assert.Equal(BuiltinOptionsType.QuantizeOptions, g.Operators[0].BuiltinOptions!.Type);
    }

    [Fact]
    public void EveryFunctionIsASubgraphWithTheEntryFirst()
    {
        var module = TfliteTestSupport.Parse("""
            module {
              func.func @helper(%arg0: tensor<2xf32>) -> tensor<2xf32> {
                %0 = "tfl.relu"(%arg0) : (tensor<2xf32>) -> tensor<2xf32>
                return %0 : tensor<2xf32>
              }
              func.func @main(%arg0: tensor<2xf32>) -> tensor<2xf32> {
                %0 = "tfl.tanh"(%arg0) : (tensor<2xf32>) -> tensor<2xf32>
                return %0 : tensor<2xf32>
              }
            }
            """);
        var m = TfliteModelReader.Read(TfliteExporter.ExportToBytes(module));
        Assert.Equal(["main", "helper"], m.Subgraphs.Select(g => g.Name));
        Assert.Equal(0u, Assert.Single(m.SignatureDefs).SubgraphIndex);
        Assert.Equal(["arg0", "tfl.tanh", "arg0", "tfl.relu"], m.Subgraphs.SelectMany(g => g.Tensors).Select(t => t.Name));
    }

    [Fact]
    public void OpsWithoutATfliteOperatorAreErrorsAtTheOp()
    {
        var module = TfliteTestSupport.Parse("""
            module {
              func.func @main(%arg0: tensor<2xf32>) -> tensor<2xf32> {
                %0 = arith.addf %arg0, %arg0 : tensor<2xf32> loc("m.mlir":3:10)
                return %0 : tensor<2xf32>
              }
            }
            """);
        var e = Assert.Throws<TfliteExportException>(() => TfliteExporter.Export(module));
        Assert.Contains("'arith.addf' has no TFLite operator", e.Message);
        Assert.Equal("loc(\"m.mlir\":3:10)", e.Location!.ToString());
    }

    [Fact]
    public void ModelsOverTwoGigabytesAreRefusedBeforeWriting()
    {
        var chunk = new byte[1 << 20];
        var huge = new TfliteModel { Buffers = Enumerable.Range(0, 2100).Select(_ => new TfliteBuffer { Data = chunk }).ToArray() };
        var e = Assert.Throws<TfliteExportException>(() => TfliteExporter.Build(huge));
        Assert.Contains("2 GB", e.Message);
    }
}
