namespace Lce.Dialects.Tfl;

using Lce.IR;

/// <summary>
/// The TFL_RuntimePredOpTrait predicates of the tfl ops this dialect defines (tfl_ops.td and
/// the shape checks of tfl_ops.cc): which operand shapes the TFLite kernels accept.
/// </summary>
public static class TflRuntimePredicates
{
    public sealed record Predicate(string Description, Func<Operation, bool> Holds);

    private const string InvalidShapes = "Operands do not have valid shapes";

    private static Predicate Broadcastable(int[] indices, int maxRank) =>
        new($"operands do not have the same shape or broadcastable shapes within the rank {maxRank}",
            op => SameOrBroadcastableShapes(op, indices, maxRank));

    public static readonly IReadOnlyDictionary<string, Predicate> ByOp = new Dictionary<string, Predicate>(StringComparer.Ordinal)
    {
        ["tfl.add"] = new(InvalidShapes, AddShapes),
        ["tfl.sub"] = new(InvalidShapes, SubShapes),
        ["tfl.mul"] = new(InvalidShapes, MulShapes),
        ["tfl.div"] = Broadcastable([0, 1], 5),
        ["tfl.greater"] = Broadcastable([0, 1], 4),
        ["tfl.greater_equal"] = Broadcastable([0, 1], 4),
        ["tfl.less"] = Broadcastable([0, 1], 4),
        ["tfl.less_equal"] = Broadcastable([0, 1], 4),
        ["tfl.maximum"] = Broadcastable([0, 1], 5),
        ["tfl.select_v2"] = Broadcastable([0, 1, 2], 5),
    };

    private static IRType OutputElement(Operation op) => TypeUtil.ElementTypeOrSelf(op.GetResult(0).Type);

    /// <summary>VerifyAddOpShapeConstraints: f32/qi8/qui8/i16/i32/i64 broadcast within rank 6; qi16 needs compatible shapes.</summary>
    public static bool AddShapes(Operation op)
    {
        var e = OutputElement(op);
        if (IsF32(e) || IsQ(e, 8, true) || IsQ(e, 8, false) || IsInt(e, 16) || IsInt(e, 32) || IsInt(e, 64))
            return SameOrBroadcastableShapes(op, [0, 1], 6);
        if (IsQ(e, 16, true)) return CompatibleOperandShapes(op);
        return false;
    }

    /// <summary>VerifySubOpShapeConstraints: f32/i32/i64/qui8/qi16 and qi8 broadcast within rank 6.</summary>
    public static bool SubShapes(Operation op)
    {
        var e = OutputElement(op);
        if (IsF32(e) || IsInt(e, 32) || IsInt(e, 64) || IsQ(e, 8, false) || IsQ(e, 16, true) || IsQ(e, 8, true))
            return SameOrBroadcastableShapes(op, [0, 1], 6);
        return false;
    }

    /// <summary>
    /// VerifyMulOpShapeConstraints: qi8/qui8 outputs broadcast within rank 6 (compatible shapes
    /// when the lhs is qi16); i32/ui32/i64/qi16/i16/complex/f32 broadcast within rank 6.
    /// </summary>
    public static bool MulShapes(Operation op)
    {
        var e = OutputElement(op);
        if (IsQ(e, 8, true) || IsQ(e, 8, false))
            return IsQ(TypeUtil.ElementTypeOrSelf(op.GetOperand(0).Type), 16, true)
                ? CompatibleOperandShapes(op)
                : SameOrBroadcastableShapes(op, [0, 1], 6);
        if (IsInt(e, 32) || e is IntegerType { Width: 32, IsUnsigned: true } || IsInt(e, 64) || IsQ(e, 16, true)
            || IsInt(e, 16) || e is ComplexType || IsF32(e))
            return SameOrBroadcastableShapes(op, [0, 1], 6);
        return false;
    }

    /// <summary>
    /// VerifyOperandsHaveSameShapesOrBroadcastableShape: the static shapes broadcast together,
    /// and either all are known and equal (any rank) or the largest known rank is at most
    /// <paramref name="maxRank"/>; beyond that rank unknown shapes pass only when every operand
    /// is broadcast by a BroadcastTo fed by the same BroadcastArgs.
    /// </summary>
    public static bool SameOrBroadcastableShapes(Operation op, IReadOnlyList<int> indices, int maxRank)
    {
        if (indices.Count == 0) return true;
        bool unknown = false, same = true, first = true;
        long maxSeen = -1;
        IReadOnlyList<long> pivot = [];
        IReadOnlyList<long> current = [];
        foreach (int index in indices)
        {
            if (op.GetOperand(index).Type is not ShapedType { HasRank: true } shaped) { unknown = true; continue; }
            maxSeen = Math.Max(maxSeen, shaped.Rank);
            if (!shaped.HasStaticShape) { unknown = true; continue; }
            if (first) { pivot = shaped.Shape; current = shaped.Shape; first = false; continue; }
            if (!pivot.SequenceEqual(shaped.Shape)) same = false;
            if (Broadcast.Shape(current, shaped.Shape) is not { } result) return false;
            current = result;
        }
        if (!unknown) return same || maxSeen <= maxRank;
        if (maxSeen <= maxRank) return true;
        Operation? pivotArgs = null;
        foreach (int index in indices)
        {
            if (BroadcastArgsFeeding(op.GetOperand(index)) is not { } args) return false;
            pivotArgs ??= args;
            if (!ReferenceEquals(pivotArgs, args)) return false;
        }
        return true;
    }

    /// <summary>The tf/tfl BroadcastArgs op whose result is the shape of the BroadcastTo defining <paramref name="value"/>.</summary>
    private static Operation? BroadcastArgsFeeding(Value value)
    {
        if (value.DefiningOp is not { Name: "tf.BroadcastTo" or "tfl.broadcast_to", NumOperands: 2 } broadcast) return null;
        return broadcast.GetOperand(1).DefiningOp is { Name: "tf.BroadcastArgs" or "tfl.broadcast_args" } args ? args : null;
    }

    private static bool CompatibleOperandShapes(Operation op) =>
        TflVerify.CompatibleShapes([op.GetOperand(0).Type, op.GetOperand(1).Type]);

    private static bool IsF32(IRType t) => t is FloatType { Width: 32 } f && ReferenceEquals(f.Semantics, IR.Numerics.FloatSemantics.Single);

    /// <summary>TF's IsI16Type/IsI32Type/IsI64Type: an integer of that width that is not unsigned.</summary>
    private static bool IsInt(IRType t, int width) => t is IntegerType { IsUnsigned: false } i && i.Width == width;

    private static bool IsQ(IRType t, int width, bool signed) => TflQuantTypes.IsQuantizedWith(t, width, signed);
}
