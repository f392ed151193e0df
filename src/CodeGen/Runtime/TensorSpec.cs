namespace Lce.CodeGen.Runtime;

using Lce.Dialects.Quant;

/// <summary>What a tensor is, without its storage: element type, static shape and quantization.</summary>
public sealed record TensorSpec(DType DType, int[] Shape, TensorQuantization? Quantization = null)
{
    public long ElementCount => Tensor.CountOf(Shape);

    public long ByteSize => ElementCount * DType.ByteSize();

    public string ShapeText => "[" + string.Join(", ", Shape) + "]";

    public bool Equals(TensorSpec? other) => other is not null && DType == other.DType
        && Shape.AsSpan().SequenceEqual(other.Shape) && Equals(Quantization, other.Quantization);

    public override int GetHashCode() => HashCode.Combine(DType, Shape.Length);

    public override string ToString() => $"{DType.Name()}{ShapeText}";

    /// <summary>
    /// The spec of a statically shaped ranked tensor type; null with a reason for anything the
    /// executor cannot store (dynamic shapes, unranked tensors, other element types).
    /// </summary>
    public static TensorSpec? FromIRType(IRType type, out string? error)
    {
        error = null;
        if (type is not RankedTensorType rt)
        {
            error = type is UnrankedTensorType ? $"unranked tensor type '{type}' is not supported" : $"type '{type}' is not a ranked tensor";
            return null;
        }
        if (!rt.HasStaticShape)
        {
            error = $"dynamically shaped type '{type}' is not supported";
            return null;
        }
        var shape = new int[rt.Rank];
        for (int i = 0; i < shape.Length; i++)
        {
            if (rt.Shape[i] > int.MaxValue) { error = $"dimension of '{type}' is too large"; return null; }
            shape[i] = (int)rt.Shape[i];
        }
        var dtype = ElementDType(rt.ElementType, out var quant);
        if (dtype is null)
        {
            error = $"element type '{rt.ElementType}' of '{type}' is not supported";
            return null;
        }
        return new TensorSpec(dtype.Value, shape, quant);
    }

    /// <summary>The stored element type of an IR element type (the storage type of a quantized type).</summary>
    public static DType? ElementDType(IRType element, out TensorQuantization? quant)
    {
        quant = null;
        switch (element)
        {
            case UniformQuantizedType q:
                quant = TensorQuantization.PerTensor(q.Scale, q.ZeroPoint);
                return Storage(q.StorageType.Width, q.IsSigned);
            case UniformQuantizedPerAxisType q:
                quant = new TensorQuantization(q.Scales, q.ZeroPoints, q.QuantizedDimension);
                return Storage(q.StorageType.Width, q.IsSigned);
            case FloatType { Width: 32 } f when f.Semantics == IR.Numerics.FloatSemantics.Single:
                return DType.Float32;
            case IntegerType { Width: 1 }:
                return DType.Bool;
            case IntegerType { Width: 8 } i:
                return i.Signedness == Signedness.Unsigned ? DType.UInt8 : DType.Int8;
            case IntegerType { Width: 32 } i when i.Signedness != Signedness.Unsigned:
                return DType.Int32;
            case IntegerType { Width: 64 } i when i.Signedness != Signedness.Unsigned:
                return DType.Int64;
            default:
                return null;
        }
    }

    private static DType? Storage(int width, bool signed) => (width, signed) switch
    {
        (8, true) => DType.Int8,
        (8, false) => DType.UInt8,
        (32, true) => DType.Int32,
        _ => null,
    };
}
