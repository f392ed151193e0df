namespace Lce.Dialects.Quant;

using Lce.IR;

/// <summary>
/// The verifiers of MLIR 22's quant casts (QuantOps.cpp): expressed types must match, and
/// per-axis and sub-channel types must fit the tensor that holds them. Messages are emitted
/// without the "'op' op" prefix, as those verifiers use emitError.
/// </summary>
public static class QuantizationVerifier
{
    /// <summary>verifyQuantizationOp for qcast/dcast: <paramref name="quantizedSide"/> holds the quantized type.</summary>
    public static bool VerifyQuantizationOp(Operation op, IRType quantizedSide, IRType floatSide)
    {
        var quantized = (QuantizedType)TypeUtil.ElementTypeOrSelf(quantizedSide);
        var floatType = TypeUtil.ElementTypeOrSelf(floatSide);
        if (!ReferenceEquals(quantized.ExpressedType, floatType))
            return Fail(op, "expressed type in quantized type expected to match float type");
        return VerifyContainer(op, quantized, op.GetOperand(0).Type);
    }

    /// <summary>StorageCastOp::verify.</summary>
    public static bool VerifyStorageCast(Operation op)
    {
        IRType input = TypeUtil.ElementTypeOrSelf(op.GetOperand(0).Type), result = TypeUtil.ElementTypeOrSelf(op.GetResult(0).Type);
        var integer = input as IntegerType ?? (IntegerType)result;
        var quantized = input as QuantizedType ?? (QuantizedType)result;
        if (!ReferenceEquals(quantized.StorageType, integer))
            return Fail(op, "storage type in quantized type expected to match integer type");
        return VerifyContainer(op, quantized, op.GetOperand(0).Type);
    }

    private static bool VerifyContainer(Operation op, QuantizedType quantized, IRType container) => quantized switch
    {
        UniformQuantizedPerAxisType perAxis => VerifyPerAxis(op, perAxis, container),
        UniformQuantizedSubChannelType sub => VerifySubChannel(op, sub, container),
        _ => true,
    };

    /// <summary>verifyPerAxisQuantization: a tensor whose quantized dimension exists and has one slice per scale.</summary>
    private static bool VerifyPerAxis(Operation op, UniformQuantizedPerAxisType type, IRType container)
    {
        if (container is not (RankedTensorType or UnrankedTensorType)) return Fail(op, "scalar types may not use per-axis quantization");
        if (container is not RankedTensorType tensor) return true;
        int dim = type.QuantizedDimension;
        if (dim >= tensor.Rank) return Fail(op, "quantized dimension must be less than tensor rank");
        long size = tensor.Shape[dim];
        if (size != ShapedType.Dynamic && size != type.Scales.Count)
            return Fail(op, "quantized dimension size does not match number of scales");
        return true;
    }

    /// <summary>verifySubChannelQuantization: a ranked tensor the blocks divide, with a scales tensor of the resulting shape.</summary>
    private static bool VerifySubChannel(Operation op, UniformQuantizedSubChannelType type, IRType container)
    {
        if (container is not (RankedTensorType or UnrankedTensorType)) return Fail(op, "scalar types may not use sub-channel quantization");
        if (container is not RankedTensorType tensor)
            return Fail(op, "tensor containing the sub-channel quantized type must be ranked");
        var shape = tensor.Shape;
        var expected = Enumerable.Repeat(1L, shape.Count).ToArray();
        foreach (var (axis, block) in type.BlockSizes)
        {
            if (axis >= tensor.Rank) return Fail(op, $"quantized dimension {axis} must be less than tensor rank {tensor.Rank}");
            long size = shape[axis];
            if (size != ShapedType.Dynamic && size % block != 0)
                return Fail(op, $"tensor dimension size {size} at axis {axis} must be divisible by the corresponding block size {block}");
            expected[axis] = size == ShapedType.Dynamic ? ShapedType.Dynamic : size / block;
        }
        if (shape.Contains(0)) return Fail(op, "tensor dimension size of zero is not allowed with sub-channel quantization");
        var scaleShape = type.ScalesShape;
        if (scaleShape.Count != shape.Count)
            return Fail(op, $"Rank of scales {scaleShape.Count} must match the rank of the tensor {shape.Count}");
        for (int i = 0; i < expected.Length; i++)
        {
            // MLIR prints the expected size twice here (its message names the wrong variable).
            if (expected[i] != ShapedType.Dynamic && expected[i] != scaleShape[i])
                return Fail(op, $"dimension size {expected[i]} of scales tensor at axis {i} should match " +
                    $"(tensor dimension at axis / block sizes at axis) = {expected[i]}");
        }
        return true;
    }

    private static bool Fail(Operation op, string message)
    {
        op.EmitError(message);
        return false;
    }
}
