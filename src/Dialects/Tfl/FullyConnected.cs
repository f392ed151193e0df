namespace Lce.Dialects.Tfl;

using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>tfl.fully_connected: TF's shape verifier, f32 constant folder and zero-bias canonicalization.</summary>
internal static class FullyConnected
{
    public static bool Verify(Operation op)
    {
        var input = (ShapedType)op.GetOperand(0).Type;
        var filter = (ShapedType)op.GetOperand(1).Type;
        if (filter.HasRank && filter.Rank != 2)
        {
            op.EmitOpError($"expect 2d filter, got '{filter}'");
            return false;
        }
        if (!input.HasStaticShape || !filter.HasStaticShape) return true;
        long zIn = filter.Shape[1];
        long inputElements = input.NumElements;
        if (zIn != 0 && inputElements % zIn != 0)
        {
            op.EmitOpError($"expect 'input' num_elements % {zIn} == 0, got input type '{input}'");
            return false;
        }
        if (op.GetAttr("weights_format") is not StringAttr { Value: TflEnums.DefaultWeights }) return true;
        if (op.NumResults == 0 || op.GetResult(0).Type is not ShapedType { HasStaticShape: true } output) return true;
        long outputElements = output.NumElements;
        long zOut = filter.Shape[0];
        // TF divides by z_out unguarded; a zero-sized filter leaves nothing to compare here.
        if (zOut == 0) return true;
        if (outputElements % zOut != 0)
        {
            op.EmitOpError($"expect 'output' num_elements % {zOut} == 0, got '{output}'");
            return false;
        }
        if (zIn != 0 && inputElements / zIn != outputElements / zOut)
        {
            op.EmitOpError("num_input_elements / z_in != num_output_elements / z_out");
            return false;
        }
        return true;
    }

    /// <summary>
    /// Folds f32 constants with activation NONE and DEFAULT weights: input [N] or [1, N],
    /// weights [M, N], optional bias [M] or [1, M]; each output is a Neumaier-compensated dot
    /// product in single precision, as TF computes it.
    /// </summary>
    public static IReadOnlyList<object>? Fold(Operation op, IReadOnlyList<IRAttribute?> operands)
    {
        if (op.GetAttr("fused_activation_function") is not StringAttr { Value: TflEnums.None }) return null;
        if (op.GetAttr("weights_format") is not StringAttr { Value: TflEnums.DefaultWeights }) return null;
        if (op.NumResults != 1 || operands.Count != 3) return null;
        bool hasBias = op.GetOperand(2).Type is not NoneType;
        if (operands[0] is not DenseElementsAttr input || operands[1] is not DenseElementsAttr weights) return null;
        DenseElementsAttr? bias = null;
        if (hasBias && (bias = operands[2] as DenseElementsAttr) is null) return null;
        if (op.GetResult(0).Type is not ShapedType { HasStaticShape: true } output) return null;
        if (!IsF32(input) || !IsF32(weights) || !IsF32(output.ElementType) || (bias is not null && !IsF32(bias))) return null;
        if (!Foldable(input.ShapedType.Shape) || weights.ShapedType.Rank != 2 || (bias is not null && !Foldable(bias.ShapedType.Shape)))
            return null;
        long inputSize = input.NumElements, outputSize = output.NumElements;
        // TF reads past the constants when the shapes disagree; here that leaves the op unfolded.
        if (weights.NumElements < outputSize * inputSize || (bias is not null && bias.NumElements < outputSize)) return null;
        var result = new float[outputSize];
        for (long i = 0; i < outputSize; i++)
        {
            float sum = bias is null ? 0f : F32(bias, i);
            float compensation = 0f;
            for (long j = 0; j < inputSize; j++)
            {
                float addend = F32(input, j) * F32(weights, i * inputSize + j);
                float newSum = sum + addend;
                compensation += Math.Abs(sum) >= Math.Abs(addend) ? (sum - newSum) + addend : (addend - newSum) + sum;
                sum = newSum;
            }
            result[i] = sum + compensation;
        }
        var data = new byte[result.Length * 4];
        Buffer.BlockCopy(result, 0, data, 0, data.Length);
        return [DenseElementsAttr.FromRaw(op.Context, output, data, isSplat: false)];
    }

    private static bool Foldable(IReadOnlyList<long> shape) => shape.Count == 1 || (shape.Count == 2 && shape[0] == 1);

    private static bool IsF32(DenseElementsAttr a) => IsF32(a.ShapedType.ElementType);

    private static bool IsF32(IRType t) => t is FloatType f && ReferenceEquals(f.Semantics, IR.Numerics.FloatSemantics.Single);

    private static float F32(DenseElementsAttr a, long i) => BitConverter.ToSingle(a.ElementBytes(i));

    /// <summary>
    /// RemoveOptionalZeroBias: a bias that is a splat float zero constant becomes a new
    /// `tfl.no_value` (at an unknown location) inserted before the op.
    /// </summary>
    public static bool RemoveZeroBias(Operation op, PatternRewriter rewriter)
    {
        var bias = op.GetOperand(2);
        if (!Matchers.MatchConstant(bias, out var attr) || attr is not DenseElementsAttr { IsSplat: true } splat) return false;
        if (bias.Type is not ShapedType { ElementType: FloatType ft }) return false;
        if (!new IR.Numerics.ApFloat(ft.Semantics, DenseElementsAttr.ReadBits(splat.ElementBytes(0))).IsZero) return false;
        rewriter.SetInsertionPoint(op);
        var none = TflBuild.NoValue(rewriter, UnknownLoc.Get(op.Context));
        rewriter.ModifyOpInPlace(op, () => op.SetOperand(2, none));
        return true;
    }
}
