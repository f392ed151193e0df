namespace Lce.Dialects;

using System.Numerics;
using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>
/// Constant matchers for the scf/cf/func patterns (MLIR's m_Constant, m_ConstantInt, m_One,
/// m_Zero, m_NonZero over <see cref="Matchers"/>), plus the APInt-style readings the patterns
/// need (signed/unsigned views of a value of a given width).
/// </summary>
public static class ConstantMatch
{
    /// <summary>m_Constant: the attribute a ConstantLike defining op folds to, else null.</summary>
    public static IRAttribute? Constant(Value value) => Matchers.MatchConstant(value, out var a) ? a : null;

    /// <summary>m_Constant(&amp;BoolAttr): the value of an i1 constant.</summary>
    public static bool? Bool(Value value) =>
        Constant(value) is IntegerAttr { IsBool: true } b ? !b.Value.IsZero : null;

    /// <summary>m_ConstantInt: an integer/index constant, or the splat of an integer vector/tensor constant.</summary>
    public static (BigInteger Value, IRType Type)? Int(Value value) =>
        Matchers.MatchConstantInt(value, out var v, out var t) ? (v, t) : null;

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

    /// <summary>getConstantIntValue: the sign-extended value of an integer constant.</summary>
    public static long? IntValue(Value value) =>
        Int(value) is { } c ? (long)Signed(c.Value, c.Type) : null;
}
