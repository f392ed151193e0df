namespace Lce.Dialects.Arith.Folding;

using Lce.IR;
using Lce.IR.Numerics;
using static ConstantMatchers;

/// <summary>
/// Fold hooks of the integer arithmetic ops, with MLIR's identities (addi x, 0 / muli x, 1 /
/// subi x, x / ...) and its refusals (division by zero, signed overflow of divsi and the
/// ceil/floor divisions, shifts by at least the bit width).
/// </summary>
internal static class IntegerFolds
{
    private static readonly IntCodec Int = IntCodec.Instance;

    /// <summary>The op's operand <paramref name="i"/>.</summary>
    private static Value Opd(Operation op, int i) => op.GetOperand(i);

    /// <summary>The defining op of <paramref name="v"/> if it is named <paramref name="name"/>.</summary>
    internal static Operation? Def(Value v, string name) => v.DefiningOp is { } d && d.Name == name ? d : null;

    internal static IReadOnlyList<object>? One(object? result) => result is null ? null : [result];

    private static IRAttribute? Binary(Operation op, IReadOnlyList<IRAttribute?> c, Func<ApInt, ApInt, ApInt?> calc) =>
        ConstFold.Binary(op.Context, c, Int, calc);

    public static IReadOnlyList<object>? AddI(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsZero(c[1])) return One(Opd(op, 0));
        if (Def(Opd(op, 0), "arith.subi") is { } sub && Opd(op, 1) == sub.GetOperand(1)) return One(sub.GetOperand(0));
        if (Def(Opd(op, 1), "arith.subi") is { } sub2 && Opd(op, 0) == sub2.GetOperand(1)) return One(sub2.GetOperand(0));
        return One(Binary(op, c, (a, b) => a.Add(b)));
    }

    public static IReadOnlyList<object>? SubI(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        var type = op.GetResult(0).Type;
        if (Opd(op, 0) == Opd(op, 1) && (type is not ShapedType s || s.HasStaticShape) && ConstFold.ZeroAttr(op.Context, type) is { } zero)
            return One(zero);
        if (IsZero(c[1])) return One(Opd(op, 0));
        if (Def(Opd(op, 0), "arith.addi") is { } add)
        {
            if (Opd(op, 1) == add.GetOperand(1)) return One(add.GetOperand(0));
            if (Opd(op, 1) == add.GetOperand(0)) return One(add.GetOperand(1));
        }
        return One(Binary(op, c, (a, b) => a.Sub(b)));
    }

    public static IReadOnlyList<object>? MulI(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsZero(c[1])) return One(Opd(op, 1));
        if (IsOne(c[1])) return One(Opd(op, 0));
        return One(Binary(op, c, (a, b) => a.Mul(b)));
    }

    /// <summary>`(a * b) / b -> a` when the multiplication carries the given no-wrap flag.</summary>
    private static Value? FoldDivMul(Value lhs, Value rhs, IntegerOverflowFlags required)
    {
        if (Def(lhs, "arith.muli") is not { } mul) return null;
        var flags = (mul.GetProp("overflowFlags") as IntegerOverflowFlagsAttr)?.Flags ?? IntegerOverflowFlags.None;
        if ((flags & required) != required) return null;
        if (mul.GetOperand(0) == rhs) return mul.GetOperand(1);
        if (mul.GetOperand(1) == rhs) return mul.GetOperand(0);
        return null;
    }

    public static IReadOnlyList<object>? DivUI(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsOne(c[1])) return One(Opd(op, 0));
        if (FoldDivMul(Opd(op, 0), Opd(op, 1), IntegerOverflowFlags.Nuw) is { } v) return One(v);
        bool div0 = false;
        var result = Binary(op, c, (a, b) =>
        {
            if (div0 || b.IsZero) { div0 = true; return a; }
            return a.UDiv(b);
        });
        return div0 ? null : One(result);
    }

    public static IReadOnlyList<object>? DivSI(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsOne(c[1])) return One(Opd(op, 0));
        if (FoldDivMul(Opd(op, 0), Opd(op, 1), IntegerOverflowFlags.Nsw) is { } v) return One(v);
        bool failed = false;
        var result = Binary(op, c, (a, b) =>
        {
            if (failed || b.IsZero) { failed = true; return a; }
            var q = a.SDivOv(b, out failed);
            return q;
        });
        return failed ? null : One(result);
    }

    /// <summary>(a - 1) / b + 1 for positive operands; the flag is the last step's overflow.</summary>
    private static ApInt SignedCeilNonnegInputs(ApInt a, ApInt b, out bool overflow)
    {
        var one = ApInt.One(a.Width);
        var val = a.SSubOv(one, out overflow).SDivOv(b, out overflow);
        return val.SAddOv(one, out overflow);
    }

    public static IReadOnlyList<object>? CeilDivUI(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsOne(c[1])) return One(Opd(op, 0));
        bool failed = false;
        var result = Binary(op, c, (a, b) =>
        {
            if (failed || b.IsZero) { failed = true; return a; }
            var quotient = a.UDiv(b);
            if (a.URem(b).IsZero) return quotient;
            return quotient.UAddOv(ApInt.One(a.Width), out failed);
        });
        return failed ? null : One(result);
    }

    public static IReadOnlyList<object>? CeilDivSI(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsOne(c[1])) return One(Opd(op, 0));
        bool failed = false;
        var result = Binary(op, c, (a, b) =>
        {
            if (failed || b.IsZero) { failed = true; return a; }
            if (a.IsZero) return a;
            var zero = ApInt.Zero(a.Width);
            bool aPositive = a.Sgt(zero), bPositive = b.Sgt(zero);
            if (aPositive && bPositive) return SignedCeilNonnegInputs(a, b, out failed);
            bool negA = false, negB = false, div = false, negRes = false;
            if (!aPositive && !bPositive)
            {
                var posA = zero.SSubOv(a, out negA);
                var posB = zero.SSubOv(b, out negB);
                var res = SignedCeilNonnegInputs(posA, posB, out div);
                failed = negA || negB || div;
                return res;
            }
            if (!aPositive)
            {
                var posA = zero.SSubOv(a, out negA);
                var q = posA.SDivOv(b, out div);
                var res = zero.SSubOv(q, out negRes);
                failed = negA || div || negRes;
                return res;
            }
            var posB2 = zero.SSubOv(b, out negB);
            var q2 = a.SDivOv(posB2, out div);
            var res2 = zero.SSubOv(q2, out negRes);
            failed = negB || div || negRes;
            return res2;
        });
        return failed ? null : One(result);
    }

    public static IReadOnlyList<object>? FloorDivSI(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsOne(c[1])) return One(Opd(op, 0));
        // MLIR's flag is assigned (not accumulated) per element: only the last element decides.
        bool failed = false;
        var result = Binary(op, c, (a, b) =>
        {
            if (b.IsZero) { failed = true; return a; }
            return a.SFloorDivOv(b, out failed);
        });
        return failed ? null : One(result);
    }

    public static IReadOnlyList<object>? RemUI(Operation op, IReadOnlyList<IRAttribute?> c) => Rem(op, c, (a, b) => a.URem(b));
    public static IReadOnlyList<object>? RemSI(Operation op, IReadOnlyList<IRAttribute?> c) => Rem(op, c, (a, b) => a.SRem(b));

    private static IReadOnlyList<object>? Rem(Operation op, IReadOnlyList<IRAttribute?> c, Func<ApInt, ApInt, ApInt> rem)
    {
        if (IsOne(c[1])) return One(ConstFold.ZeroAttr(op.Context, op.GetResult(0).Type));
        bool div0 = false;
        var result = Binary(op, c, (a, b) =>
        {
            if (div0 || b.IsZero) { div0 = true; return a; }
            return rem(a, b);
        });
        return div0 ? null : One(result);
    }

    /// <summary>`xori(x, allOnes)` whose non-constant side is <paramref name="x"/>: not(x).</summary>
    private static bool IsNotOf(Value candidate, Value x) =>
        Def(candidate, "arith.xori") is { } xor && xor.GetOperand(0) == x && IsConstantInt(xor.GetOperand(1), out var ones) && ones.IsAllOnes;

    public static IReadOnlyList<object>? AndI(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsZero(c[1])) return One(Opd(op, 1));
        if (IsConstantInt(c[1], out var v) && v.IsAllOnes) return One(Opd(op, 0));
        if (IsNotOf(Opd(op, 1), Opd(op, 0)) || IsNotOf(Opd(op, 0), Opd(op, 1)))
            return One(ConstFold.ZeroAttr(op.Context, op.GetResult(0).Type));
        // and(a, and(a, b)) -> and(a, b)
        foreach (bool reverse in new[] { false, true })
        {
            if (Def(Opd(op, reverse ? 1 : 0), "arith.andi") is not { } prev) continue;
            var other = Opd(op, reverse ? 0 : 1);
            if (other != prev.GetOperand(0) && other != prev.GetOperand(1)) continue;
            return One(prev.GetResult(0));
        }
        return One(Binary(op, c, (a, b) => a.And(b)));
    }

    public static IReadOnlyList<object>? OrI(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsConstantInt(c[1], out var v))
        {
            if (v.IsZero) return One(Opd(op, 0));
            if (v.IsAllOnes) return One(c[1]);
        }
        if (IsNotOf(Opd(op, 1), Opd(op, 0))) return One(Opd(op, 1).DefiningOp!.GetOperand(1));
        if (IsNotOf(Opd(op, 0), Opd(op, 1))) return One(Opd(op, 0).DefiningOp!.GetOperand(1));
        return One(Binary(op, c, (a, b) => a.Or(b)));
    }

    public static IReadOnlyList<object>? XOrI(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsZero(c[1])) return One(Opd(op, 0));
        if (Opd(op, 0) == Opd(op, 1))
            return One(ConstFold.ZeroAttr(op.Context, op.GetResult(0).Type));
        if (Def(Opd(op, 0), "arith.xori") is { } prev)
        {
            if (prev.GetOperand(1) == Opd(op, 1)) return One(prev.GetOperand(0));
            if (prev.GetOperand(0) == Opd(op, 1)) return One(prev.GetOperand(1));
        }
        if (Def(Opd(op, 1), "arith.xori") is { } prev2)
        {
            if (prev2.GetOperand(1) == Opd(op, 0)) return One(prev2.GetOperand(0));
            if (prev2.GetOperand(0) == Opd(op, 0)) return One(prev2.GetOperand(1));
        }
        return One(Binary(op, c, (a, b) => a.Xor(b)));
    }

    /// <summary>max/min folds: x op x, the absorbing extreme, the neutral extreme, constants.</summary>
    public static Func<Operation, IReadOnlyList<IRAttribute?>, IReadOnlyList<object>?> MinMax(
        Func<ApInt, bool> absorbing, Func<ApInt, bool> neutral, Func<ApInt, ApInt, ApInt> pick) => (op, c) =>
    {
        if (Opd(op, 0) == Opd(op, 1)) return One(Opd(op, 1));
        if (IsConstantInt(c[1], out var v))
        {
            if (absorbing(v)) return One(Opd(op, 1));
            if (neutral(v)) return One(Opd(op, 0));
        }
        return One(Binary(op, c, (a, b) => pick(a, b)));
    };

    /// <summary>Shift folds: a zero amount is the identity; MLIR keeps the boundedness of the last element only.</summary>
    public static Func<Operation, IReadOnlyList<IRAttribute?>, IReadOnlyList<object>?> Shift(Func<ApInt, ApInt, ApInt> shift) => (op, c) =>
    {
        if (IsZero(c[1])) return One(Opd(op, 0));
        bool bounded = false;
        var result = Binary(op, c, (a, b) =>
        {
            bounded = b.Bits < b.Width;
            return shift(a, b);
        });
        return bounded ? One(result) : null;
    };
}
