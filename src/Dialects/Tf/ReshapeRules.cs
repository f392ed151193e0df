namespace Lce.Dialects.Tf;

using Lce.IR;

/// <summary>
/// tf.Reshape's type rules (GetReshapeOutputType and ReshapeOp::verify): the expected output type
/// from the shape operand (a constant shape with at most one -1), checked against the declared one.
/// </summary>
public static class ReshapeRules
{
    /// <summary>The output type TF expects, or null after reporting an error through <paramref name="fail"/>.</summary>
    public static IRType? ExpectedType(IRContext ctx, Value tensor, Value shape, Func<string, bool> fail)
    {
        var tensorType = (ShapedType)tensor.Type;
        var element = tensorType.ElementType;
        IRType unranked = UnrankedTensorType.Get(ctx, element);
        if (shape.Type is not RankedTensorType shapeType) return unranked;
        if (shapeType.Rank != 1) { fail($"requires 'shape' to be rank 1, but got {shapeType.Rank}"); return null; }

        var dims = TfConstants.IntElements(shape);
        if (dims is null)
        {
            // Only the length of `shape` is known: a ranked output of unknown sizes.
            return shapeType.HasStaticShape
                ? RankedTensorType.Get(ctx, Enumerable.Repeat(ShapedType.Dynamic, (int)shapeType.Shape[0]), element)
                : unranked;
        }

        bool zeroDim = false;
        int unknown = -1;
        long product = 1;
        var output = new long[dims.Length];
        for (int i = 0; i < dims.Length; i++)
        {
            long size = dims[i];
            if (size == -1 || size == ShapedType.Dynamic)
            {
                if (unknown != -1)
                {
                    fail($"requires 'shape' to have at most one dynamic dimension, but got multiple dynamic dimensions at indices {unknown} and {i}");
                    return null;
                }
                unknown = i;
            }
            else if (size == 0) zeroDim = true;
            else if (size > 0) product *= size;
            else
            {
                fail($"requires 'shape' to have dimensions greater than -1, but got {size} at index {i}");
                return null;
            }
            output[i] = size;
        }
        // TF marks unknown sizes with -1; MLIR types use the dynamic sentinel.
        for (int i = 0; i < output.Length; i++) if (output[i] == -1) output[i] = ShapedType.Dynamic;
        if (!tensorType.HasStaticShape) return RankedTensorType.Get(ctx, output, element);

        if (unknown != -1)
        {
            long tensorSize = 1;
            bool tensorZero = false;
            foreach (var d in tensorType.Shape)
            {
                if (d > 0 || !zeroDim) tensorSize *= d;
                else tensorZero = true;
            }
            long missing = tensorSize / product;
            if (!tensorZero && product * missing != tensorSize)
            {
                fail($"requires 'tensor' number of elements be a multiple of {product}, but got {tensorSize}");
                return null;
            }
            output[unknown] = missing;
        }
        return RankedTensorType.Get(ctx, output, element);
    }

    /// <summary>ReshapeOp::verify.</summary>
    public static bool Verify(Operation op)
    {
        var expected = ExpectedType(op.Context, op.GetOperand(0), op.GetOperand(1), m => TfDialect.Fail(op, m));
        if (expected is null) return false;
        if (op.GetResult(0).Type is not RankedTensorType output) return true;
        var tensor = (ShapedType)op.GetOperand(0).Type;
        if (output.HasStaticShape && tensor.HasStaticShape && output.NumElements != tensor.NumElements)
            return TfDialect.Fail(op, $"requires 'output' number of elements to match 'tensor' number of elements, but got {output.NumElements} and {tensor.NumElements}");
        if (!TfTypeUtil.AreCastCompatible(op.Context, [output, expected]))
            return TfDialect.Fail(op, $"requires 'output' type '{output}' to be cast compatible with expected type '{expected}'");
        return true;
    }
}
