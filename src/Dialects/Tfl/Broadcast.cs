namespace Lce.Dialects.Tfl;

using Lce.IR;

/// <summary>
/// NumPy-style broadcasting as MLIR's OpTrait::util implements it (getBroadcastedShape,
/// getBroadcastedType) and the ResultsBroadcastableShape trait's verifier, which TFL's
/// elementwise binary ops carry.
/// </summary>
public static class Broadcast
{
    private const long Dynamic = ShapedType.Dynamic;

    /// <summary>
    /// The broadcast of two shapes, aligned at the trailing dimension; null when a pair of
    /// static dimensions differs and neither is 1. Dynamic dimensions take the other side's
    /// size when it is greater than 1, else stay dynamic (MLIR's rule).
    /// </summary>
    public static long[]? Shape(IReadOnlyList<long> a, IReadOnlyList<long> b)
    {
        var result = (a.Count > b.Count ? a : b).ToArray();
        int i1 = a.Count - 1, i2 = b.Count - 1, r = result.Length - 1;
        for (; i1 >= 0 && i2 >= 0; i1--, i2--, r--)
        {
            long x = a[i1], y = b[i2];
            if (x == Dynamic || y == Dynamic)
            {
                if (x > 1) result[r] = x;
                else if (y > 1) result[r] = y;
                else if (x == 1) result[r] = y;
                else if (y == 1) result[r] = x;
                else result[r] = Dynamic;
            }
            else if (x == y || y == 1) result[r] = x;
            else if (x == 1) result[r] = y;
            else return null;
        }
        return result;
    }

    /// <summary>
    /// OpTrait::util::getBroadcastedType: the broadcast type of two values' types, or null when
    /// element types differ (unless <paramref name="elementType"/> is given), a vector meets an
    /// unranked tensor or a tensor, or the shapes do not broadcast.
    /// </summary>
    public static IRType? Type(IRContext ctx, IRType t1, IRType t2, IRType? elementType = null)
    {
        if (elementType is null)
        {
            elementType = TypeUtil.ElementTypeOrSelf(t1);
            if (!ReferenceEquals(elementType, TypeUtil.ElementTypeOrSelf(t2))) return null;
        }
        if (t1 is UnrankedTensorType || t2 is UnrankedTensorType)
            return t1 is VectorType || t2 is VectorType ? null : UnrankedTensorType.Get(ctx, elementType);
        bool composite1 = t1 is VectorType or RankedTensorType, composite2 = t2 is VectorType or RankedTensorType;
        if (composite1 && composite2 && t1.GetType() != t2.GetType()) return null;
        var kind = composite1 ? t1 : composite2 ? t2 : null;
        var shape = Shape(ShapeOf(t1), ShapeOf(t2));
        if (shape is null) return null;
        return kind switch
        {
            VectorType => VectorType.Get(ctx, shape, elementType),
            RankedTensorType => RankedTensorType.Get(ctx, shape, elementType),
            _ => elementType,
        };
    }

    /// <summary>The dimensions of a shaped type; empty for scalars.</summary>
    public static IReadOnlyList<long> ShapeOf(IRType t) => t is ShapedType { HasRank: true } s ? s.Shape : [];

    /// <summary>
    /// OpTrait::impl::verifyCompatibleOperandBroadcast: ranked operands broadcast together and
    /// every ranked result is compatible with the trailing part of that shape.
    /// </summary>
    public static bool VerifyResultsBroadcastable(Operation op)
    {
        var all = op.OperandTypes.Concat(op.ResultTypes).ToList();
        if (all.Any(TypeUtil.IsTensor) && all.Any(t => t is VectorType))
        {
            op.EmitError("cannot broadcast vector with tensor");
            return false;
        }
        var ranked = op.OperandTypes.OfType<RankedTensorType>().ToList();
        if (ranked.Count == 0) return true;
        IReadOnlyList<long> shape = ranked[0].Shape;
        foreach (var other in ranked)
        {
            var next = Shape(shape, other.Shape);
            if (next is null)
            {
                op.EmitOpError("operands don't have broadcast-compatible shapes");
                return false;
            }
            shape = next;
        }
        foreach (var result in op.ResultTypes.OfType<RankedTensorType>())
        {
            var actual = result.Shape.Skip(Math.Max(0, result.Rank - shape.Count)).ToList();
            if (!CompatibleInferred(shape, actual))
            {
                op.EmitOpError($"result type {ShapeString(result.Shape)} not broadcast compatible with broadcasted operands's shapes {ShapeString(shape)}");
                return false;
            }
        }
        return true;
    }

    private static bool CompatibleInferred(IReadOnlyList<long> inferred, IReadOnlyList<long> existing)
    {
        if (inferred.Count != existing.Count) return false;
        for (int i = 0; i < inferred.Count; i++)
            if (inferred[i] != Dynamic && existing[i] != Dynamic && inferred[i] != existing[i]) return false;
        return true;
    }

    /// <summary>`'2x?x4'`, as the trait's messages quote shapes.</summary>
    public static string ShapeString(IReadOnlyList<long> shape) =>
        "'" + string.Join("x", shape.Select(d => d == Dynamic ? "?" : d.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "'";
}
