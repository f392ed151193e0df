namespace Lce.Dialects.Arith.Folding;

using Lce.IR;
using Lce.IR.Numerics;
using static IntegerFolds;

/// <summary>
/// Fold hooks of the cast ops: cast chains folded in place (extui(extui), trunci(ext), trunci(trunci),
/// truncf(extf)), round trips (extf(truncf) under contract, trunci(ext) back to the source type) and
/// constant casts (float conversions only when exact, float-to-int only when in range).
/// </summary>
internal static class CastFolds
{
    private static readonly IntCodec Int = IntCodec.Instance;
    private static readonly FloatCodec Flt = FloatCodec.Instance;

    private static IRType ResultType(Operation op) => op.GetResult(0).Type;
    private static IRType ResultElement(Operation op) => TypeUtil.ElementTypeOrSelf(ResultType(op));
    private static int ResultIntWidth(Operation op) => ResultElement(op) is IntegerType i ? i.Width : IndexType.StorageWidth;
    private static FloatSemantics ResultSemantics(Operation op) => ((FloatType)ResultElement(op)).Semantics;

    private static IRAttribute? IntToInt(Operation op, IReadOnlyList<IRAttribute?> c, Func<ApInt, ApInt?> calc) =>
        ConstFold.Cast(op.Context, c, ResultType(op), Int, Int, calc);

    /// <summary>extui/extsi: ext(ext(x)) becomes ext(x) in place; constants are extended.</summary>
    public static Func<Operation, IReadOnlyList<IRAttribute?>, IReadOnlyList<object>?> Ext(bool signed) => (op, c) =>
    {
        if (Def(op.GetOperand(0), op.Name) is { } inner)
        {
            op.SetOperand(0, inner.GetOperand(0));
            return op.Results;
        }
        int width = ResultIntWidth(op);
        return One(IntToInt(op, c, a => signed ? a.SExt(width) : a.ZExt(width)));
    };

    public static IReadOnlyList<object>? TruncI(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        var operand = op.GetOperand(0);
        var ext = Def(operand, "arith.extui") ?? Def(operand, "arith.extsi");
        if (ext is not null)
        {
            var src = ext.GetOperand(0);
            var srcType = TypeUtil.ElementTypeOrSelf(src.Type);
            var dstType = ResultElement(op);
            if (((IntegerType)srcType).Width > ((IntegerType)dstType).Width)
            {
                op.SetOperand(0, src);
                return op.Results;
            }
            if (ReferenceEquals(srcType, dstType)) return One(src);
        }
        if (Def(operand, "arith.trunci") is { } trunc)
        {
            op.SetOperand(0, trunc.GetOperand(0));
            return op.Results;
        }
        int width = ResultIntWidth(op);
        return One(IntToInt(op, c, a => a.Trunc(width)));
    }

    private static FastMathFlags FastMath(Operation op) =>
        (op.GetProp("fastmath") as FastMathFlagsAttr)?.Flags ?? FastMathFlags.None;

    public static IReadOnlyList<object>? ExtF(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (Def(op.GetOperand(0), "arith.truncf") is { } trunc && ReferenceEquals(trunc.GetOperand(0).Type, ResultType(op))
            && FastMath(trunc).HasFlag(FastMathFlags.Contract) && FastMath(op).HasFlag(FastMathFlags.Contract))
            return One(trunc.GetOperand(0));
        return One(ExactFloatCast(op, c));
    }

    public static IReadOnlyList<object>? TruncF(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        var resultElement = (FloatType)ResultElement(op);
        if (Def(op.GetOperand(0), "arith.extf") is { } ext)
        {
            var src = ext.GetOperand(0);
            var srcType = (FloatType)TypeUtil.ElementTypeOrSelf(src.Type);
            var intermediate = (FloatType)TypeUtil.ElementTypeOrSelf(ext.GetResult(0).Type);
            if (ApFloat.IsRepresentableBy(srcType.Semantics, intermediate.Semantics))
            {
                if (srcType.Width > resultElement.Width)
                {
                    op.SetOperand(0, src);
                    return op.Results;
                }
                if (ReferenceEquals(srcType, resultElement)) return One(src);
            }
        }
        // Only exact conversions fold, so the rounding mode cannot change the result.
        return One(ExactFloatCast(op, c));
    }

    private static IRAttribute? ExactFloatCast(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        var target = ResultSemantics(op);
        return ConstFold.Cast(op.Context, c, ResultType(op), Flt, Flt,
            a => a.TryConvertExactly(target, out var r) ? r : null);
    }

    public static Func<Operation, IReadOnlyList<IRAttribute?>, IReadOnlyList<object>?> IntToFloat(bool signed) => (op, c) =>
    {
        var sem = ResultSemantics(op);
        return One(ConstFold.Cast(op.Context, c, ResultType(op), Int, Flt, a => ApFloat.FromInteger(sem, a, signed)));
    };

    public static Func<Operation, IReadOnlyList<IRAttribute?>, IReadOnlyList<object>?> FloatToInt(bool signed) => (op, c) =>
    {
        int width = ResultIntWidth(op);
        return One(ConstFold.Cast(op.Context, c, ResultType(op), Flt, Int, a => a.ToInteger(width, signed)));
    };

    /// <summary>index_cast / index_castui of constants: sign- or zero-extend or truncate to the result width.</summary>
    public static Func<Operation, IReadOnlyList<IRAttribute?>, IReadOnlyList<object>?> IndexCast(bool signed) => (op, c) =>
    {
        int width = ResultIntWidth(op);
        return One(IntToInt(op, c, a => signed ? a.SExtOrTrunc(width) : a.ZExtOrTrunc(width)));
    };

    public static IReadOnlyList<object>? Bitcast(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        var operand = c[0];
        var resultType = ResultType(op);
        if (operand is null) return null;
        if (operand is DenseElementsAttr dense)
        {
            if (resultType is not ShapedType shaped) return null;
            return One(DenseElementsAttr.FromRaw(op.Context, shaped, dense.RawDataArray, dense.IsSplat));
        }
        if (resultType is ShapedType) return null;
        var bits = operand switch
        {
            FloatAttr f => (System.Numerics.BigInteger)f.Bits,
            IntegerAttr i => new ApInt(IntCodec.WidthOf(i.Type), i.Value).Bits,
            _ => (System.Numerics.BigInteger?)null,
        };
        if (bits is not { } b) return null;
        if (resultType is FloatType ft) return One(FloatAttr.FromBits(op.Context, ft, (UInt128)b));
        return One(IntegerAttr.Get(op.Context, resultType, b));
    }
}
