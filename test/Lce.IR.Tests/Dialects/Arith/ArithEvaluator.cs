namespace Lce.Tests.Dialects.Arith;

using Lce.Dialects.Arith;
using Lce.IR;
using Lce.IR.Numerics;

/// <summary>A runtime value of the evaluator: an integer, a float, or poison (undefined).</summary>
internal readonly record struct EvalValue(ApInt? Int, ApFloat? Float)
{
    public static readonly EvalValue Poison = new(null, null);
    public bool IsPoison => Int is null && Float is null;

    /// <summary>Same observable value: equal bits, any two NaNs alike (NaN payloads are not specified).</summary>
    public bool SameAs(EvalValue o) =>
        Int is { } i ? o.Int is { } j && i.Equals(j)
        : Float is { } f && o.Float is { } g && (f.IsNaN ? g.IsNaN : f.Equals(g));

    public override string ToString() => IsPoison ? "poison" : Int?.ToString() ?? Float!.Value.ToString();
}

/// <summary>
/// A small interpreter of scalar arith ops with LLVM's semantics (wrapping integer arithmetic,
/// round-to-nearest-even floats). Behaviour the dialect leaves undefined (division by zero,
/// signed division overflow, shifts by the bit width or more, out-of-range float-to-int) yields
/// poison, which then propagates; a select only looks at the operand it picks.
/// </summary>
internal static class ArithEvaluator
{
    public static List<EvalValue> Run(Operation func, IReadOnlyList<EvalValue> args)
    {
        var env = new Dictionary<Value, EvalValue>();
        var entry = func.GetRegion(0).EntryBlock!;
        for (int i = 0; i < args.Count; i++) env[entry.Arguments[i]] = args[i];
        foreach (var op in entry.Operations)
        {
            if (op.Name == "func.return") return op.Operands.Select(v => env[v]).ToList();
            var results = Eval(op, op.Operands.Select(v => env[v]).ToArray());
            for (int i = 0; i < results.Length; i++) env[op.GetResult(i)] = results[i];
        }
        throw new InvalidOperationException("no return");
    }

    private static int Width(IRType t) => t is IntegerType i ? i.Width : 64;
    private static EvalValue I(ApInt v) => new(v, null);
    private static EvalValue F(ApFloat v) => new(null, v);
    private static EvalValue Bool(bool b) => I(b ? ApInt.One(1) : ApInt.Zero(1));

    private static EvalValue[] Eval(Operation op, EvalValue[] a)
    {
        var resultType = op.NumResults > 0 ? op.GetResult(0).Type : null;
        if (op.Name == "arith.constant")
        {
            return op.GetProp("value") switch
            {
                IntegerAttr i => [I(new ApInt(Width(i.Type), i.Value))],
                FloatAttr f => [F(new ApFloat(f.FloatType.Semantics, f.Bits))],
                var v => throw new NotSupportedException($"constant {v}"),
            };
        }
        if (op.Name == "arith.select")
            return [a[0].IsPoison ? EvalValue.Poison : a[0].Int!.Value.IsOne ? a[1] : a[2]];
        if (a.Any(v => v.IsPoison)) return Enumerable.Repeat(EvalValue.Poison, op.NumResults).ToArray();
        return op.Name switch
        {
            "arith.addui_extended" => [I(a[0].Int!.Value.Add(a[1].Int!.Value)), Bool(a[0].Int!.Value.Add(a[1].Int!.Value).Ult(a[0].Int!.Value))],
            "arith.mulsi_extended" => [I(a[0].Int!.Value.Mul(a[1].Int!.Value)), I(ApInt.MulHS(a[0].Int!.Value, a[1].Int!.Value))],
            "arith.mului_extended" => [I(a[0].Int!.Value.Mul(a[1].Int!.Value)), I(ApInt.MulHU(a[0].Int!.Value, a[1].Int!.Value))],
            _ => [a[0].Int is not null && a.Length == 2 && a[1].Int is not null && op.Name != "arith.cmpi"
                    ? IntBinary(op.Name, a[0].Int!.Value, a[1].Int!.Value)
                    : Other(op, resultType!, a)],
        };
    }

    private static EvalValue IntBinary(string name, ApInt x, ApInt y)
    {
        bool zero = y.IsZero, overflow = x.IsMinSigned && y.IsAllOnes;
        return name switch
        {
            "arith.addi" => I(x.Add(y)),
            "arith.subi" => I(x.Sub(y)),
            "arith.muli" => I(x.Mul(y)),
            "arith.andi" => I(x.And(y)),
            "arith.ori" => I(x.Or(y)),
            "arith.xori" => I(x.Xor(y)),
            "arith.maxsi" => I(ApInt.SMax(x, y)),
            "arith.minsi" => I(ApInt.SMin(x, y)),
            "arith.maxui" => I(ApInt.UMax(x, y)),
            "arith.minui" => I(ApInt.UMin(x, y)),
            "arith.shli" => y.Bits >= x.Width ? EvalValue.Poison : I(x.Shl(y)),
            "arith.shrui" => y.Bits >= x.Width ? EvalValue.Poison : I(x.LShr(y)),
            "arith.shrsi" => y.Bits >= x.Width ? EvalValue.Poison : I(x.AShr(y)),
            "arith.divui" => zero ? EvalValue.Poison : I(x.UDiv(y)),
            "arith.remui" => zero ? EvalValue.Poison : I(x.URem(y)),
            "arith.ceildivui" => zero ? EvalValue.Poison : I(new ApInt(x.Width, (x.Bits + y.Bits - 1) / y.Bits)),
            "arith.divsi" => zero || overflow ? EvalValue.Poison : I(x.SDiv(y)),
            "arith.remsi" => zero || overflow ? EvalValue.Poison : I(x.SRem(y)),
            "arith.ceildivsi" => zero || overflow ? EvalValue.Poison : I(new ApInt(x.Width, CeilDiv(x.Signed, y.Signed))),
            "arith.floordivsi" => zero || overflow ? EvalValue.Poison : I(new ApInt(x.Width, FloorDiv(x.Signed, y.Signed))),
            _ => throw new NotSupportedException(name),
        };
    }

    private static System.Numerics.BigInteger FloorDiv(System.Numerics.BigInteger a, System.Numerics.BigInteger b)
    {
        var q = System.Numerics.BigInteger.DivRem(a, b, out var r);
        return !r.IsZero && (r.Sign < 0) != (b.Sign < 0) ? q - 1 : q;
    }

    private static System.Numerics.BigInteger CeilDiv(System.Numerics.BigInteger a, System.Numerics.BigInteger b) => -FloorDiv(-a, b);

    private static EvalValue Other(Operation op, IRType resultType, EvalValue[] a)
    {
        switch (op.Name)
        {
            case "arith.cmpi":
                return Bool(CmpI(ArithDialect.GetCmpIPredicate(op), a[0].Int!.Value, a[1].Int!.Value));
            case "arith.cmpf":
                return Bool(CmpF(ArithDialect.GetCmpFPredicate(op), a[0].Float!.Value, a[1].Float!.Value));
            case "arith.extui": return I(a[0].Int!.Value.ZExt(Width(resultType)));
            case "arith.extsi": return I(a[0].Int!.Value.SExt(Width(resultType)));
            case "arith.trunci": return I(a[0].Int!.Value.Trunc(Width(resultType)));
            case "arith.index_cast": return I(a[0].Int!.Value.SExtOrTrunc(Width(resultType)));
            case "arith.index_castui": return I(a[0].Int!.Value.ZExtOrTrunc(Width(resultType)));
            case "arith.sitofp": return F(ApFloat.FromInteger(Sem(resultType), a[0].Int!.Value, true));
            case "arith.uitofp": return F(ApFloat.FromInteger(Sem(resultType), a[0].Int!.Value, false));
            case "arith.fptosi": return a[0].Float!.Value.ToInteger(Width(resultType), true) is { } s ? I(s) : EvalValue.Poison;
            case "arith.fptoui": return a[0].Float!.Value.ToInteger(Width(resultType), false) is { } u ? I(u) : EvalValue.Poison;
            case "arith.bitcast": return F(new ApFloat(Sem(resultType), (UInt128)a[0].Int!.Value.Bits));
            case "arith.extf":
            case "arith.truncf":
                var from = a[0].Float!.Value;
                return F(new ApFloat(Sem(resultType), FloatParser.Convert(from.Bits, from.Semantics, Sem(resultType))));
            case "arith.negf": return F(a[0].Float!.Value.Negate());
        }
        ApFloat x = a[0].Float!.Value, y = a[1].Float!.Value;
        return F(op.Name switch
        {
            "arith.addf" => x.Add(y),
            "arith.subf" => x.Subtract(y),
            "arith.mulf" => x.Multiply(y),
            "arith.divf" => x.Divide(y),
            "arith.remf" => x.Mod(y),
            "arith.maximumf" => ApFloat.Maximum(x, y),
            "arith.minimumf" => ApFloat.Minimum(x, y),
            "arith.maxnumf" => ApFloat.MaxNum(x, y),
            "arith.minnumf" => ApFloat.MinNum(x, y),
            _ => throw new NotSupportedException(op.Name),
        });
    }

    private static FloatSemantics Sem(IRType t) => ((FloatType)t).Semantics;

    private static bool CmpI(CmpIPredicate p, ApInt x, ApInt y)
    {
        var (s, t, u, v) = (x.Signed, y.Signed, x.Bits, y.Bits);
        return p switch
        {
            CmpIPredicate.Eq => u == v,
            CmpIPredicate.Ne => u != v,
            CmpIPredicate.Slt => s < t,
            CmpIPredicate.Sle => s <= t,
            CmpIPredicate.Sgt => s > t,
            CmpIPredicate.Sge => s >= t,
            CmpIPredicate.Ult => u < v,
            CmpIPredicate.Ule => u <= v,
            CmpIPredicate.Ugt => u > v,
            _ => u >= v,
        };
    }

    /// <summary>IEEE comparison predicates, written out independently of the folder.</summary>
    private static bool CmpF(CmpFPredicate p, ApFloat x, ApFloat y)
    {
        if (x.IsNaN || y.IsNaN)
            return p is CmpFPredicate.AlwaysTrue or CmpFPredicate.Ueq or CmpFPredicate.Ugt or CmpFPredicate.Uge
                or CmpFPredicate.Ult or CmpFPredicate.Ule or CmpFPredicate.Une or CmpFPredicate.Uno;
        double a = x.ToDouble(), b = y.ToDouble();
        return p switch
        {
            CmpFPredicate.AlwaysFalse or CmpFPredicate.Uno => false,
            CmpFPredicate.Oeq or CmpFPredicate.Ueq => a == b,
            CmpFPredicate.Ogt or CmpFPredicate.Ugt => a > b,
            CmpFPredicate.Oge or CmpFPredicate.Uge => a >= b,
            CmpFPredicate.Olt or CmpFPredicate.Ult => a < b,
            CmpFPredicate.Ole or CmpFPredicate.Ule => a <= b,
            CmpFPredicate.One or CmpFPredicate.Une => a != b,
            _ => true,
        };
    }
}
