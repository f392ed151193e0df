namespace Lce.Dialects.Arith;

using System.Numerics;
using Lce.IR;
using Lce.IR.Rewrite.Pdll;

/// <summary>
/// The C# side of Canonicalization.pdll: the attribute arithmetic, overflow-flag merging and
/// value predicates that MLIR's ArithCanonicalization.td writes as NativeCodeCall / CPred
/// snippets, bound by the names the PDLL file declares.
/// </summary>
internal static class ArithCanonicalizationNatives
{
    public static NativeRegistry Create() => new NativeRegistry()
        .AddConstraint("ConstantIntAttr", c => ConstantValue(c.Value(0)) is IntegerAttr a && c.Succeed(a))
        .AddConstraint("ConstantAttr", c => ConstantValue(c.Value(0)) is { } a && c.Succeed(a))
        .AddConstraint("IsConstantAttr", c => ConstantValue(c.Value(0)) is { } a && a.Equals(c.Attr(1)))
        .AddConstraint("IsScalarOrSplatNegativeOne", c => IntOrSplatValue(c.Attr(0)) is { } v && Unsigned(v) == Mask(v.Width))
        .AddConstraint("IsScalarOrSplatOne", c => IntOrSplatValue(c.Attr(0)) is { } v && Signed(v) == BigInteger.One)
        .AddConstraint("IsEqualityPredicate", c => c.Attr(0) is IntegerAttr p && (p.Value == (int)CmpIPredicate.Eq || p.Value == (int)CmpIPredicate.Ne))
        .AddConstraint("ValueWiderThan", c => WidthOf(c.Value(0).Type) > WidthOf(c.Value(1).Type) && WidthOf(c.Value(1).Type) > 0)
        .AddConstraint("TruncationMatchesShiftAmount", c =>
            IntOrSplatValue(c.Attr(2)) is { } amount && Unsigned(amount) == WidthOf(c.Value(0).Type) - WidthOf(c.Value(1).Type))
        .AddConstraint("HasNoUses", c => !c.Value(0).HasUses)
        .AddConstraint("HasDefaultRoundingMode", c => c.Op(0).GetProp("roundingmode") is null)
        .AddConstraint("AttrHasType", c => c.Attr(0) is ITypedAttribute a && a.Type.Equals(c.Type(1)))
        .AddRewrite("AddIntAttrs", c => IntegerArith(c, (a, b) => a + b))
        .AddRewrite("SubIntAttrs", c => IntegerArith(c, (a, b) => a - b))
        .AddRewrite("MulIntAttrs", c => IntegerArith(c, (a, b) => a * b))
        .AddRewrite("MergeOverflow", c => IntegerOverflowFlagsAttr.Get(c.Context,
            ((IntegerOverflowFlagsAttr)c.Attr(0)).Flags & ((IntegerOverflowFlagsAttr)c.Attr(1)).Flags))
        .AddRewrite("LocateAtDefiningOps", c =>
        {
            c.Location = FusedLoc.Get(c.Context, c.ValueRange(0).Select(v => v.DefiningOp?.Location ?? UnknownLoc.Get(c.Context)));
            return null;
        })
        .AddRewrite("TypeOfAttr", c => ((ITypedAttribute)c.Attr(0)).Type)
        .AddRewrite("ZeroAttrOf", c => ZeroAttr(c.Context, c.Value(0).Type))
        .AddRewrite("InvertPredicate", c =>
        {
            var p = (IntegerAttr)c.Attr(0);
            return IntegerAttr.Get(c.Context, p.Type, (int)Invert((CmpIPredicate)(int)p.Value));
        });

    /// <summary>m_Constant: the folded value of a ConstantLike defining op.</summary>
    private static IRAttribute? ConstantValue(Value v) => Folding.ConstantMatchers.ConstantOf(v);

    private readonly record struct IntValue(BigInteger Value, int Width);

    /// <summary>getIntOrSplatIntValue: an integer attribute or an integer splat.</summary>
    private static IntValue? IntOrSplatValue(IRAttribute attr) => attr switch
    {
        IntegerAttr i => new IntValue(i.Value, WidthOf(i.Type)),
        DenseElementsAttr { IsSplat: true } d when d.ShapedType.ElementType is IntegerType or IndexType =>
            new IntValue(d.IntegerAt(0), WidthOf(d.ShapedType.ElementType)),
        _ => null,
    };

    private static BigInteger Mask(int width) => (BigInteger.One << width) - 1;
    private static BigInteger Unsigned(IntValue v) => v.Value & Mask(v.Width);
    private static BigInteger Signed(IntValue v)
    {
        var u = Unsigned(v);
        return v.Width > 0 && u >= BigInteger.One << (v.Width - 1) ? u - (BigInteger.One << v.Width) : u;
    }

    /// <summary>getScalarOrElementWidth: the bit width of an int/float (element) type, -1 otherwise.</summary>
    private static int WidthOf(IRType type) => TypeUtil.ElementTypeOrSelf(type) switch
    {
        IntegerType i => i.Width,
        IndexType => IndexType.StorageWidth,
        FloatType f => f.Width,
        _ => -1,
    };

    /// <summary>addIntegerAttrs & co: the operation on the two values, as an integer attribute of the result's type.</summary>
    private static IRAttribute IntegerArith(NativeCall c, Func<BigInteger, BigInteger, BigInteger> op) =>
        IntegerAttr.Get(c.Context, c.Value(0).Type, op(((IntegerAttr)c.Attr(1)).Value, ((IntegerAttr)c.Attr(2)).Value));

    /// <summary>Builder::getZeroAttr.</summary>
    private static IRAttribute? ZeroAttr(IRContext ctx, IRType type) => type switch
    {
        FloatType f => FloatAttr.Get(ctx, f, 0.0),
        IntegerType or IndexType => IntegerAttr.Get(ctx, type, BigInteger.Zero),
        ShapedType s when s.ElementType is IntegerType or IndexType or FloatType =>
            DenseElementsAttr.FromRaw(ctx, s, new byte[DenseElementsAttr.ElementByteWidthOf(s.ElementType)], isSplat: true),
        _ => null,
    };

    private static CmpIPredicate Invert(CmpIPredicate p) => p switch
    {
        CmpIPredicate.Eq => CmpIPredicate.Ne,
        CmpIPredicate.Ne => CmpIPredicate.Eq,
        CmpIPredicate.Slt => CmpIPredicate.Sge,
        CmpIPredicate.Sle => CmpIPredicate.Sgt,
        CmpIPredicate.Sgt => CmpIPredicate.Sle,
        CmpIPredicate.Sge => CmpIPredicate.Slt,
        CmpIPredicate.Ult => CmpIPredicate.Uge,
        CmpIPredicate.Ule => CmpIPredicate.Ugt,
        CmpIPredicate.Ugt => CmpIPredicate.Ule,
        _ => CmpIPredicate.Ult,
    };
}
