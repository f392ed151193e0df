namespace Lce.Dialects.Tfl;

using Lce.IR;

/// <summary>
/// The PredOpTrait predicates of TFL's ODS (TFL_OperandHasRank, TFL_TCresVTEtIsSameAsOp, ...),
/// each emitting "failed to verify that &lt;summary&gt;" on the op when it does not hold. Ops check
/// them in declaration order after the operand/attribute constraints, as ODS verifiers do.
/// </summary>
public static class TflVerify
{
    private static IRType Operand(Operation op, int i) => op.GetOperand(i).Type;

    private static IRType Elem(IRType t) => TypeUtil.ElementTypeOrSelf(t);

    /// <summary>Emits "failed to verify that <paramref name="summary"/>" unless <paramref name="holds"/>.</summary>
    public static bool That(Operation op, bool holds, string summary)
    {
        if (holds) return true;
        op.EmitOpError($"failed to verify that {summary}");
        return false;
    }

    /// <summary>TFL_OperandHasRank&lt;n, m&gt;: unranked or of rank m.</summary>
    public static bool OperandHasRank(Operation op, int n, int m) =>
        That(op, Operand(op, n) is not ShapedType { HasRank: true } s || s.Rank == m, $"operand {n} is {m}-D");

    /// <summary>TFL_OperandHasRankAtMost&lt;n, m&gt;.</summary>
    public static bool OperandHasRankAtMost(Operation op, int n, int m) =>
        That(op, Operand(op, n) is not ShapedType { HasRank: true } s || s.Rank <= m, $"operand {n} is at most {m}-D");

    /// <summary>TFL_OperandHasRankAtLeast&lt;n, m&gt;.</summary>
    public static bool OperandHasRankAtLeast(Operation op, int n, int m) =>
        That(op, Operand(op, n) is not ShapedType { HasRank: true } s || s.Rank >= m, $"operand {n} is at least {m}-D");

    /// <summary>
    /// TFL_TCresVTEtIsSameAsOp&lt;i, j&gt;: result i and operand j are shaped and have the same
    /// element type, or both are 8-bit unsigned (ui8 or TF quint8), or both are quantized with
    /// the same storage type.
    /// </summary>
    public static bool ResultElementTypeMatchesOperand(Operation op, int i, int j, string summary)
    {
        // TF indexes the values unchecked (an empty tfl.concatenation would crash it); absent ones fail.
        if (i >= op.NumResults || j >= op.NumOperands) return That(op, false, summary);
        var r = op.GetResult(i).Type;
        var o = Operand(op, j);
        bool holds = r is ShapedType && o is ShapedType
            && (ReferenceEquals(Elem(r), Elem(o)) || BothUnsigned8(Elem(r), Elem(o)) || TflQuantTypes.SameStorage(Elem(o), Elem(r)));
        return That(op, holds, summary);
    }

    /// <summary>
    /// OperandsSameElementTypeConstraintBase: operands 0 and 1 are shaped with the same element
    /// type, or both quantized with the same storage type ("binary op"/"comparison op" wording).
    /// </summary>
    public static bool OperandsSameElementType(Operation op, string opKind)
    {
        IRType a = Operand(op, 0), b = Operand(op, 1);
        bool same = a is ShapedType && b is ShapedType && ReferenceEquals(Elem(a), Elem(b));
        return That(op, same || TflQuantTypes.SameStorage(Elem(a), Elem(b)), $"{opKind} operands have same element type");
    }

    /// <summary>
    /// TFL_TCopVTEtAreSameAt&lt;i, j&gt;: operands i and j have the same element type (or self), or
    /// both are 8-bit unsigned, or both are quantized with the same storage type.
    /// </summary>
    public static bool OperandElementTypesMatch(Operation op, int i, int j, string summary)
    {
        IRType a = Elem(Operand(op, i)), b = Elem(Operand(op, j));
        return That(op, ReferenceEquals(a, b) || BothUnsigned8(a, b) || TflQuantTypes.SameStorage(b, a), summary);
    }

    /// <summary>TFL_OperandRankEquals1DimOfOperand&lt;x, y&gt;: rank of x equals dim 0 of a static y.</summary>
    public static bool OperandRankEqualsDimOfOperand(Operation op, int x, int y)
    {
        var tx = Operand(op, x) as ShapedType;
        var ty = Operand(op, y) as ShapedType;
        bool holds = tx is not { HasRank: true } || ty is not { HasRank: true } || !ty.HasStaticShape
            || (ty.Rank > 0 && tx.Rank == ty.Shape[0]);
        return That(op, holds, $"operand {x}'s rank equals operand {y}'s size");
    }

    /// <summary>Unranked operand n, or dim <paramref name="dim"/> of it exists and is at most <paramref name="size"/>.</summary>
    public static bool OperandDimAtMost(Operation op, int n, int dim, long size, string summary)
    {
        var t = Operand(op, n) as ShapedType;
        bool holds = t is not { HasRank: true } || (t.Rank > dim && t.Shape[dim] <= size);
        return That(op, holds, summary);
    }

    /// <summary>
    /// The SameOperandsAndResultShape trait (MLIR's verifyCompatibleShapes over all operand and
    /// result types): all shaped, ranked ones of equal rank, static dimensions agreeing.
    /// </summary>
    public static bool SameOperandsAndResultShape(Operation op)
    {
        var types = op.OperandTypes.Concat(op.ResultTypes).ToList();
        if (CompatibleShapes(types)) return true;
        op.EmitOpError("requires the same shape for all operands and results");
        return false;
    }

    /// <summary>mlir::verifyCompatibleShapes(TypeRange).</summary>
    public static bool CompatibleShapes(IReadOnlyList<IRType> types)
    {
        if (!types.Any(t => t is ShapedType)) return true;
        if (!types.All(t => t is ShapedType)) return false;
        var ranked = types.Cast<ShapedType>().Where(s => s.HasRank).ToList();
        if (ranked.Count == 0) return true;
        int rank = ranked[0].Rank;
        if (ranked.Any(s => s.Rank != rank)) return false;
        for (int d = 0; d < rank; d++)
        {
            long seen = ShapedType.Dynamic;
            foreach (var s in ranked)
            {
                long dim = s.Shape[d];
                if (dim == ShapedType.Dynamic) continue;
                if (seen != ShapedType.Dynamic && seen != dim) return false;
                seen = dim;
            }
        }
        return true;
    }

    /// <summary>TFL_TFTypesWithSameBits&lt;.., 8&gt;: both are TF quint8 or 8-bit unsigned integers.</summary>
    private static bool BothUnsigned8(IRType a, IRType b) => IsUnsigned8(a) && IsUnsigned8(b);

    private static bool IsUnsigned8(IRType t) => t is IntegerType { IsUnsigned: true, Width: 8 } || TflQuantTypes.IsTfQuint8(t);
}
