using Lce.Dialects.Tf;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tfl.LegalizeTf;

/// <summary>
/// TF's helpers that give tfl ops the i32 shape/permutation operands they require
/// (CreateCastToInt32, CreateInt32ConstOrCast in legalize_tf.cc).
/// </summary>
public static class Int32Operands
{
    /// <summary>
    /// CreateCastToInt32: `createOrFold&lt;TF::CastOp&gt;` to i32 of the same shape. A cast to the
    /// value's own type folds to the value; a constant integer operand is folded by TF's
    /// constant-folding hook into a new `tf.Const` of the converted values (as TF's kernels
    /// convert: wrapping to 32 bits); anything else becomes a `tf.Cast`.
    /// </summary>
    public static Value CastToInt32(PatternRewriter rewriter, Location loc, Value value)
    {
        var ctx = rewriter.Context;
        var i32 = IntegerType.Get(ctx, 32);
        IRType type = value.Type is RankedTensorType r ? RankedTensorType.Get(ctx, r.Shape, i32) : UnrankedTensorType.Get(ctx, i32);
        if (ReferenceEquals(type, value.Type)) return value;
        if (type is RankedTensorType { HasStaticShape: true } ranked && IntegerConstant(value) is { } values)
            return TfBuild.Const(rewriter, I32Elements(ctx, ranked, values), ranked, loc).GetResult(0);
        return TfBuild.Op(rewriter, "Cast", loc, [value], [type], ("Truncate", BoolAttr.Get(ctx, false))).GetResult(0);
    }

    /// <summary>
    /// CreateInt32ConstOrCast: a statically shaped constant becomes a new 1-D i32
    /// `arith.constant` of its values (a dynamic-size marker becomes -1); anything else is cast.
    /// </summary>
    public static Value ConstOrCast(PatternRewriter rewriter, Location loc, Value value)
    {
        if (value.Type is ShapedType { HasStaticShape: true } && IntegerConstant(value) is { } values)
        {
            var ctx = rewriter.Context;
            var type = RankedTensorType.Get(ctx, [values.Length], IntegerType.Get(ctx, 32));
            var sizes = values.Select(v => v == ShapedType.Dynamic ? -1 : v).ToArray();
            return Lce.Dialects.Arith.ConstantOp.Build(rewriter, I32Elements(ctx, type, sizes), loc).GetResult(0);
        }
        return CastToInt32(rewriter, loc, value);
    }

    /// <summary>The values of an integer dense constant (m_Constant), or null.</summary>
    private static long[]? IntegerConstant(Value value)
    {
        if (!Matchers.MatchConstant(value, out var attr) || attr is not DenseElementsAttr { ShapedType.ElementType: IntegerType } dense)
            return null;
        var result = new long[dense.NumElements];
        for (long i = 0; i < result.Length; i++) result[i] = (long)dense.IntegerAt(i);
        return result;
    }

    /// <summary>Dense i32 elements of <paramref name="type"/>, each value wrapped to 32 bits.</summary>
    private static DenseElementsAttr I32Elements(IRContext ctx, RankedTensorType type, IReadOnlyList<long> values)
    {
        var ints = values.Select(v => unchecked((int)v)).ToArray();
        return DenseElementsValues.FromI32(ctx, type, ints);
    }
}
