namespace Lce.Dialects.Tfl;

using Lce.IR;

/// <summary>tfl.concatenation: TF's shape verifier and folder (constant operands, empty operands).</summary>
internal static class Concatenation
{
    /// <summary>The `axis` attribute, made non-negative against the output rank.</summary>
    private static long Axis(Operation op, RankedTensorType output)
    {
        long axis = op.GetAttr("axis") is IntegerAttr a ? (int)a.Value : 0;
        return axis < 0 ? axis + output.Rank : axis;
    }

    public static bool Verify(Operation op)
    {
        if (op.GetResult(0).Type is not RankedTensorType output) return true;
        long axis = Axis(op, output);
        if (axis < 0 || axis >= output.Rank)
        {
            op.EmitOpError("concatenation dimension must be in [-rank, rank)");
            return false;
        }
        return VerifyTypes(op, output, (int)axis);
    }

    /// <summary>
    /// VerifyConcatenationOpTypes: ranks equal the output's, non-axis dimensions agree (the
    /// first static size seen, from the output or an earlier operand, is the reference), and the
    /// axis sizes add up to the output's when all are static.
    /// </summary>
    private static bool VerifyTypes(Operation op, RankedTensorType output, int axis)
    {
        const long Dynamic = ShapedType.Dynamic;
        int rank = output.Rank;
        var sizes = output.Shape.ToArray();
        var origin = Enumerable.Repeat(-1L, rank).ToArray();
        sizes[axis] = 0;
        for (int index = 0; index < op.NumOperands; index++)
        {
            if (op.GetOperand(index).Type is not RankedTensorType operand)
            {
                sizes[axis] = Dynamic;
                continue;
            }
            if (operand.Rank != rank)
            {
                op.EmitOpError($"rank of operand #{index} must be equal to rank of output, expected {rank}, got {operand.Rank}");
                return false;
            }
            for (int dim = 0; dim < rank; dim++)
            {
                long size = operand.Shape[dim], seen = sizes[dim];
                if (dim == axis)
                {
                    sizes[axis] = size == Dynamic || seen == Dynamic ? Dynamic : seen + size;
                    continue;
                }
                if (size == Dynamic) continue;
                if (seen == Dynamic) { sizes[dim] = size; origin[dim] = index; continue; }
                if (seen != size)
                {
                    string from = origin[dim] == -1 ? "output" : $"operand #{origin[dim]}";
                    op.EmitOpError($"dimension size of dimension #{dim} of operand #{index} must be equal to dimension size of dimension #{dim} of {from}, expected {seen}, got {size}");
                    return false;
                }
            }
        }
        long outputAxis = output.Shape[axis];
        if (outputAxis != Dynamic && sizes[axis] != Dynamic && sizes[axis] != outputAxis)
        {
            op.EmitOpError($"dimension size of dimension #{axis} of output must be equal to the sum of dimension sizes of dimension #{axis}, expected {sizes[axis]}, got {outputAxis}");
            return false;
        }
        return true;
    }

    /// <summary>
    /// With activation NONE and a static output, dense constant operands fold into one constant;
    /// otherwise operands with no elements are dropped: one remaining operand replaces the op,
    /// several give a new concatenation built in front of it (as TF's folder does).
    /// </summary>
    public static IReadOnlyList<object>? Fold(Operation op, IReadOnlyList<IRAttribute?> operands)
    {
        if (op.GetAttr("fused_activation_function") is StringAttr { Value: TflEnums.None }
            && op.GetResult(0).Type is RankedTensorType { HasStaticShape: true } output
            && Axis(op, output) is var axis and >= 0 && axis < output.Rank
            && operands.Count > 0 && operands.All(a => a is DenseElementsAttr)
            && FoldConstants(op.Context, operands.Cast<DenseElementsAttr>().ToList(), output, (int)axis) is { } folded)
            return [folded];

        var nonEmpty = op.Operands.Where(v => v.Type is not ShapedType { HasStaticShape: true } s || s.NumElements != 0).ToList();
        // With every operand empty TF builds a concatenation of nothing, which it cannot verify; keep the op.
        if (nonEmpty.Count == op.NumOperands || nonEmpty.Count == 0) return null;
        if (nonEmpty.Count == 1) return [nonEmpty[0]];
        var builder = new Builder(op.Context);
        builder.SetInsertionPoint(op);
        var concat = TflBuild.Concatenation(builder, op.Location, op.GetResult(0).Type, nonEmpty,
            (int)((IntegerAttr)op.GetAttr("axis")!).Value, ((StringAttr)op.GetAttr("fused_activation_function")!).Value);
        return [concat];
    }

    /// <summary>ConstFoldConcatenateOpDense: per outer index, each operand's slab in turn.</summary>
    private static DenseElementsAttr? FoldConstants(IRContext ctx, IReadOnlyList<DenseElementsAttr> values, RankedTensorType output, int axis)
    {
        var element = output.ElementType;
        if (values.Any(v => !ReferenceEquals(v.ShapedType.ElementType, element) || v.ShapedType.Rank != output.Rank)) return null;
        long outer = 1, inner = 1;
        for (int d = 0; d < axis; d++) outer *= output.Shape[d];
        for (int d = axis + 1; d < output.Rank; d++) inner *= output.Shape[d];
        int width = DenseElementsAttr.ElementByteWidthOf(element);
        long total = output.NumElements;
        var data = new byte[checked(total * width)];
        long written = 0;
        for (long o = 0; o < outer; o++)
        {
            foreach (var v in values)
            {
                long slab = v.ShapedType.Shape[axis] * inner;
                if (written + slab > total || (o + 1) * slab > v.NumElements) return null;
                for (long k = 0; k < slab; k++)
                    v.ElementBytes(o * slab + k).CopyTo(data.AsSpan((int)((written + k) * width), width));
                written += slab;
            }
        }
        return written == total ? DenseElementsAttr.FromRaw(ctx, output, data, isSplat: false) : null;
    }
}
