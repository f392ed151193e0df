using Lce.Dialects.Quant;
using Lce.IR;
using Lce.Transforms.Tf.PrepareTf;

namespace Lce.Transforms.Tfl.Quantize;

/// <summary>
/// The quantization parameters TF's quantization utilities derive (quantization_utils.cc): weight
/// types from a constant's content (per tensor, or per channel and symmetric), bias types from the
/// scales of the operands they accumulate with, the signed twin of an unsigned type, and the
/// range-to-type conversion of MLIR's fakeQuantAttrsToType.
/// </summary>
public static class QuantParams
{
    /// <summary>
    /// The per-tensor type of a weight: its range widened to include zero, made symmetric when
    /// <paramref name="symmetric"/>, then converted as a fake-quant range of 8 bits.
    /// </summary>
    public static QuantizedType? ForWeight(IRContext ctx, FloatType expressed, ReadOnlySpan<float> values, bool symmetric, bool signed, bool narrowRange)
    {
        double min = 0, max = 0;
        foreach (var v in values) { min = Math.Min(min, v); max = Math.Max(max, v); }
        if (symmetric) { double m = Math.Max(-min, max); (min, max) = (-m, m); }
        return FakeQuantRange.ToType(ctx, expressed, min, max, 8, narrowRange, signed);
    }

    /// <summary>
    /// The per-channel symmetric type of a weight along <paramref name="dim"/> (narrow range): each
    /// channel's largest magnitude maps to the largest storage value. An all-zero channel gets scale
    /// 1 and zero point 0 (so kernels that assume symmetric weights stay right).
    /// </summary>
    public static QuantizedType? ForWeightPerAxis(IRContext ctx, FloatType expressed, ReadOnlySpan<float> values, IReadOnlyList<long> shape, int dim, bool signed)
    {
        if (dim < 0 || dim >= shape.Count) return null;
        int channels = (int)shape[dim];
        long inner = 1;
        for (int i = dim + 1; i < shape.Count; i++) inner *= shape[i];
        var magnitude = new double[channels];
        for (int i = 0; i < values.Length; i++)
        {
            int c = (int)(i / inner % channels);
            magnitude[c] = Math.Max(magnitude[c], Math.Abs((double)values[i]));
        }
        long qmin = signed ? -127 : 1, qmax = signed ? 127 : 255;
        var scales = new double[channels];
        var zeroPoints = new long[channels];
        for (int c = 0; c < channels; c++)
        {
            if (magnitude[c] < 2.220446049250313e-16) { scales[c] = 1.0; zeroPoints[c] = signed ? 0 : 128; continue; }
            (scales[c], zeroPoints[c]) = FakeQuantRange.NudgedScaleAndZeroPoint(qmin, qmax, -magnitude[c], magnitude[c]);
        }
        return UniformQuantizedPerAxisType.TryGet(ctx, signed ? QuantizationFlags.Signed : QuantizationFlags.None, IntegerType.Get(ctx, 8),
            expressed, scales, zeroPoints, dim, qmin, qmax, out _);
    }

    /// <summary>
    /// The type of a bias accumulated with operands of the given types: i32, zero point 0, scale
    /// the product of theirs; per channel (dimension 0) when one of them is per channel.
    /// </summary>
    public static QuantizedType? ForBias(IRContext ctx, IReadOnlyList<QuantizedType> operandTypes)
    {
        if (operandTypes.Count == 0 || operandTypes[0].ExpressedType is not { } expressed) return null;
        int channels = 1;
        foreach (var t in operandTypes)
        {
            if (t is UniformQuantizedPerAxisType p)
            {
                if (channels != 1 && channels != p.Scales.Count) return null;
                channels = p.Scales.Count;
            }
            else if (t is not UniformQuantizedType) return null;
        }
        var scales = Enumerable.Repeat(1.0, channels).ToArray();
        foreach (var t in operandTypes)
            for (int c = 0; c < channels; c++)
                scales[c] *= t is UniformQuantizedType u ? u.Scale : ((UniformQuantizedPerAxisType)t).Scales[c];
        var i32 = IntegerType.Get(ctx, 32);
        long min = QuantizedType.DefaultMinimumForInteger(true, 32), max = QuantizedType.DefaultMaximumForInteger(true, 32);
        if (operandTypes.All(t => t is UniformQuantizedType))
            return UniformQuantizedType.TryGet(ctx, QuantizationFlags.Signed, i32, expressed, scales[0], 0, min, max, out _);
        return UniformQuantizedPerAxisType.TryGet(ctx, QuantizationFlags.Signed, i32, expressed, scales, new long[channels], 0, min, max, out _);
    }

    /// <summary>
    /// The signed type with the same real values as an unsigned one (TF's ConvertUnsignedToSigned):
    /// storage range and zero points move down by half the storage range. Null when the type is
    /// already signed or not uniform.
    /// </summary>
    public static QuantizedType? ToSigned(IRContext ctx, QuantizedType type)
    {
        if (type.IsSigned || type.StorageType is not { } storage) return null;
        long offset = 1L << (storage.Width - 1);
        long min = type.StorageTypeMin - offset, max = type.StorageTypeMax - offset;
        return type switch
        {
            UniformQuantizedType u => UniformQuantizedType.TryGet(ctx, QuantizationFlags.Signed, storage, u.ExpressedType, u.Scale, u.ZeroPoint - offset, min, max, out _),
            UniformQuantizedPerAxisType p => UniformQuantizedPerAxisType.TryGet(ctx, QuantizationFlags.Signed, storage, p.ExpressedType,
                p.Scales, p.ZeroPoints.Select(z => z - offset), p.QuantizedDimension, min, max, out _),
            _ => null,
        };
    }

    /// <summary>The element type of a tensor type, when it is quantized.</summary>
    public static QuantizedType? Element(IRType type) => type is ShapedType { ElementType: QuantizedType q } ? q : null;

    /// <summary>Whether a type is a tensor of f32 (what the passes quantize).</summary>
    public static bool IsF32Tensor(IRType type) => type is ShapedType { ElementType: FloatType { Width: 32 } };
}
