namespace Lce.Dialects.Cf;

using System.Numerics;
using Lce.IR;

/// <summary>Accessors and builders for `cf.cond_br` and `cf.switch`, whose operand groups live in segment properties.</summary>
internal static class CfOps
{
    public static int[] I32Array(Operation op, string name)
    {
        if (op.GetProp(name) is not DenseArrayAttr a) return [];
        var r = new int[a.Size];
        for (int i = 0; i < a.Size; i++) r[i] = BitConverter.ToInt32(a.ElementBytes(i));
        return r;
    }

    private static List<Value> Range(Operation op, int start, int count) =>
        Enumerable.Range(start, count).Select(op.GetOperand).ToList();

    // ---- cf.cond_br: operands (condition, trueDestOperands..., falseDestOperands...) ----
    public static List<Value> TrueOperands(Operation condBr) => Range(condBr, 1, I32Array(condBr, "operandSegmentSizes")[1]);

    public static List<Value> FalseOperands(Operation condBr)
    {
        var seg = I32Array(condBr, "operandSegmentSizes");
        return Range(condBr, 1 + seg[1], seg[2]);
    }

    public static Operation NewCondBranch(IRContext ctx, Location loc, Value cond, Block trueDest, IReadOnlyList<Value> trueOperands,
        Block falseDest, IReadOnlyList<Value> falseOperands) =>
        Operation.Create(ctx, "cf.cond_br", loc, [cond, .. trueOperands, .. falseOperands],
            properties: DictionaryAttr.Get(ctx, [new NamedAttribute("operandSegmentSizes",
                DenseArrayAttr.GetI32(ctx, [1, trueOperands.Count, falseOperands.Count]))]),
            successors: [trueDest, falseDest]);

    // ---- cf.switch: operands (flag, defaultOperands..., caseOperands...) ----
    public static Block DefaultDest(Operation sw) => sw.GetSuccessor(0);
    public static List<Block> CaseDests(Operation sw) => sw.Successors.Skip(1).ToList();

    public static List<Value> DefaultOperands(Operation sw) => Range(sw, 1, I32Array(sw, "operandSegmentSizes")[1]);

    public static List<Value> CaseOperands(Operation sw, int index)
    {
        var seg = I32Array(sw, "operandSegmentSizes");
        var caseSeg = I32Array(sw, "case_operand_segments");
        int start = 1 + seg[1] + caseSeg.Take(index).Sum();
        return Range(sw, start, caseSeg[index]);
    }

    /// <summary>The case values read with the flag type's signedness (null when the op has none).</summary>
    public static List<BigInteger>? CaseValues(Operation sw)
    {
        if (sw.GetProp("case_values") is not DenseElementsAttr d) return null;
        var r = new List<BigInteger>();
        for (long i = 0; i < d.NumElements; i++) r.Add(d.IntegerAt(i));
        return r;
    }

    /// <summary>The value as an unsigned APInt of the flag's width (getLimitedValue, as the printer shows it).</summary>
    public static BigInteger Unsigned(BigInteger v, IRType flagType) => ConstantMatch.UnsignedBits(v, flagType);

    public static DenseElementsAttr CaseValuesAttr(IRContext ctx, IRType flagType, IReadOnlyList<BigInteger> values)
    {
        var type = VectorType.Get(ctx, [values.Count], flagType);
        int width = DenseElementsAttr.ElementByteWidthOf(flagType);
        var data = new byte[values.Count * width];
        for (int i = 0; i < values.Count; i++)
        {
            var bytes = ConstantMatch.UnsignedBits(values[i], flagType).ToByteArray(isUnsigned: true, isBigEndian: false);
            Array.Copy(bytes, 0, data, i * width, Math.Min(bytes.Length, width));
        }
        return DenseElementsAttr.FromRaw(ctx, type, data, isSplat: false);
    }

    /// <summary>SwitchOp::build: case values become a `vector&lt;N x flag&gt;` dense attribute (absent when there are none).</summary>
    public static Operation NewSwitch(IRContext ctx, Location loc, Value flag, Block defaultDest, IReadOnlyList<Value> defaultOperands,
        IRAttribute? caseValues, IReadOnlyList<Block> caseDests, IReadOnlyList<IReadOnlyList<Value>> caseOperands)
    {
        var props = new List<NamedAttribute>
        {
            new("case_operand_segments", DenseArrayAttr.GetI32(ctx, caseOperands.Select(c => c.Count))),
        };
        if (caseValues is not null) props.Add(new("case_values", caseValues));
        props.Add(new("operandSegmentSizes", DenseArrayAttr.GetI32(ctx, [1, defaultOperands.Count, caseOperands.Sum(c => c.Count)])));
        return Operation.Create(ctx, "cf.switch", loc, [flag, .. defaultOperands, .. caseOperands.SelectMany(c => c)],
            properties: DictionaryAttr.Get(ctx, props), successors: [defaultDest, .. caseDests]);
    }

    public static Operation NewSwitch(IRContext ctx, Location loc, Value flag, Block defaultDest, IReadOnlyList<Value> defaultOperands,
        IReadOnlyList<BigInteger> caseValues, IReadOnlyList<Block> caseDests, IReadOnlyList<IReadOnlyList<Value>> caseOperands) =>
        NewSwitch(ctx, loc, flag, defaultDest, defaultOperands,
            caseValues.Count == 0 ? null : CaseValuesAttr(ctx, flag.Type, caseValues), caseDests, caseOperands);
}
