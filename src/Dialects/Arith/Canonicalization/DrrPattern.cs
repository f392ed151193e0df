namespace Lce.Dialects.Arith.Canonicalization;

using Lce.IR;
using Lce.IR.Rewrite;
using Lce.Dialects.Arith.Folding;

/// <summary>
/// A pattern transcribed from ArithCanonicalization.td. Like a DRR `Pat`, it is rooted at one op,
/// its benefit is the number of ops in the source pattern, its debug name is the def's name (the
/// label "(anonymous namespace)::Name" is what mlir-opt's disable-patterns matches), and the
/// rewrite builds the result DAG innermost first at the root, with the fused location of the
/// matched ops, then replaces the root.
/// </summary>
internal abstract class DrrPattern : RewritePattern
{
    protected DrrPattern(string name, string root, int benefit) : base(root, benefit)
    {
        DebugName = name;
        DebugLabels.Add("(anonymous namespace)::" + name);
    }

    public sealed override bool MatchAndRewrite(Operation op, PatternRewriter rewriter) =>
        Apply(op, new DrrRewrite(rewriter, op));

    /// <summary>Matches <paramref name="root"/> and, on success, rewrites through <paramref name="r"/>.</summary>
    protected abstract bool Apply(Operation root, DrrRewrite r);

    /// <summary>The defining op of <paramref name="v"/> if it is an <paramref name="opName"/>.</summary>
    protected static Operation? Op(Value v, string opName) => v.DefiningOp is { } d && d.Name == opName ? d : null;

    /// <summary>ConstantLikeMatcher APIntAttr: an integer constant (not a splat).</summary>
    protected static IntegerAttr? IntConstant(Value v) => ConstantMatchers.ConstantOf(v) as IntegerAttr;

    /// <summary>ConstantLikeMatcher AnyAttr: any constant value.</summary>
    protected static IRAttribute? AnyConstant(Value v) => ConstantMatchers.ConstantOf(v);

    /// <summary>ConstantLikeMatcher ConstantAttr&lt;I1Attr, value&gt;: the i1 constant true/false.</summary>
    protected static bool IsI1Constant(Value v, bool value) =>
        ConstantMatchers.ConstantOf(v) is IntegerAttr { Type: IntegerType { Width: 1, IsSignless: true } } a && a.Value.IsZero != value;

    /// <summary>getIntOrSplatIntValue.</summary>
    protected static bool IntOrSplat(IRAttribute? a, out IR.Numerics.ApInt value) => ConstantMatchers.IsConstantInt(a, out value);

    /// <summary>The overflow flags of an op (`$ovf`).</summary>
    protected static IntegerOverflowFlags Overflow(Operation op) =>
        (op.GetProp("overflowFlags") as IntegerOverflowFlagsAttr)?.Flags ?? IntegerOverflowFlags.None;

    /// <summary>MergeOverflow: the flags both ops guarantee.</summary>
    protected static IntegerOverflowFlags MergeOverflow(Operation a, Operation b) => Overflow(a) & Overflow(b);

    /// <summary>getScalarOrElementWidth: the element bit width, or -1 for other types.</summary>
    protected static long ElementWidth(Value v) => TypeUtil.ElementTypeOrSelf(v.Type) switch
    {
        IntegerType i => i.Width,
        FloatType f => f.Width,
        _ => -1,
    };
}

/// <summary>The rewrite half of a DRR pattern: op creation at the root with the fused location.</summary>
internal sealed class DrrRewrite(PatternRewriter rewriter, Operation root)
{
    private readonly List<Operation> _matched = [root];

    public PatternRewriter Rewriter => rewriter;
    public IRContext Context => rewriter.Context;

    /// <summary>Records matched ops so the created ops get their fused location; returns true.</summary>
    public bool Matched(params Operation[] ops)
    {
        _matched.AddRange(ops);
        return true;
    }

    private Location Loc => FusedLoc.Get(Context, _matched.Select(o => o.Location));

    /// <summary>Creates `name` with the given operands, result types and properties.</summary>
    public Operation Create(string name, IReadOnlyList<Value> operands, IReadOnlyList<IRType> resultTypes, params (string Name, IRAttribute Value)[] props) =>
        rewriter.Create(name, Loc, operands, resultTypes, props.Select(p => new NamedAttribute(p.Name, p.Value)));

    /// <summary>A single-result op whose result type is that of its first operand (SameOperandsAndResultType).</summary>
    public Value Same(string name, Value lhs, Value rhs, params (string Name, IRAttribute Value)[] props) =>
        Create(name, [lhs, rhs], [lhs.Type], props).GetResult(0);

    /// <summary>A cast-like op producing <paramref name="type"/> (types come from the replaced result).</summary>
    public Value Unary(string name, Value operand, IRType type, params (string Name, IRAttribute Value)[] props) =>
        Create(name, [operand], [type], props).GetResult(0);

    /// <summary>`arith.constant value`.</summary>
    public Value Constant(IRAttribute value) => ConstantOp.Build(rewriter, value, Loc).GetResult(0);

    /// <summary>`arith.cmpi pred, lhs, rhs`.</summary>
    public Value CmpI(CmpIPredicate pred, Value lhs, Value rhs) =>
        Create("arith.cmpi", [lhs, rhs], [TypeUtil.GetI1SameShape(Context, lhs.Type)],
            ("predicate", ArithEnums.CmpIPredicate.Get(Context, (int)pred))).GetResult(0);

    public (string, IRAttribute) OverflowProp(IntegerOverflowFlags flags) => ("overflowFlags", IntegerOverflowFlagsAttr.Get(Context, flags));

    /// <summary>Replaces the root's results and erases it; always returns true (a successful rewrite).</summary>
    public bool Replace(params Value[] values)
    {
        rewriter.ReplaceOp(root, values);
        return true;
    }
}
