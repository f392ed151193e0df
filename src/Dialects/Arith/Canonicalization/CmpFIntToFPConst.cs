namespace Lce.Dialects.Arith.Canonicalization;

using Lce.IR;
using Lce.IR.Numerics;
using Lce.IR.Rewrite;
using static Lce.Dialects.Arith.Folding.ConstantMatchers;

/// <summary>
/// cmpf(pred, itofp(x), C) -> cmpi(pred', x, int(C)) or a constant, when converting x to float
/// cannot change the outcome (C++ pattern CmpFIntToFPConst, after LLVM's InstCombine).
/// </summary>
internal sealed class CmpFIntToFPConst : RewritePattern
{
    public CmpFIntToFPConst() : base("arith.cmpf", 1) { DebugName = nameof(CmpFIntToFPConst); }

    private static CmpIPredicate? ToIntegerPredicate(CmpFPredicate pred, bool isUnsigned) => pred switch
    {
        CmpFPredicate.Ueq or CmpFPredicate.Oeq => CmpIPredicate.Eq,
        CmpFPredicate.Ugt or CmpFPredicate.Ogt => isUnsigned ? CmpIPredicate.Ugt : CmpIPredicate.Sgt,
        CmpFPredicate.Uge or CmpFPredicate.Oge => isUnsigned ? CmpIPredicate.Uge : CmpIPredicate.Sge,
        CmpFPredicate.Ult or CmpFPredicate.Olt => isUnsigned ? CmpIPredicate.Ult : CmpIPredicate.Slt,
        CmpFPredicate.Ule or CmpFPredicate.Ole => isUnsigned ? CmpIPredicate.Ule : CmpIPredicate.Sle,
        CmpFPredicate.Une or CmpFPredicate.One => CmpIPredicate.Ne,
        // mlir-opt 22 crashes on `false`/`true` here; they are simply not rewritten.
        _ => null,
    };

    private static bool ReplaceWithBool(Operation op, PatternRewriter rewriter, bool value)
    {
        var constant = ConstantOp.Build(rewriter, BoolAttr.Get(rewriter.Context, value), op.Location);
        rewriter.ReplaceOp(op, constant);
        return true;
    }

    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (ConstantOf(op.GetOperand(1)) is not FloatAttr flt) return false;
        var rhs = new ApFloat(flt.FloatType.Semantics, flt.Bits);
        if (rhs.IsNaN) return false;
        int mantissaWidth = flt.FloatType.Semantics.Precision;

        bool isUnsigned;
        if (op.GetOperand(0).DefiningOp is { Name: "arith.sitofp" } si) isUnsigned = false;
        else if (op.GetOperand(0).DefiningOp is { Name: "arith.uitofp" } ui) { isUnsigned = true; si = ui; }
        else return false;
        var intVal = si.GetOperand(0);
        if (intVal.Type is not IntegerType intType) return false;
        int intWidth = intType.Width;
        int valueBits = isUnsigned ? intWidth : intWidth - 1;

        if (intWidth > mantissaWidth)
        {
            int exponent = rhs.Ilogb();
            if (exponent == ApFloat.IlogbInf)
            {
                if (ApFloat.Largest(rhs.Semantics).Ilogb() < valueBits) return false;
            }
            else if (mantissaWidth <= exponent && exponent <= valueBits) return false;
        }

        var fpred = ArithDialect.GetCmpFPredicate(op);
        if (fpred == CmpFPredicate.Ord) return ReplaceWithBool(op, rewriter, true);
        if (fpred == CmpFPredicate.Uno) return ReplaceWithBool(op, rewriter, false);
        if (ToIntegerPredicate(fpred, isUnsigned) is not { } pred) return false;

        var sem = rhs.Semantics;
        if (!isUnsigned)
        {
            if (ApFloat.FromInteger(sem, ApInt.SignedMax(intWidth), true).LessThan(rhs))
                return ReplaceWithBool(op, rewriter, pred is CmpIPredicate.Ne or CmpIPredicate.Slt or CmpIPredicate.Sle);
            if (ApFloat.FromInteger(sem, ApInt.SignedMin(intWidth), true).GreaterThan(rhs))
                return ReplaceWithBool(op, rewriter, pred is CmpIPredicate.Ne or CmpIPredicate.Sgt or CmpIPredicate.Sge);
        }
        else
        {
            if (ApFloat.FromInteger(sem, ApInt.AllOnes(intWidth), false).LessThan(rhs))
                return ReplaceWithBool(op, rewriter, pred is CmpIPredicate.Ne or CmpIPredicate.Ult or CmpIPredicate.Ule);
            if (ApFloat.FromInteger(sem, ApInt.Zero(intWidth), false).GreaterThan(rhs))
                return ReplaceWithBool(op, rewriter, pred is CmpIPredicate.Ne or CmpIPredicate.Ugt or CmpIPredicate.Uge);
        }

        // rhsInt is rhs rounded toward zero; a fractional rhs adjusts the predicate.
        if (rhs.ToInteger(intWidth, !isUnsigned) is not { } rhsInt) return false;
        if (!rhs.IsZero && !ApFloat.FromInteger(sem, rhsInt, !isUnsigned).Compare(rhs).Equals(FloatComparison.Equal))
        {
            bool negative = rhs.IsNegative;
            switch (pred)
            {
                case CmpIPredicate.Ne: return ReplaceWithBool(op, rewriter, true);
                case CmpIPredicate.Eq: return ReplaceWithBool(op, rewriter, false);
                case CmpIPredicate.Ule: if (negative) return ReplaceWithBool(op, rewriter, false); break;
                case CmpIPredicate.Sle: if (negative) pred = CmpIPredicate.Slt; break;
                case CmpIPredicate.Ult:
                    if (negative) return ReplaceWithBool(op, rewriter, false);
                    pred = CmpIPredicate.Ule;
                    break;
                case CmpIPredicate.Slt: if (!negative) pred = CmpIPredicate.Sle; break;
                case CmpIPredicate.Ugt: if (negative) return ReplaceWithBool(op, rewriter, true); break;
                case CmpIPredicate.Sgt: if (negative) pred = CmpIPredicate.Sge; break;
                case CmpIPredicate.Uge:
                    if (negative) return ReplaceWithBool(op, rewriter, true);
                    pred = CmpIPredicate.Ugt;
                    break;
                case CmpIPredicate.Sge: if (!negative) pred = CmpIPredicate.Sgt; break;
            }
        }

        var constant = ConstantOp.Build(rewriter, IntegerAttr.Get(rewriter.Context, intType, rhsInt.Bits), op.Location);
        var cmp = rewriter.Create("arith.cmpi", op.Location, [intVal, constant.GetResult(0)], [IntegerType.Get(rewriter.Context, 1)],
            [new NamedAttribute("predicate", ArithEnums.CmpIPredicate.Get(rewriter.Context, (int)pred))]);
        rewriter.ReplaceOp(op, cmp);
        return true;
    }
}
