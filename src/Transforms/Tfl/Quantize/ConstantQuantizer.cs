using System.Buffers.Binary;
using Lce.Dialects.Quant;
using Lce.IR;

namespace Lce.Transforms.Tfl.Quantize;

/// <summary>
/// Float constant data to the storage integers of a quantized type, as MLIR's
/// UniformQuantizedValueConverter does: real / scale rounded half away from zero, plus the zero
/// point, clamped to the storage range; per channel along the type's quantized dimension.
/// </summary>
public static class ConstantQuantizer
{
    /// <summary>The storage values as a dense attribute of the storage type, or null for an unsupported type or shape.</summary>
    public static DenseElementsAttr? Quantize(IRContext ctx, DenseElementsAttr values, QuantizedType type)
    {
        if (values.ShapedType is not RankedTensorType shape || type.StorageType is not { Width: 8 or 16 or 32 } storage) return null;
        if (!values.IsF32()) return null;
        var real = values.ToF32Array();
        long channels = 1, inner = 1;
        Func<long, (double Scale, long ZeroPoint)> parameters;
        switch (type)
        {
            case UniformQuantizedType u:
                parameters = _ => (u.Scale, u.ZeroPoint);
                break;
            case UniformQuantizedPerAxisType p when p.QuantizedDimension < shape.Rank && shape.Shape[p.QuantizedDimension] == p.Scales.Count:
                channels = p.Scales.Count;
                for (int i = p.QuantizedDimension + 1; i < shape.Rank; i++) inner *= shape.Shape[i];
                parameters = c => (p.Scales[(int)c], p.ZeroPoints[(int)c]);
                break;
            default:
                return null;
        }
        int width = storage.Width / 8;
        var bytes = new byte[real.Length * width];
        for (long i = 0; i < real.Length; i++)
        {
            var (scale, zeroPoint) = parameters(i / inner % channels);
            long q = Math.Clamp((long)Math.Round(real[i] / scale, MidpointRounding.AwayFromZero) + zeroPoint, type.StorageTypeMin, type.StorageTypeMax);
            var slot = bytes.AsSpan((int)(i * width), width);
            switch (width)
            {
                case 1: slot[0] = (byte)(sbyte)q; break;
                case 2: BinaryPrimitives.WriteInt16LittleEndian(slot, (short)q); break;
                default: BinaryPrimitives.WriteInt32LittleEndian(slot, (int)q); break;
            }
        }
        var storageType = RankedTensorType.Get(ctx, shape.Shape, storage);
        return DenseElementsAttr.FromRaw(ctx, storageType, bytes, isSplat: false);
    }
}
