namespace Lce.Dialects.Arith.Folding;

using Lce.IR;
using Lce.IR.Numerics;
using static ConstantMatchers;
using static IntegerFolds;

/// <summary>Fold hooks of cmpi, cmpf and select.</summary>
internal static class CompareSelectFolds
{
    private static readonly IntCodec Int = IntCodec.Instance;

    /// <summary>applyCmpPredicate for integers.</summary>
    public static bool Apply(CmpIPredicate p, ApInt l, ApInt r) => p switch
    {
        CmpIPredicate.Eq => l.Equals(r),
        CmpIPredicate.Ne => !l.Equals(r),
        CmpIPredicate.Slt => l.Slt(r),
        CmpIPredicate.Sle => l.Sle(r),
        CmpIPredicate.Sgt => l.Sgt(r),
        CmpIPredicate.Sge => l.Sge(r),
        CmpIPredicate.Ult => l.Ult(r),
        CmpIPredicate.Ule => l.Ule(r),
        CmpIPredicate.Ugt => l.Ugt(r),
        _ => l.Uge(r),
    };

    /// <summary>applyCmpPredicate for floats.</summary>
    public static bool Apply(CmpFPredicate p, ApFloat l, ApFloat r)
    {
        var c = l.Compare(r);
        bool lt = c == FloatComparison.LessThan, gt = c == FloatComparison.GreaterThan;
        bool eq = c == FloatComparison.Equal, un = c == FloatComparison.Unordered;
        return p switch
        {
            CmpFPredicate.AlwaysFalse => false,
            CmpFPredicate.Oeq => eq,
            CmpFPredicate.Ogt => gt,
            CmpFPredicate.Oge => gt || eq,
            CmpFPredicate.Olt => lt,
            CmpFPredicate.Ole => lt || eq,
            CmpFPredicate.One => !un && !eq,
            CmpFPredicate.Ord => !un,
            CmpFPredicate.Ueq => un || eq,
            CmpFPredicate.Ugt => un || gt,
            CmpFPredicate.Uge => un || gt || eq,
            CmpFPredicate.Ult => un || lt,
            CmpFPredicate.Ule => un || lt || eq,
            CmpFPredicate.Une => !eq,
            CmpFPredicate.Uno => un,
            _ => true,
        };
    }

    private static bool TrueForEqualOperands(CmpIPredicate p) =>
        p is CmpIPredicate.Eq or CmpIPredicate.Sle or CmpIPredicate.Sge or CmpIPredicate.Ule or CmpIPredicate.Uge;

    /// <summary>The predicate with its operands swapped (not the negation).</summary>
    private static CmpIPredicate Swapped(CmpIPredicate p) => p switch
    {
        CmpIPredicate.Slt => CmpIPredicate.Sgt,
        CmpIPredicate.Sgt => CmpIPredicate.Slt,
        CmpIPredicate.Sle => CmpIPredicate.Sge,
        CmpIPredicate.Sge => CmpIPredicate.Sle,
        CmpIPredicate.Ult => CmpIPredicate.Ugt,
        CmpIPredicate.Ugt => CmpIPredicate.Ult,
        CmpIPredicate.Ule => CmpIPredicate.Uge,
        CmpIPredicate.Uge => CmpIPredicate.Ule,
        _ => p,
    };

    /// <summary>Width of a scalar or vector integer type (cmpi's getIntegerWidth; tensors have none).</summary>
    private static int? IntegerWidth(IRType t) => t switch
    {
        IntegerType i => i.Width,
        VectorType { ElementType: IntegerType e } => e.Width,
        _ => null,
    };

    private static bool IsI1Like(IRType t) => TypeUtil.ElementTypeOrSelf(t) is IntegerType { Width: 1 };

    public static IReadOnlyList<object>? CmpI(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        var pred = ArithDialect.GetCmpIPredicate(op);
        Value lhs = op.GetOperand(0), rhs = op.GetOperand(1);
        if (lhs == rhs) return One(ConstFold.BoolAttr(op.Context, op.GetResult(0).Type, TrueForEqualOperands(pred)));

        if (IsZero(c[1]))
        {
            foreach (var ext in new[] { "arith.extsi", "arith.extui" })
                if (Def(lhs, ext) is { } e && IntegerWidth(e.GetOperand(0).Type) == 1 && pred == CmpIPredicate.Ne)
                    return One(e.GetOperand(0));
            if (IsI1Like(lhs.Type) && pred == CmpIPredicate.Ne) return One(lhs);
        }
        if (IsOne(c[1]) && IsI1Like(lhs.Type) && pred == CmpIPredicate.Eq) return One(lhs);

        if (c[0] is not null && c[1] is null)
        {
            op.SetProp("predicate", ArithEnums.CmpIPredicate.Get(op.Context, (int)Swapped(pred)));
            op.SetOperand(0, rhs);
            op.SetOperand(1, lhs);
            return op.Results;
        }

        if (c[0] is ITypedAttribute typed)
        {
            var i1 = TypeUtil.GetI1SameShape(op.Context, typed.Type);
            return One(ConstFold.Binary(op.Context, c, i1, Int, Int,
                (a, b) => Apply(pred, a, b) ? ApInt.AllOnes(1) : ApInt.Zero(1)));
        }
        return null;
    }

    public static IReadOnlyList<object>? CmpF(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        var lhs = c[0] as FloatAttr;
        var rhs = c[1] as FloatAttr;
        // A NaN operand decides the result whatever the other operand is.
        if (lhs is not null && Value(lhs).IsNaN) rhs = lhs;
        if (rhs is not null && Value(rhs).IsNaN) lhs = rhs;
        if (lhs is null || rhs is null) return null;
        return One(BoolAttr.Get(op.Context, Apply(ArithDialect.GetCmpFPredicate(op), Value(lhs), Value(rhs))));
    }

    private static ApFloat Value(FloatAttr f) => new(f.FloatType.Semantics, f.Bits);

    public static IReadOnlyList<object>? Select(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        Value cond = op.GetOperand(0), t = op.GetOperand(1), f = op.GetOperand(2);
        if (t == f) return One(t);
        if (IsOne(c[0])) return One(t);
        if (IsZero(c[0])) return One(f);
        if (TypeUtil.IsSignlessInteger(op.GetResult(0).Type, 1) && IsOne(c[1]) && IsZero(c[2])) return One(cond);

        if (Def(cond, "arith.cmpi") is { } cmp)
        {
            var pred = ArithDialect.GetCmpIPredicate(cmp);
            if (pred is CmpIPredicate.Eq or CmpIPredicate.Ne)
            {
                Value cl = cmp.GetOperand(0), cr = cmp.GetOperand(1);
                if ((cl == t && cr == f) || (cr == t && cl == f))
                    return One(pred == CmpIPredicate.Ne ? t : f);
            }
        }

        // Element-wise choice between constant vectors under a constant, non-splat mask.
        if (c[0] is DenseElementsAttr mask && c[1] is DenseElementsAttr lhs && c[2] is DenseElementsAttr rhs)
        {
            int width = lhs.ElementByteWidth;
            var data = new byte[width * lhs.NumElements];
            for (long i = 0; i < lhs.NumElements; i++)
            {
                var chosen = mask.ElementBytes(i)[0] != 0 ? lhs.ElementBytes(i) : rhs.ElementBytes(i);
                chosen.CopyTo(data.AsSpan((int)(i * width), width));
            }
            return One(DenseElementsAttr.FromRaw(op.Context, lhs.ShapedType, data, isSplat: false));
        }
        return null;
    }
}
