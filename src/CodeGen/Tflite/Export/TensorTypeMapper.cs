using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects.Quant;
using Lce.Dialects.Tfl;

namespace Lce.CodeGen.Tflite.Export;

/// <summary>
/// IR tensor types as TFLite tensors: element type (quantized types by their storage type), shape
/// (a dynamic dimension is 1 in <c>shape</c> and -1 in <c>shape_signature</c>, as TF writes them),
/// and quantization parameters (per-tensor or per-axis; an empty table for other tensors).
/// </summary>
public static class TensorTypeMapper
{
    public sealed record Mapped(TensorType Type, int[] Shape, int[]? ShapeSignature, bool HasRank, QuantizationParameters Quantization);

    public static Mapped Map(IRType type, Location loc)
    {
        if (type is not ShapedType { } shaped || type is not (RankedTensorType or UnrankedTensorType))
            throw new TfliteExportException($"type '{type}' is not a tensor type", loc);
        var element = ElementType(shaped.ElementType)
            ?? throw new TfliteExportException($"element type '{shaped.ElementType}' has no TFLite tensor type", loc);
        var quant = Quantization(shaped.ElementType);
        if (type is not RankedTensorType ranked) return new Mapped(element, [], null, false, quant);
        var shape = new int[ranked.Rank];
        int[]? signature = null;
        for (int i = 0; i < shape.Length; i++)
        {
            long d = ranked.Shape[i];
            if (d < 0)
            {
                signature ??= new int[shape.Length];
                shape[i] = 1;
            }
            else if (d > int.MaxValue) throw new TfliteExportException($"dimension {d} of '{type}' does not fit TFLite's 32-bit shapes", loc);
            else shape[i] = (int)d;
        }
        if (signature is not null)
            for (int i = 0; i < shape.Length; i++) signature[i] = ranked.Shape[i] < 0 ? -1 : (int)ranked.Shape[i];
        return new Mapped(element, shape, signature, true, quant);
    }

    /// <summary>The TFLite type of an element type, or null when TFLite has none.</summary>
    public static TensorType? ElementType(IRType element) => element switch
    {
        QuantizedType { StorageType: { } st } q => Integer(st.Width, q.IsSigned),
        FloatType f when f.Width == 32 && f.Semantics == IR.Numerics.FloatSemantics.Single => TensorType.Float32,
        FloatType f when f.Width == 16 && f.Semantics == IR.Numerics.FloatSemantics.Half => TensorType.Float16,
        FloatType f when f.Width == 16 && f.Semantics == IR.Numerics.FloatSemantics.BFloat16 => TensorType.BFloat16,
        FloatType f when f.Width == 64 => TensorType.Float64,
        IntegerType { Width: 1 } => TensorType.Bool,
        IntegerType i => Integer(i.Width, i.Signedness != Signedness.Unsigned),
        ComplexType { ElementType: FloatType { Width: 32 } } => TensorType.Complex64,
        ComplexType { ElementType: FloatType { Width: 64 } } => TensorType.Complex128,
        _ when TflQuantTypes.IsTfString(element) => TensorType.String,
        _ when TflQuantTypes.IsTfQuint8(element) => TensorType.UInt8,
        _ => null,
    };

    private static TensorType? Integer(int width, bool signed) => (width, signed) switch
    {
        (4, true) => TensorType.Int4,
        (8, true) => TensorType.Int8,
        (8, false) => TensorType.UInt8,
        (16, true) => TensorType.Int16,
        (16, false) => TensorType.UInt16,
        (32, true) => TensorType.Int32,
        (32, false) => TensorType.UInt32,
        (64, true) => TensorType.Int64,
        (64, false) => TensorType.UInt64,
        _ => null,
    };

    private static QuantizationParameters Quantization(IRType element) => element switch
    {
        UniformQuantizedType q => new QuantizationParameters { Scale = [(float)q.Scale], ZeroPoint = [q.ZeroPoint] },
        UniformQuantizedPerAxisType q => new QuantizationParameters
        {
            Scale = q.Scales.Select(s => (float)s).ToArray(),
            ZeroPoint = q.ZeroPoints.ToArray(),
            QuantizedDimension = q.QuantizedDimension,
        },
        _ => new QuantizationParameters(),
    };
}
