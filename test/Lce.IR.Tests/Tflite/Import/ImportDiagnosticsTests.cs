using Lce.CodeGen.Tflite.Schema;
using Lce.IR;
using static Lce.Tests.Tflite.Import.ImportTestModels;
using TT = Lce.CodeGen.Tflite.Schema.TensorType;

namespace Lce.Tests.Tflite.Import;

/// <summary>Models that read as FlatBuffers but make no sense (and files that do not read): one error diagnostic naming the culprit, no module.</summary>
public class ImportDiagnosticsTests
{
    private static TfliteModel WithGraph(Func<SubGraph, SubGraph> change, TfliteModel? model = null)
    {
        model ??= LceModel();
        return model with { Subgraphs = [change(model.Subgraphs[0])] };
    }

    private static SubGraph WithOperator(SubGraph g, int index, Func<Operator, Operator> change) =>
        g with { Operators = g.Operators.Select((o, i) => i == index ? change(o) : o).ToArray() };

    private static Diagnostic Rejected(TfliteModel model) => Rejected(TfliteModelWriter.ToArray(model));

    private static Diagnostic Rejected(byte[] bytes)
    {
        var (module, _, diagnostics) = ImportBytes(bytes);
        Assert.Null(module);
        var error = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return error;
    }

    [Fact]
    public void OpcodeIndexOutOfRange()
    {
        var d = Rejected(WithGraph(g => WithOperator(g, 1, o => o with { OpcodeIndex = 9 })));
        Assert.Equal("subgraph 0 ('main'): operator 1 has opcode index 9, but the model has 4 operator codes", d.Message);
        Assert.Equal("loc(\"bconv\"(\"model.tflite\":0:0))", d.Location.ToString());
    }

    [Fact]
    public void InputTensorIndexOutOfRange()
    {
        var d = Rejected(WithGraph(g => WithOperator(g, 3, o => o with { Inputs = [42] })));
        Assert.Equal("subgraph 0 ('main'): input 0 of operator 3 is tensor 42, but the subgraph has 7 tensors", d.Message);
    }

    [Fact]
    public void OutputTensorIndexOutOfRange() =>
        Assert.Equal("subgraph 0 ('main'): output of operator 2 is tensor -3, but the subgraph has 7 tensors",
            Rejected(WithGraph(g => WithOperator(g, 2, o => o with { Outputs = [-3] }))).Message);

    [Fact]
    public void SubgraphOutputOutOfRange() =>
        Assert.Equal("subgraph 0 ('main'): output 0 is tensor 7, but the subgraph has 7 tensors",
            Rejected(WithGraph(g => g with { Outputs = [7] })).Message);

    [Fact]
    public void BufferTooSmallForTheConstantsShape()
    {
        var model = LceModel();
        var d = Rejected(model with { Buffers = model.Buffers.Select((b, i) => i == 2 ? Data(1, 2, 3) : b).ToArray() });
        Assert.Equal("tensor 1 ('filter') of type tensor<7x3x3x2xi32> needs 504 bytes of data, but its buffer has 12", d.Message);
        Assert.Equal("loc(\"filter\"(\"model.tflite\":0:0))", d.Location.ToString());
    }

    [Fact]
    public void BufferIndexOutOfRange() =>
        Assert.Equal("tensor 2 ('threshold') refers to buffer 99, but the model has 8 buffers",
            Rejected(WithGraph(g => g with { Tensors = g.Tensors.Select((t, i) => i == 2 ? t with { Buffer = 99 } : t).ToArray() })).Message);

    [Fact]
    public void UnknownTensorType()
    {
        var d = Rejected(WithGraph(g => g with { Tensors = g.Tensors.Select((t, i) => i == 5 ? t with { Type = (TT)99 } : t).ToArray() }));
        Assert.Equal("unknown tensor type 99", d.Message);
        Assert.Equal("loc(\"dequantized\"(\"model.tflite\":0:0))", d.Location.ToString());
    }

    [Fact]
    public void UnknownBuiltinCode()
    {
        var model = LceModel();
        var d = Rejected(model with { OperatorCodes = model.OperatorCodes.Select((c, i) => i == 3 ? OperatorCode.Builtin((BuiltinOperator)250, 1) : c).ToArray() });
        Assert.Equal("subgraph 0 ('main'): operator 3 has builtin code 250, which the schema does not define", d.Message);
    }

    [Fact]
    public void OptionsOfAnotherOperator()
    {
        var model = LceModel();
        var d = Rejected(WithGraph(g => WithOperator(g, 3, o => o with { BuiltinOptions = new AddOptions(global::Lce.Serialization.CustomOptions.TfliteActivation.None) })));
        Assert.Equal("subgraph 0 ('main'): operator 3 (tfl.relu) has options of kind AddOptions, but RELU takes none", d.Message);
    }

    [Fact]
    public void ReadBeforeWritten() =>
        Assert.Equal("subgraph 0 ('main'): input 0 of operator 0 reads tensor 3 before the operator that writes it",
            Rejected(WithGraph(g => g with { Operators = [g.Operators[1], g.Operators[0], g.Operators[2], g.Operators[3]] })).Message);

    [Fact]
    public void SchemaVersionOtherThanThree() =>
        Assert.Equal("schema version 2 is not supported (TFLite reads only version 3)", Rejected(LceModel() with { Version = 2 }).Message);

    [Fact]
    public void TruncatedFile()
    {
        var bytes = TfliteModelWriter.ToArray(LceModel());
        var d = Rejected(bytes[..(bytes.Length / 2)]);
        Assert.StartsWith("couldn't parse flatbuffer: ", d.Message);
        Assert.Equal("loc(\"model.tflite\":0:0)", d.Location.ToString());
    }

    [Fact]
    public void VerifierErrorsAreDiagnosticsToo()
    {
        // RELU whose result shape differs from its operand: the tfl verifier rejects the module.
        var d = Rejected(WithGraph(g => g with { Tensors = g.Tensors.Select((t, i) => i == 6 ? t with { Shape = [2, 2] } : t).ToArray() }));
        Assert.Contains("'tfl.relu' op", d.Message);
    }
}
