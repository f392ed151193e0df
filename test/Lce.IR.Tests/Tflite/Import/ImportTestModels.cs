using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects;
using Lce.IR;
using Lce.IR.Printing;
using Lce.CodeGen.Tflite.Import;
using TT = Lce.CodeGen.Tflite.Schema.TensorType;

namespace Lce.Tests.Tflite.Import;

/// <summary>Small models written with <see cref="TfliteModelWriter"/>, the importer's test inputs.</summary>
internal static class ImportTestModels
{
    /// <summary>LceBconv2d options (channels_in 33, dilation 2x2, RELU6, pad_values 1, SAME, stride 3x4), as the translate-tfl lit test holds them.</summary>
    public static readonly byte[] BconvOptions = Convert.FromHexString(
        "6368616E6E656C735F696E0064696C6174696F6E5F6865696768745F666163746F720064696C6174696F6E5F77696474685F666163746F720066757365645F61637469766174696F6E5F66756E6374696F6E007061645F76616C7565730070616464696E67007374726964655F686569676874007374726964655F776964746800088277614C3329221508010821020203010003040404040404040404102401");

    public static TfliteBuffer Data(params int[] values) => new() { Data = values.SelectMany(BitConverter.GetBytes).ToArray() };
    public static TfliteBuffer Floats(params float[] values) => new() { Data = values.SelectMany(BitConverter.GetBytes).ToArray() };

    public static Tensor Tn(string name, TT type, int[] shape, uint buffer = 0, QuantizationParameters? q = null) =>
        new() { Name = name, Type = type, Shape = shape, Buffer = buffer, Quantization = q };

    /// <summary>
    /// An LCE network as LCE's converter writes it: LceQuantize → LceBconv2d (bitpacked filter,
    /// two omitted inputs, thresholds) → LceDequantize → RELU, with a serving_default signature
    /// and the min_runtime_version metadata.
    /// </summary>
    public static TfliteModel LceModel()
    {
        var filter = Enumerable.Range(0, 7 * 3 * 3 * 2).Select(i => i * 2654435761u is var h ? (int)h : 0).ToArray();
        return new TfliteModel
        {
            Description = "MLIR Converted.",
            OperatorCodes = [OperatorCode.Custom("LceQuantize"), OperatorCode.Custom("LceBconv2d"), OperatorCode.Custom("LceDequantize"),
                OperatorCode.Builtin(BuiltinOperator.Relu, 1)],
            Buffers = [TfliteBuffer.Empty, TfliteBuffer.Empty, Data(filter), Data(1, 2, 3, 4, 5, 6, 7), TfliteBuffer.Empty,
                TfliteBuffer.Empty, TfliteBuffer.Empty, new TfliteBuffer { Data = "1.14.0\0\0\0\0\0\0\0\0\0\0"u8.ToArray() }],
            Subgraphs =
            [
                new SubGraph
                {
                    Name = "main",
                    Tensors =
                    [
                        Tn("input", TT.Float32, [1, 12, 12, 33], 1), Tn("filter", TT.Int32, [7, 3, 3, 2], 2), Tn("threshold", TT.Int32, [7], 3),
                        Tn("quantized", TT.Int32, [1, 12, 12, 2], 4), Tn("bconv", TT.Int32, [1, 4, 3, 1], 5),
                        Tn("dequantized", TT.Float32, [1, 4, 3, 7], 6), Tn("Identity", TT.Float32, [1, 4, 3, 7]),
                    ],
                    Inputs = [0],
                    Outputs = [6],
                    Operators =
                    [
                        new Operator { OpcodeIndex = 0, Inputs = [0], Outputs = [3], HasCustomOptions = true },
                        new Operator { OpcodeIndex = 1, Inputs = [3, 1, -1, -1, 2], Outputs = [4], CustomOptions = BconvOptions, HasCustomOptions = true },
                        new Operator { OpcodeIndex = 2, Inputs = [4], Outputs = [5], HasCustomOptions = true },
                        new Operator { OpcodeIndex = 3, Inputs = [5], Outputs = [6] },
                    ],
                },
            ],
            Metadata = [new Metadata("min_runtime_version", 7)],
            SignatureDefs = [new SignatureDef { Inputs = [new TensorMap("input", 0)], Outputs = [new TensorMap("Identity", 6)], SignatureKey = "serving_default" }],
        };
    }

    public static (Operation? Module, string Text, IReadOnlyList<Diagnostic> Diagnostics) ImportBytes(byte[] bytes, IRContext? ctx = null, TfliteImportOptions? options = null)
    {
        ctx ??= StandardDialects.CreateContext();
        var r = TfliteImporter.Import(bytes, ctx, "model.tflite", options);
        return (r.Module, r.Module is null ? "" : AsmPrinter.PrintTopLevel(r.Module, PrinterFlags.Default), r.Diagnostics);
    }
}
