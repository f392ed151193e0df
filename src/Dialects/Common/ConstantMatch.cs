namespace Lce.Dialects;

using System.Numerics;
using Lce.IR;
using Lce.IR.Traits;

/// <summary>
/// MLIR's constant matchers (mlir/IR/Matchers.h) for patterns: `m_Constant` folds a
/// ConstantLike defining op to its attribute; `m_ConstantInt`, `m_One`, `m_Zero` and
/// `m_NonZero` look at integer (or splat integer) constants.
/// </summary>
public static class ConstantMatch
{
    /// <summary>m_Constant: the attribute a ConstantLike defining op folds to, else null.</summary>
    public static IRAttribute? Constant(Value value)
    {
        if (value.DefiningOp is not { } op || !op.HasTrait<ConstantLike>()) return null;
        if (op.Definition?.Folder is { } fold)
        {
            var operands = new IRAttribute?[op.NumOperands];
            if (fold(op, operands) is [IRAttribute a, ..]) return a;
            return null;
        }
        return op.GetProp("value") ?? op.GetAttr("value");
    }

    /// <summary>m_Constant(&amp;BoolAttr): the value of an i1 constant.</summary>
    public static bool? Bool(Value value) =>
        Constant(value) is IntegerAttr { IsBool: true } b ? !b.Value.IsZero : null;

    /// <summary>m_ConstantInt: an integer/index constant, or the splat of an integer vector/tensor constant.</summary>
    public static (BigInteger Value, IRType Type)? Int(Value value)
    {
        var attr = Constant(value);
        switch (value.Type)
        {
            case IntegerType or IndexType when attr is IntegerAttr i:
                return (i.Value, i.Type);
            case VectorType or RankedTensorType when attr is DenseElementsAttr { IsSplat: true } d
                && d.ShapedType.ElementType is IntegerType or IndexType:
                return (d.IntegerAt(0), d.ShapedType.ElementType);
            default:
                return null;
        }
    }

    /// <summary>The bits of an integer of <paramref name="type"/> read as unsigned (APInt's raw value).</summary>
    public static BigInteger UnsignedBits(BigInteger value, IRType type)
    {
        int width = BitWidth(type);
        return value & ((BigInteger.One << width) - 1);
    }

    /// <summary>The value read as a signed integer of its width (APInt::getSExtValue for widths up to 64).</summary>
    public static BigInteger Signed(BigInteger value, IRType type)
    {
        int width = BitWidth(type);
        var u = UnsignedBits(value, type);
        return width > 0 && !(u >> (width - 1)).IsZero ? u - (BigInteger.One << width) : u;
    }

    public static int BitWidth(IRType type) => type switch
    {
        IntegerType it => it.Width,
        _ => IndexType.StorageWidth,
    };

    /// <summary>m_One: an integer constant equal to 1 (for i1: true).</summary>
    public static bool IsOne(Value value) => Int(value) is { } c && UnsignedBits(c.Value, c.Type).IsOne;

    /// <summary>m_Zero: an integer constant equal to 0.</summary>
    public static bool IsZero(Value value) => Int(value) is { } c && c.Value.IsZero;

    /// <summary>m_NonZero: an integer constant other than 0.</summary>
    public static bool IsNonZero(Value value) => Int(value) is { } c && !c.Value.IsZero;

    /// <summary>getConstantIntValue: the sign-extended value of an integer constant.</summary>
    public static long? IntValue(Value value) =>
        Int(value) is { } c ? (long)Signed(c.Value, c.Type) : null;
}
