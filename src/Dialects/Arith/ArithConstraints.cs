namespace Lce.Dialects.Arith;

using Lce.IR;

/// <summary>
/// Type and attribute constraints of the arith (and shared builtin) ODS definitions, with the
/// descriptions MLIR's verifier prints ("operand #0 must be signless-integer-like, but got 'f32'").
/// </summary>
public static class ArithConstraints
{
    private static bool IsSignlessIntOrIndex(IRType t) => t is IndexType || TypeUtil.IsSignlessInteger(t);
    private static bool IsSignlessIntOrFloat(IRType t) => t is FloatType || TypeUtil.IsSignlessInteger(t);

    /// <summary>TypeOrValueSemanticsContainer: the scalar or a tensor/vector of it.</summary>
    private static Func<IRType, bool> OrContainer(Func<IRType, bool> scalar) =>
        t => scalar(t) || (TypeUtil.IsValueSemanticsContainer(t) && scalar(((ShapedType)t).ElementType));

    /// <summary>The scalar, a vector of any rank, or a tensor of it (no index for fixed-width).</summary>
    private static bool IsMemRefOf(IRType t, Func<IRType, bool> element) =>
        t is MemRefType or UnrankedMemRefType && element(((ShapedType)t).ElementType);

    /// <summary>SignlessIntegerOrIndexLike.</summary>
    public static readonly TypeConstraint SignlessIntegerLike = new("signless-integer-like", OrContainer(IsSignlessIntOrIndex));

    /// <summary>SignlessFixedWidthIntegerLike: like <see cref="SignlessIntegerLike"/> without index.</summary>
    public static readonly TypeConstraint SignlessFixedWidthIntegerLike = new("signless-fixed-width-integer-like", OrContainer(TypeUtil.IsSignlessInteger));

    /// <summary>FloatLike.</summary>
    public static readonly TypeConstraint FloatLike = new("floating-point-like", OrContainer(t => t is FloatType));

    /// <summary>BoolLike: i1 or a tensor/vector of i1.</summary>
    public static readonly TypeConstraint BoolLike = new("bool-like", OrContainer(t => TypeUtil.IsSignlessInteger(t, 1)));

    /// <summary>SignlessIntegerOrFloatLike.</summary>
    public static readonly TypeConstraint SignlessIntegerOrFloatLike = new("signless-integer-or-float-like", OrContainer(IsSignlessIntOrFloat));

    /// <summary>IndexCastTypeConstraint (index_cast, index_castui).</summary>
    public static readonly TypeConstraint IndexCastType = new("signless-integer-like or memref of signless-integer",
        t => SignlessIntegerLike.Accepts(t) || IsMemRefOf(t, IsSignlessIntOrIndex));

    /// <summary>BitcastTypeConstraint.</summary>
    public static readonly TypeConstraint BitcastType = new("signless-integer-or-float-like or memref of signless-integer or float",
        t => SignlessIntegerOrFloatLike.Accepts(t) || IsMemRefOf(t, IsSignlessIntOrFloat));

    /// <summary>TypedAttrInterface (arith.constant's value).</summary>
    public static readonly AttrConstraint TypedAttr = new("TypedAttr instance", a => a is ITypedAttribute);

    /// <summary>UnitAttr (isExact).</summary>
    public static readonly AttrConstraint Unit = new("unit attribute", a => a is UnitAttr);
}
