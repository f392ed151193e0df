namespace Lce.Dialects.Tf;

using Lce.IR;

/// <summary>Shape relations used by TF's verifiers and folds beyond cast compatibility.</summary>
public static class TfShapeRules
{
    /// <summary>
    /// tf_type::BroadcastCompatible for one pair of types (tf.Const's result check): reference types
    /// dropped, element types equal (resource/variant subtypes compared recursively when both
    /// have them), and ranked shapes broadcastable.
    /// </summary>
    public static bool BroadcastCompatible(IRContext ctx, IRType lhs, IRType rhs)
    {
        lhs = DropRef(ctx, lhs);
        rhs = DropRef(ctx, rhs);
        if (lhs is not ShapedType { ElementType: var le } lt || lt is not (RankedTensorType or UnrankedTensorType)
            || rhs is not ShapedType { ElementType: var re } rt || rt is not (RankedTensorType or UnrankedTensorType))
            return ReferenceEquals(lhs, rhs);
        if (!ReferenceEquals(le, re))
        {
            if (le is not TfType { HasSubtypeSlot: true } lw || re is not TfType { HasSubtypeSlot: true } rw) return false;
            if (lw.Subtypes.Count > 0 && rw.Subtypes.Count > 0)
                foreach (var (a, b) in lw.Subtypes.Zip(rw.Subtypes))
                    if (!BroadcastCompatible(ctx, a, b)) return false;
        }
        if (lt is not RankedTensorType lr || rt is not RankedTensorType rr) return true;
        return TfTypeUtil.BroadcastedShape(lr.Shape, rr.Shape) is not null;
    }

    /// <summary>DropRefType: a reference element type replaced by its value type (tensors keep their shape).</summary>
    public static IRType DropRef(IRContext ctx, IRType t) => t switch
    {
        RankedTensorType r => RankedTensorType.Get(ctx, r.Shape, TfTypeNames.Dereferenced(ctx, r.ElementType)),
        UnrankedTensorType u => UnrankedTensorType.Get(ctx, TfTypeNames.Dereferenced(ctx, u.ElementType)),
        _ => TfTypeNames.Dereferenced(ctx, t),
    };

    /// <summary>AreCancellablePermutations: same non-zero length and perm0[perm1[i]] == i for every i.</summary>
    public static bool AreCancellablePermutations(IReadOnlyList<long> perm0, IReadOnlyList<long> perm1)
    {
        if (perm0.Count == 0 || perm1.Count == 0 || perm0.Count != perm1.Count) return false;
        for (int i = 0; i < perm0.Count; i++)
        {
            long j = perm1[i];
            if (j < 0 || j >= perm0.Count || perm0[(int)j] != i) return false;
        }
        return true;
    }
}
