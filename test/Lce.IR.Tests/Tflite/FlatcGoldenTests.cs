using Lce.CodeGen.Tflite.Schema;
using Lce.Serialization.CustomOptions;

namespace Lce.Tests.Tflite;

/// <summary>Our reader on files flatc wrote from TFLite's schema: every field id and default must agree.</summary>
public class FlatcGoldenTests
{
    [Fact]
    public void TheOraclesAddModelReads()
    {
        var m = TfliteModelReader.Read(Convert.FromBase64String(FlatcGolden.AddBase64));
        Assert.Equal(3u, m.Version);
        Assert.Equal("hand-written ADD test model", m.Description);
        var code = Assert.Single(m.OperatorCodes);
        Assert.Equal((BuiltinOperator.Add, 1, (string?)null), (code.EffectiveCode, code.Version, code.CustomCode));
        var g = Assert.Single(m.Subgraphs);
        Assert.Equal("main", g.Name);
        Assert.Equal(["a", "b", "sum"], g.Tensors.Select(t => t.Name));
        Assert.All(g.Tensors, t => Assert.Equal([1, 4], t.Shape));
        Assert.All(g.Tensors, t => Assert.Equal(TensorType.Float32, t.Type));
        Assert.Equal([0, 1], g.Inputs);
        Assert.Equal([2], g.Outputs);
        var op = Assert.Single(g.Operators);
        Assert.Equal(new AddOptions(TfliteActivation.None), op.BuiltinOptions);
        Assert.True(Assert.Single(m.Buffers).Data.IsEmpty);
    }

    [Fact]
    public void TheRichModelReadsFieldForField()
    {
        var bytes = Convert.FromBase64String(FlatcGolden.RichBase64);
        var m = TfliteModelReader.Read(bytes);
        Assert.Equal("rich", m.Description);
        Assert.Equal([(BuiltinOperator.Conv2d, 2, null), (BuiltinOperator.Custom, 1, "LceQuantize"), (BuiltinOperator.BroadcastTo, 3, (string?)null)],
            m.OperatorCodes.Select(c => (c.EffectiveCode, c.Version, c.CustomCode)));
        Assert.Equal(127, m.OperatorCodes[2].DeprecatedBuiltinCode);
        var g = m.Subgraphs[0];
        var (x, w, y) = (g.Tensors[0], g.Tensors[1], g.Tensors[2]);
        Assert.Equal([-1, 4, 4, 2], x.ShapeSignature);
        Assert.Equal(TensorType.Int8, x.Type);
        Assert.Equal([0.5f], x.Quantization!.Scale);
        Assert.Equal([-3L], x.Quantization.ZeroPoint);
        Assert.Null(w.ShapeSignature);
        Assert.Equal(1u, w.Buffer);
        Assert.Equal([0.25f, 0.5f, 0.75f], w.Quantization!.Scale);
        Assert.Equal(0, w.Quantization.QuantizedDimension);
        Assert.True(y.HasRank);
        Assert.True(y.IsVariable);
        Assert.Equal([-1f], y.Quantization!.Min);
        Assert.Equal([2f], y.Quantization.Max);
        Assert.Equal([5L], y.Quantization.ZeroPoint);
        var conv = g.Operators[0];
        Assert.Equal([0, 1, -1], conv.Inputs);
        Assert.Equal(new Conv2DOptions(TflitePadding.Valid, 2, 3, TfliteActivation.Relu6, DilationWFactor: 4, DilationHFactor: 1), conv.BuiltinOptions);
        Assert.Equal([1], conv.Intermediates);
        Assert.False(conv.HasCustomOptions);
        var custom = g.Operators[1];
        Assert.Null(custom.BuiltinOptions);
        Assert.Equal([1, 2, 3, 0], custom.CustomOptions.ToArray());
        Assert.Equal(("second", 7), (m.Subgraphs[1].Name, m.Subgraphs[1].DebugMetadataIndex));
        Assert.Equal([1, 2, 3, 4, 5, 6], m.Buffers[1].Data.ToArray());
        Assert.Equal(new Metadata("min_runtime_version", 2), Assert.Single(m.Metadata));
        Assert.Equal("1.14.0\0"u8.ToArray(), m.Buffers[2].Data.ToArray());
        var sig = Assert.Single(m.SignatureDefs);
        Assert.Equal(("serving_default", 0u), (sig.SignatureKey, sig.SubgraphIndex));
        Assert.Equal([new TensorMap("in", 0)], sig.Inputs);
        Assert.Equal([new TensorMap("out", 2)], sig.Outputs);
        // Zero-copy: the buffer is a view into the file.
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(m.Buffers[1].Data, out var seg) && ReferenceEquals(seg.Array, bytes));
    }

    [Fact]
    public void OurRewriteOfTheRichModelReadsTheSame()
    {
        var m = TfliteModelReader.Read(Convert.FromBase64String(FlatcGolden.RichBase64));
        var again = TfliteModelReader.Read(TfliteModelWriter.ToArray(m));
        Assert.Equal(TfliteModelText.Describe(m), TfliteModelText.Describe(again));
    }
}
