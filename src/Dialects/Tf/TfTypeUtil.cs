namespace Lce.Dialects.Tf;

using Lce.IR;

/// <summary>
/// TensorFlow's type relations (tf_type utilities and MLIR's broadcast utilities): reference
/// types resolved, cast compatibility (equal element types up to resource/variant subtypes,
/// shapes equal where both are known) and numpy broadcasting with TF's rules for unknown sizes.
/// </summary>
public static class TfTypeUtil
{
    /// <summary>GetElementTypeOrSelfResolveRef: the element type with a reference type replaced by its value type.</summary>
    public static IRType ElementTypeOrSelfResolveRef(IRContext ctx, IRType t) =>
        TfTypeNames.Dereferenced(ctx, TypeUtil.ElementTypeOrSelf(t));

    /// <summary>AreCastCompatible: the types can be refined to one common type.</summary>
    public static bool AreCastCompatible(IRContext ctx, IReadOnlyList<IRType> types)
    {
        IRType? common = types[0];
        for (int i = 1; i < types.Count && common is not null; i++) common = CastCompatibleType(ctx, common, types[i]);
        return common is not null;
    }

    /// <summary>ArraysAreCastCompatible: pairwise cast compatible lists of the same length.</summary>
    public static bool ArraysAreCastCompatible(IRContext ctx, IReadOnlyList<IRType> a, IReadOnlyList<IRType> b) =>
        a.Count == b.Count && a.Zip(b).All(p => AreCastCompatible(ctx, [p.First, p.Second]));

    /// <summary>GetCastCompatibleType: the most refined type both can be cast to, or null when incompatible.</summary>
    public static IRType? CastCompatibleType(IRContext ctx, IRType a, IRType b)
    {
        if (ReferenceEquals(a, b)) return b;
        bool ta = a is RankedTensorType or UnrankedTensorType, tb = b is RankedTensorType or UnrankedTensorType;
        if (ta != tb) return null;
        if (!ta)
        {
            if (a is not TfType { HasSubtypeSlot: true } wa || b is not TfType { HasSubtypeSlot: true } wb || wa.Name != wb.Name) return null;
            // Variants are accepted whatever their subtypes, as TF is permissive there.
            if (wa.IsVariant) return a;
            if (wa.Subtypes.Count == 0) return b;
            if (wb.Subtypes.Count == 0) return a;
            if (wa.Subtypes.Count != wb.Subtypes.Count) return null;
            var refined = new IRType[wa.Subtypes.Count];
            for (int i = 0; i < refined.Length; i++)
                if ((refined[i] = CastCompatibleType(ctx, wa.Subtypes[i], wb.Subtypes[i])!) is null) return null;
            return TfType.Resource(ctx, refined);
        }
        var sa = (ShapedType)a; var sb = (ShapedType)b;
        var element = CastCompatibleType(ctx, sa.ElementType, sb.ElementType);
        if (element is null) return null;
        if (!sa.HasRank && !sb.HasRank) return UnrankedTensorType.Get(ctx, element);
        if (!sa.HasRank) return RankedTensorType.Get(ctx, sb.Shape, element);
        if (!sb.HasRank) return RankedTensorType.Get(ctx, sa.Shape, element);
        if (sa.Rank != sb.Rank) return null;
        var shape = new long[sa.Rank];
        for (int i = 0; i < shape.Length; i++)
        {
            long x = sa.Shape[i], y = sb.Shape[i];
            if (x != ShapedType.Dynamic && y != ShapedType.Dynamic && x != y) return null;
            shape[i] = x == ShapedType.Dynamic ? y : x;
        }
        return RankedTensorType.Get(ctx, shape, element);
    }

    /// <summary>
    /// OpTrait::util::getBroadcastedShape: numpy broadcasting; with an unknown size, a known size
    /// above 1 wins, a 1 yields the other size.
    /// </summary>
    public static long[]? BroadcastedShape(IReadOnlyList<long> a, IReadOnlyList<long> b)
    {
        var result = (a.Count > b.Count ? a : b).ToArray();
        for (int i = 1; i <= Math.Min(a.Count, b.Count); i++)
        {
            long x = a[^i], y = b[^i];
            long r;
            if (x == ShapedType.Dynamic || y == ShapedType.Dynamic)
                r = x > 1 ? x : y > 1 ? y : x == 1 ? y : y == 1 ? x : ShapedType.Dynamic;
            else if (x == y || y == 1) r = x;
            else if (x == 1) r = y;
            else return null;
            result[^i] = r;
        }
        return result;
    }

    /// <summary>staticallyKnownBroadcastable: in each trailing column the sizes other than 1 agree (at most one unknown, alone).</summary>
    public static bool StaticallyKnownBroadcastable(params IReadOnlyList<long>[] shapes)
    {
        int maxRank = shapes.Max(s => s.Count);
        for (int i = 0; i < maxRank; i++)
        {
            bool seenDynamic = false;
            long? nonOne = null;
            foreach (var s in shapes)
            {
                long d = i >= s.Count ? 1 : s[s.Count - i - 1];
                if (d == 1) continue;
                if (d == ShapedType.Dynamic)
                {
                    if (seenDynamic || nonOne is not null) return false;
                    seenDynamic = true;
                }
                if (nonOne is { } n && d != n) return false;
                nonOne = d;
            }
        }
        return true;
    }

    /// <summary>A shape as MLIR's broadcast messages quote it: `'2x?x3'`.</summary>
    public static string ShapeString(IReadOnlyList<long> shape) =>
        "'" + string.Join("x", shape.Select(d => d == ShapedType.Dynamic ? "?" : d.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "'";

    /// <summary>Whether a value's type is a ranked tensor of the given rank, or unranked (IsOfRankOrUnranked).</summary>
    public static bool IsOfRankOrUnranked(IRType t, int rank) => t is not RankedTensorType r || r.Rank == rank;

    /// <summary>HasRankAtLeast: unranked, or ranked with at least <paramref name="rank"/> dimensions.</summary>
    public static bool HasRankAtLeast(IRType t, int rank) => t is not RankedTensorType r || r.Rank >= rank;

    /// <summary>Types as MLIR's diagnostics list them: `'tensor&lt;2xf32&gt;', 'tensor&lt;f32&gt;'`.</summary>
    public static string QuotedTypes(IEnumerable<IRType> types) => string.Join(", ", types.Select(t => $"'{t}'"));
}
