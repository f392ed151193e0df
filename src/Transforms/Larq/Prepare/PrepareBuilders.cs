using Lce.Dialects;
using Lce.Dialects.Arith;
using Lce.Dialects.Lq;
using Lce.Dialects.Tf;
using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>
/// What LCE's DRR results build through NativeCodeCalls and op builders, for the rewrite
/// sections of Prepare.pdll: each creates its op at the rewriter's insertion point (so the
/// creation order, which decides the printed order of hoisted constants, is DRR's) with the
/// location and result type the C++ code gives it.
/// </summary>
public static class PrepareBuilders
{
    /// <summary>
    /// CreateTFShapeOp for a statically shaped select: the constant `tf.Shape` (use32Bit=false)
    /// folds to, `arith.constant dense&lt;shape&gt; : tensor&lt;rank x i64&gt;`, built at the select's
    /// location where LCE builds the Shape op. (LCE's tf.Shape folds into a tf.Const that the
    /// op-removal patterns turn into this arith.constant.)
    /// </summary>
    public static Value CreateShapeConstant(Builder b, Value select)
    {
        var type = (RankedTensorType)select.Type;
        return ConstantOp.Build(b, TfConstants.IntVector(b.Context, type.Shape, 64), FilterShape.LocationOf(select)).GetResult(0);
    }

    /// <summary>
    /// CreateTFBroadcastToOp: `tf.BroadcastTo(input, shape)` at the select's location whose result
    /// has the select's shape and the input's element type (i1).
    /// </summary>
    public static Value CreateBroadcastTo(Builder b, Value select, Value input, Value shape)
    {
        var resultType = RankedTensorType.Get(b.Context, ((RankedTensorType)select.Type).Shape, TypeUtil.ElementTypeOrSelf(input.Type));
        return TfBuild.Op(b, "BroadcastTo", FilterShape.LocationOf(select), [input, shape], [resultType]).GetResult(0);
    }

    /// <summary>CreateNoneValue: a `tfl.no_value` at the location of <paramref name="input"/>.</summary>
    public static Value CreateNoneValue(Builder b, Value input) => TflBuild.NoValue(b, FilterShape.LocationOf(input));

    /// <summary>lq.Quantize's builder: the input's shape with the innermost dimension packed into ⌈C/32⌉ i32 words.</summary>
    public static IRType PackedType(IRContext ctx, Value x) => LqShapes.PackedTypeOf(ctx, (RankedTensorType)x.Type);

    /// <summary>
    /// TF's broadcastable binary-op builder (tf.Div): the broadcast of the operand types, or an
    /// unranked tensor of the lhs element type when they do not broadcast.
    /// </summary>
    public static IRType BroadcastType(IRContext ctx, Value x, Value y) =>
        Broadcast.Type(ctx, x.Type, y.Type) ?? UnrankedTensorType.Get(ctx, TypeUtil.ElementTypeOrSelf(x.Type));

    /// <summary>
    /// TransposeOp's builder: with a ranked input and a constant permutation of its rank, the
    /// permuted shape; otherwise an unranked tensor of the input's element type.
    /// </summary>
    public static IRType PermutedType(IRContext ctx, Value x, Value perm)
    {
        var element = TypeUtil.ElementTypeOrSelf(x.Type);
        if (x.Type is RankedTensorType ranked && TfConstants.IntElements(perm) is { } p && p.Length == ranked.Rank
            && p.All(d => d >= 0 && d < ranked.Rank))
            return RankedTensorType.Get(ctx, p.Select(d => ranked.Shape[(int)d]).ToArray(), element);
        return UnrankedTensorType.Get(ctx, element);
    }

    /// <summary>The type of a typed attribute (arith.constant's builder takes its result type from the value).</summary>
    public static IRType AttrType(IRAttribute value) => ((ITypedAttribute)value).Type;

    /// <summary>DRR's location for created ops: the fused locations of the matched ops (given by their results).</summary>
    public static Location FusedLocationOf(IRContext ctx, IEnumerable<Value> matched) =>
        FusedLoc.Get(ctx, matched.Select(v => v.DefiningOp?.Location ?? UnknownLoc.Get(ctx)));
}
