using System.Numerics;
using Lce.IR.Traits;

namespace Lce.IR.Rewrite;

/// <summary>
/// Constant matchers (MLIR's Matchers.h): <c>m_Constant</c> folds a ConstantLike op without
/// operands to read its value; the integer and float predicates accept a scalar attribute or a
/// splat of one, on integer/index or float (vector/tensor) results.
/// </summary>
public static class Matchers
{
    /// <summary>m_Constant on an op: ConstantLike and folds (with no operand values) to an attribute.</summary>
    public static bool MatchConstant(Operation op, out IRAttribute value)
    {
        value = null!;
        if (!op.HasTrait<ConstantLike>()) return false;
        // Constants are matched for every op the greedy driver visits: reuse this thread's result
        // list (taken, so a fold hook matching constants itself gets another one).
        var results = ThreadSpare<List<object>>.Take() ?? new List<object>(1);
        try
        {
            var operands = op.NumOperands == 0 ? NoOperands : new IRAttribute?[op.NumOperands];
            if (!OperationFolding.Fold(op, operands, results) || results.Count == 0) return false;
            if (results[0] is not IRAttribute attr) return false;
            value = attr;
            return true;
        }
        finally
        {
            results.Clear();
            ThreadSpare<List<object>>.Keep(results);
        }
    }

    private static readonly IRAttribute?[] NoOperands = [];

    /// <summary>m_Constant on a value: defined by a constant-like op.</summary>
    public static bool MatchConstant(Value v, out IRAttribute value)
    {
        value = null!;
        return v.DefiningOp is { } op && MatchConstant(op, out value);
    }

    public static bool IsConstant(Value v) => MatchConstant(v, out _);

    /// <summary>m_ConstantInt: an integer/index constant or an integer splat; the value is normalized as IntegerAttr keeps it.</summary>
    public static bool MatchConstantInt(Value v, out BigInteger value, out IRType elementType)
    {
        value = default; elementType = null!;
        if (!MatchConstant(v, out var attr)) return false;
        if (v.Type is not (IntegerType or IndexType or VectorType or RankedTensorType)) return false;
        switch (attr)
        {
            case IntegerAttr i: value = i.Value; elementType = i.Type; return true;
            case DenseElementsAttr { IsSplat: true } d when d.ShapedType.ElementType is IntegerType or IndexType:
                value = d.IntegerAt(0); elementType = d.ShapedType.ElementType; return true;
            default: return false;
        }
    }

    public static bool MatchConstantInt(Value v, out BigInteger value) => MatchConstantInt(v, out value, out _);

    /// <summary>m_ConstantFloat: a float constant or a float splat.</summary>
    public static bool MatchConstantFloat(Value v, out FloatAttr value)
    {
        value = null!;
        if (!MatchConstant(v, out var attr)) return false;
        if (v.Type is not (FloatType or VectorType or RankedTensorType)) return false;
        switch (attr)
        {
            case FloatAttr f: value = f; return true;
            case DenseElementsAttr { IsSplat: true } d when d.ShapedType.ElementType is FloatType ft:
                value = FloatAttr.FromBits(v.DefiningOp!.Context, ft, DenseElementsAttr.ReadBits(d.ElementBytes(0)));
                return true;
            default: return false;
        }
    }

    /// <summary>m_Zero: integer zero.</summary>
    public static bool IsZero(Value v) => MatchConstantInt(v, out var x) && x.IsZero;
    /// <summary>m_NonZero: integer other than zero.</summary>
    public static bool IsNonZero(Value v) => MatchConstantInt(v, out var x) && !x.IsZero;
    /// <summary>m_One: integer one (for i1 that is `true`).</summary>
    public static bool IsOne(Value v) => MatchConstantInt(v, out var x, out var t) && x == IntegerAttr.Normalize(t, BigInteger.One);
    /// <summary>All bits set (m_ConstantInt with isAllOnes, e.g. -1 or `true`).</summary>
    public static bool IsAllOnes(Value v) => MatchConstantInt(v, out var x, out var t) && x == IntegerAttr.Normalize(t, BigInteger.MinusOne);

    public static bool IsAnyZeroFloat(Value v) => MatchConstantFloat(v, out var f) && f.ToDouble() == 0;
    public static bool IsPosZeroFloat(Value v) => MatchConstantFloat(v, out var f) && f.ToDouble() == 0 && !double.IsNegative(f.ToDouble());
    public static bool IsNegZeroFloat(Value v) => MatchConstantFloat(v, out var f) && f.ToDouble() == 0 && double.IsNegative(f.ToDouble());
    public static bool IsOneFloat(Value v) => MatchConstantFloat(v, out var f) && f.ToDouble() == 1;
    public static bool IsPosInfFloat(Value v) => MatchConstantFloat(v, out var f) && double.IsPositiveInfinity(f.ToDouble());
    public static bool IsNegInfFloat(Value v) => MatchConstantFloat(v, out var f) && double.IsNegativeInfinity(f.ToDouble());
}
