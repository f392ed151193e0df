using Lce.CodeGen.Tflite.Import;
using Lce.CodeGen.Tflite.Schema;
using Lce.IR;
using static Lce.Tests.Tflite.Import.ImportTestModels;
using TT = Lce.CodeGen.Tflite.Schema.TensorType;

namespace Lce.Tests.Tflite.Import;

/// <summary>Builtins the dialect does not model keep their options for export; 8-bit constants get TF's narrow/full ranges; the translation seam.</summary>
public class OpaqueOpsAndNarrowRangeTests
{
    private static Operation Body(Operation module, string name) =>
        module.GetRegion(0).EntryBlock!.Operations.First().GetRegion(0).EntryBlock!.Operations.First(o => o.Name == name);

    [Fact]
    public void GatherKeepsItsOptionsTableForExport()
    {
        byte[] file = File.ReadAllBytes(ImportGoldenTests.InputPath("gather.tflite"));
        var (module, _, _) = ImportBytes(file);
        var gather = Body(module!, "tfl.gather");
        Assert.True(OpaqueBuiltinOps.TryDescribe(gather, out var code, out var options, out var error), error);
        Assert.Equal(BuiltinOperator.Gather, code);
        Assert.Equal(BuiltinOptionsType.GatherOptions, options!.Type);

        // Written into a model and read back, the table has the original's fields: axis (slot 0) = 1.
        var original = TfliteModelReader.Read(file).Subgraphs[0].Operators[0].BuiltinOptions as OpaqueOptions;
        var model = TfliteModelReader.Read(file);
        var rewritten = model with { Subgraphs = [model.Subgraphs[0] with { Operators = [model.Subgraphs[0].Operators[0] with { BuiltinOptions = options }] }] };
        var back = TfliteModelReader.Read(TfliteModelWriter.ToArray(rewritten)).Subgraphs[0].Operators[0].BuiltinOptions as OpaqueOptions;
        Assert.Equal(1, back!.Table.Get(0, 0));
        Assert.Equal(original!.Table.Get(0, 0), back.Table.Get(0, 0));
        Assert.Equal(original.Table.Has(1), back.Table.Has(1));
    }

    [Fact]
    public void ExportOfAnImportedOpaqueOpKeepsItsCodeAndOptions()
    {
        byte[] file = File.ReadAllBytes(ImportGoldenTests.InputPath("gather.tflite"));
        var (module, _, _) = ImportBytes(file);
        var exported = TfliteModelReader.Read(TfliteModelWriter.ToArray(Lce.CodeGen.Tflite.Export.TfliteExporter.Export(module!)));
        var op = Assert.Single(exported.Subgraphs[0].Operators);
        Assert.Equal(BuiltinOperator.Gather, exported.OperatorCodes[(int)op.OpcodeIndex].EffectiveCode);
        var table = Assert.IsType<OpaqueOptions>(op.BuiltinOptions).Table;
        var original = (OpaqueOptions)TfliteModelReader.Read(file).Subgraphs[0].Operators[0].BuiltinOptions!;
        Assert.Equal(original.Table.Get(0, 0), table.Get(0, 0));
        Assert.Equal(1, table.Get(0, 0));
    }

    [Fact]
    public void AnOpaqueOpWithDamagedOptionsIsAnExportDiagnostic()
    {
        byte[] file = File.ReadAllBytes(ImportGoldenTests.InputPath("gather.tflite"));
        var (module, _, _) = ImportBytes(file);
        Body(module!, "tfl.gather").RemoveAttr("tfl.builtin_options");
        var e = Assert.Throws<Lce.CodeGen.Tflite.Export.TfliteExportException>(() => Lce.CodeGen.Tflite.Export.TfliteExporter.Export(module!));
        Assert.Contains("tfl.builtin_options", e.Message);
    }

    [Fact]
    public void ModelledAndCustomOpsAreNotOpaque()
    {
        var (module, _, _) = ImportBytes(TfliteModelWriter.ToArray(LceModel()));
        Assert.False(OpaqueBuiltinOps.TryDescribe(Body(module!, "tfl.relu"), out _, out _, out _));
        Assert.False(OpaqueBuiltinOps.TryDescribe(Body(module!, "tfl.custom"), out _, out _, out _));
    }

    [Fact]
    public void OptionsWithVectorsCannotBePreserved()
    {
        var model = new TfliteModel
        {
            OperatorCodes = [OperatorCode.Builtin(BuiltinOperator.Bucketize, 1)],
            Buffers = [TfliteBuffer.Empty],
            Subgraphs = [new SubGraph { Tensors = [Tn("x", TT.Float32, [4]), Tn("y", TT.Int32, [4])], Inputs = [0], Outputs = [1],
                Operators = [new Operator { Inputs = [0], Outputs = [1], BuiltinOptions = new PreservedOptions(BuiltinOptionsType.BucketizeOptions, []) }] }],
        };
        var (module, _, diagnostics) = ImportBytes(TfliteModelWriter.ToArray(model));
        Assert.Null(module);
        Assert.Contains("BucketizeOptions hold vectors or strings", Assert.Single(diagnostics).Message);
    }

    /// <summary>One int8 constant read as a fully_connected filter and by an ADD: the filter keeps the narrow range, the ADD gets a full-range copy.</summary>
    [Fact]
    public void EightBitConstantsAreNarrowOnlyForFilters()
    {
        var q = new QuantizationParameters { Scale = [0.5f], ZeroPoint = [0] };
        var model = new TfliteModel
        {
            OperatorCodes = [OperatorCode.Builtin(BuiltinOperator.FullyConnected, 4), OperatorCode.Builtin(BuiltinOperator.Add, 2)],
            Buffers = [TfliteBuffer.Empty, new TfliteBuffer { Data = new byte[] { 1, 2, 3, 4 } }],
            Subgraphs = [new SubGraph
            {
                Tensors = [Tn("x", TT.Int8, [2, 2], 0, q), Tn("w", TT.Int8, [2, 2], 1, q), Tn("fc", TT.Int8, [2, 2], 0, q), Tn("sum", TT.Int8, [2, 2], 0, q)],
                Inputs = [0], Outputs = [3],
                Operators = [new Operator { OpcodeIndex = 0, Inputs = [0, 1, -1], Outputs = [2], BuiltinOptions = new FullyConnectedOptions(default) },
                    new Operator { OpcodeIndex = 1, Inputs = [2, 1], Outputs = [3], BuiltinOptions = new AddOptions(default) }],
            }],
        };
        var (_, text, diagnostics) = ImportBytes(TfliteModelWriter.ToArray(model));
        Assert.Empty(diagnostics);
        Assert.Contains("%0 = \"tfl.pseudo_qconst\"() {qtype = tensor<2x2x!quant.uniform<i8<-127:127>:f32, 5.000000e-01>>", text);
        Assert.Contains("%1 = \"tfl.pseudo_qconst\"() {qtype = tensor<2x2x!quant.uniform<i8:f32, 5.000000e-01>>", text);
        Assert.Contains("\"tfl.fully_connected\"(%arg0, %0, %2)", text);
        Assert.Contains("tfl.add %3, %1 ", text);
    }

    [Fact]
    public void ConstantsAreViewsOfTheFileUnlessCopiesAreAsked()
    {
        byte[] file = TfliteModelWriter.ToArray(LceModel());
        static DenseElementsAttr Filter(Operation module) =>
            (DenseElementsAttr)Body(module, "tfl.pseudo_const").GetAttr("value")!;
        var view = Filter(ImportBytes(file).Module!);
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(view.RawDataMemory, out var segment));
        Assert.Same(file, segment.Array);
        var copy = Filter(ImportBytes(file, options: new TfliteImportOptions { CopyConstants = true }).Module!);
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(copy.RawDataMemory, out var own));
        Assert.NotSame(file, own.Array);
        Assert.True(view.RawData.SequenceEqual(copy.RawData));
    }

    [Fact]
    public void TranslationSeamPrintsTheModuleOrTheErrors()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.Equal(0, TfliteToMlir.Run(File.ReadAllBytes(ImportGoldenTests.InputPath("add.tflite")), "add.tflite", output, errors));
        Assert.StartsWith("module attributes {tfl.description", output.ToString());
        Assert.Equal("", errors.ToString());

        output = new StringWriter();
        Assert.Equal(1, TfliteToMlir.Run(new byte[] { 1, 2, 3 }, "bad.tflite", output, errors));
        Assert.Equal("", output.ToString());
        Assert.StartsWith("bad.tflite:0:0: error: couldn't parse flatbuffer: ", errors.ToString());
    }
}
