using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects.Quant;
using Lce.Dialects.Tf;
using SchemaTensor = Lce.CodeGen.Tflite.Schema.Tensor;

namespace Lce.CodeGen.Tflite.Import;

/// <summary>
/// The MLIR type of a TFLite tensor, as TensorFlow's importer builds it: the element type of the
/// tensor type enum, a `!quant.uniform` element when the tensor has zero points (per-axis when it
/// has more than one scale), and the shape: a constant (or a tensor with <c>has_rank</c>) without
/// dimensions is a scalar, else <c>shape_signature</c> (with -1 as `?`) wins over <c>shape</c>, and no
/// dimensions at all is unranked.
/// </summary>
internal static class TensorTypes
{
    /// <summary>The tensor's type; a tensor the IR cannot type is a <see cref="TfliteImportException"/> at <paramref name="loc"/>.</summary>
    public static ShapedType Of(IRContext ctx, SchemaTensor t, bool isConstant, Location loc)
    {
        var element = IsQuantized(t) ? Quantized(ctx, t, isConstant, loc) : Element(ctx, t.Type, loc);
        if (t.Shape.Count == 0 && (isConstant || t.HasRank)) return RankedTensorType.Get(ctx, [], element);
        if (t.ShapeSignature is { Count: > 0 } signature) return Ranked(ctx, signature, element, loc);
        if (t.Shape.Count > 0) return Ranked(ctx, t.Shape, element, loc);
        return UnrankedTensorType.Get(ctx, element);
    }

    /// <summary>A tensor is quantized when it has zero points (scales alone are not enough, as in TF).</summary>
    public static bool IsQuantized(SchemaTensor t) => t.Quantization is { ZeroPoint.Count: > 0 };

    /// <summary>The storage element type of a tensor type enum value (TF's ConvertElementType).</summary>
    public static IRType Element(IRContext ctx, Schema.TensorType type, Location loc) => type switch
    {
        Schema.TensorType.Float32 => FloatType.F32(ctx),
        Schema.TensorType.Float16 => FloatType.F16(ctx),
        Schema.TensorType.BFloat16 => FloatType.BF16(ctx),
        Schema.TensorType.Float64 => FloatType.F64(ctx),
        Schema.TensorType.Int32 => IntegerType.Get(ctx, 32),
        Schema.TensorType.UInt8 => IntegerType.Get(ctx, 8, Signedness.Unsigned),
        Schema.TensorType.Int64 => IntegerType.Get(ctx, 64),
        Schema.TensorType.String => TfType.String(ctx),
        Schema.TensorType.Bool => IntegerType.Get(ctx, 1),
        Schema.TensorType.Int16 => IntegerType.Get(ctx, 16),
        Schema.TensorType.Complex64 => ComplexType.Get(ctx, FloatType.F32(ctx)),
        Schema.TensorType.Complex128 => ComplexType.Get(ctx, FloatType.F64(ctx)),
        Schema.TensorType.Int8 => IntegerType.Get(ctx, 8),
        Schema.TensorType.UInt64 => IntegerType.Get(ctx, 64, Signedness.Unsigned),
        Schema.TensorType.UInt32 => IntegerType.Get(ctx, 32, Signedness.Unsigned),
        Schema.TensorType.UInt16 => IntegerType.Get(ctx, 16, Signedness.Unsigned),
        Schema.TensorType.Int4 => IntegerType.Get(ctx, 4),
        Schema.TensorType.Resource => TfType.Resource(ctx),
        Schema.TensorType.Variant => TfType.Variant(ctx),
        _ => throw new TfliteImportException($"unknown tensor type {(int)type}", loc),
    };

    private static RankedTensorType Ranked(IRContext ctx, IReadOnlyList<int> dims, IRType element, Location loc)
    {
        var shape = new long[dims.Count];
        for (int i = 0; i < shape.Length; i++)
        {
            if (dims[i] < -1) throw new TfliteImportException($"dimension {i} is {dims[i]}; only -1 (dynamic) may be negative", loc);
            shape[i] = dims[i] == -1 ? ShapedType.Dynamic : dims[i];
        }
        // The IR counts elements in 64 bits (and verifiers do); no TFLite tensor comes near that.
        var product = System.Numerics.BigInteger.One;
        foreach (long d in shape) if (d != ShapedType.Dynamic) product *= d;
        if (product > long.MaxValue) throw new TfliteImportException($"shape [{string.Join(", ", dims)}] has more than 2^63 elements", loc);
        return RankedTensorType.Get(ctx, shape, element);
    }

    /// <summary>
    /// `!quant.uniform` of the tensor's scales and zero points (TF's GetQuantizedType): u8 tensors
    /// are unsigned 8-bit storage, other integer types signed; 8-bit constants get the narrow
    /// range (minimum + 1) TFLite uses for weights; a zero scale becomes the smallest normal float
    /// (some converters write zero scales for all-zero tensors).
    /// </summary>
    private static QuantizedType Quantized(IRContext ctx, SchemaTensor t, bool isConstant, Location loc)
    {
        var q = t.Quantization!;
        if (q.DetailsType == QuantizationDetailsType.CustomQuantization)
            throw new TfliteImportException("cannot import a tensor with custom (experimental) quantization", loc);
        bool signed = t.Type != Schema.TensorType.UInt8;
        var storage = t.Type == Schema.TensorType.UInt8 ? IntegerType.Get(ctx, 8) : Element(ctx, t.Type, loc) as IntegerType;
        if (storage is null || storage.Signedness != Signedness.Signless)
            throw new TfliteImportException($"quantized tensors must be stored as signed integers or uint8, not {t.Type}", loc);
        if (storage.Width > QuantizedType.MaxStorageBits || storage.Width < 2)
            throw new TfliteImportException($"quantized storage of {storage.Width} bits is not supported", loc);
        if (q.Scale.Count == 0) throw new TfliteImportException("a quantized tensor needs at least one scale", loc);
        long min = QuantizedType.DefaultMinimumForInteger(signed, storage.Width) + (isConstant && storage.Width == 8 ? 1 : 0);
        long max = QuantizedType.DefaultMaximumForInteger(signed, storage.Width);
        var flags = signed ? QuantizationFlags.Signed : QuantizationFlags.None;
        var scales = q.Scale.Select(s => s == 0 ? SmallestNormalFloat : s).ToArray();
        var f32 = FloatType.F32(ctx);
        string? error;
        QuantizedType? type;
        if (q.Scale.Count != 1)
            type = UniformQuantizedPerAxisType.TryGet(ctx, flags, storage, f32, scales, q.ZeroPoint, q.QuantizedDimension, min, max, out error);
        else
            type = UniformQuantizedType.TryGet(ctx, flags, storage, f32, scales[0], q.ZeroPoint[0], min, max, out error);
        return type ?? throw new TfliteImportException($"invalid quantization parameters: {error}", loc);
    }

    /// <summary>FLT_MIN: what TF substitutes for a zero scale.</summary>
    private const double SmallestNormalFloat = 1.17549435082228750797e-38;
}
