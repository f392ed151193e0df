namespace Lce.Dialects.Arith.Folding;

using Lce.IR;
using Lce.IR.Numerics;
using Lce.IR.Traits;

/// <summary>
/// MLIR's constant matchers (Matchers.h): m_Constant on values, m_ConstantInt / m_Zero / m_One
/// on integer scalars and splats, and the float predicates (m_OneFloat, m_NaNFloat, ...).
/// Attribute forms take a folder's operand constants; value forms look at the defining op.
/// </summary>
public static class ConstantMatchers
{
    /// <summary>m_Constant: the folded value of a constant-like defining op, else null.</summary>
    public static IRAttribute? ConstantOf(Value? value) =>
        value is not null && Lce.IR.Rewrite.Matchers.MatchConstant(value, out var attr) ? attr : null;

    /// <summary>m_ConstantInt on an attribute: an integer/index scalar or an integer splat.</summary>
    public static bool IsConstantInt(IRAttribute? attr, out ApInt value)
    {
        if (IntCodec.Instance.TryScalar(attr, out value)) return true;
        if (attr is DenseElementsAttr { IsSplat: true } d && IntCodec.Instance.Accepts(d.ShapedType.ElementType))
        {
            value = IntCodec.Instance.Read(d, 0);
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>m_ConstantInt on a value.</summary>
    public static bool IsConstantInt(Value? value, out ApInt result) => IsConstantInt(ConstantOf(value), out result);

    public static bool IsZero(IRAttribute? attr) => IsConstantInt(attr, out var v) && v.IsZero;
    public static bool IsOne(IRAttribute? attr) => IsConstantInt(attr, out var v) && v.IsOne;
    public static bool IsAllOnes(IRAttribute? attr) => IsConstantInt(attr, out var v) && v.IsAllOnes;
    public static bool IsZero(Value? value) => IsZero(ConstantOf(value));
    public static bool IsOne(Value? value) => IsOne(ConstantOf(value));

    /// <summary>A float scalar or float splat (constant_float_value_binder).</summary>
    public static bool IsConstantFloat(IRAttribute? attr, out ApFloat value)
    {
        if (FloatCodec.Instance.TryScalar(attr, out value)) return true;
        if (attr is DenseElementsAttr { IsSplat: true } d && FloatCodec.Instance.Accepts(d.ShapedType.ElementType))
        {
            value = FloatCodec.Instance.Read(d, 0);
            return true;
        }
        value = default;
        return false;
    }

    private static bool FloatIs(IRAttribute? attr, Func<ApFloat, bool> predicate) =>
        IsConstantFloat(attr, out var v) && predicate(v);

    /// <summary>m_OneFloat: exactly 1.0.</summary>
    public static bool IsOneFloat(IRAttribute? attr) =>
        FloatIs(attr, v => v.Equals(ApFloat.FromDouble(v.Semantics, 1.0)));

    public static bool IsAnyZeroFloat(IRAttribute? attr) => FloatIs(attr, v => v.IsZero);
    public static bool IsPosZeroFloat(IRAttribute? attr) => FloatIs(attr, v => v.IsZero && !v.IsNegative);
    public static bool IsNegZeroFloat(IRAttribute? attr) => FloatIs(attr, v => v.IsZero && v.IsNegative);
    public static bool IsNaNFloat(IRAttribute? attr) => FloatIs(attr, v => v.IsNaN);
    public static bool IsPosInfFloat(IRAttribute? attr) => FloatIs(attr, v => v.IsInfinity && !v.IsNegative);
    public static bool IsNegInfFloat(IRAttribute? attr) => FloatIs(attr, v => v.IsInfinity && v.IsNegative);
}
