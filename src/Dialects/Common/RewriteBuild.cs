namespace Lce.Dialects;

using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>
/// Op construction shared by the scf/cf/func canonicalization patterns, mirroring the MLIR
/// builders they call (arith::ConstantOp/SelectOp/XOrIOp/AndIOp::create, cf::BranchOp::create):
/// ops are created at the rewriter's insertion point and reported to its listener.
/// </summary>
public static class RewriteBuild
{
    /// <summary>`arith.constant value` (type taken from the typed attribute).</summary>
    public static Value Constant(RewriterBase rw, Location loc, IRAttribute value) =>
        rw.Create("arith.constant", loc, [], [((ITypedAttribute)value).Type], [new NamedAttribute("value", value)]).GetResult(0);

    /// <summary>An i1 `arith.constant true/false`.</summary>
    public static Value Bool(RewriterBase rw, Location loc, bool value) => Constant(rw, loc, BoolAttr.Get(rw.Context, value));

    public static Value Select(RewriterBase rw, Location loc, Value cond, Value whenTrue, Value whenFalse) =>
        rw.Create("arith.select", loc, [cond, whenTrue, whenFalse], [whenTrue.Type]).GetResult(0);

    public static Value XOrI(RewriterBase rw, Location loc, Value lhs, Value rhs) =>
        rw.Create("arith.xori", loc, [lhs, rhs], [lhs.Type]).GetResult(0);

    public static Value AndI(RewriterBase rw, Location loc, Value lhs, Value rhs) =>
        rw.Create("arith.andi", loc, [lhs, rhs], [lhs.Type]).GetResult(0);

    /// <summary>A detached `cf.br ^dest(operands)`.</summary>
    public static Operation NewBranch(IRContext ctx, Location loc, Block dest, IReadOnlyList<Value> operands) =>
        Operation.Create(ctx, "cf.br", loc, operands, successors: [dest]);

    /// <summary>`cf.br ^dest(operands)` at the insertion point.</summary>
    public static Operation Branch(RewriterBase rw, Location loc, Block dest, IReadOnlyList<Value> operands) =>
        rw.Insert(NewBranch(rw.Context, loc, dest, operands));

    /// <summary>Replaces <paramref name="op"/> by `cf.br ^dest(operands)` with the op's location (replaceOpWithNewOp&lt;BranchOp&gt;).</summary>
    public static Operation ReplaceWithBranch(RewriterBase rw, Operation op, Block dest, IReadOnlyList<Value> operands) =>
        rw.ReplaceOpWithNewOp(op, NewBranch(rw.Context, op.Location, dest, operands));

    /// <summary>The location MLIR gives a value: its defining op's or the block argument's.</summary>
    public static Location LocationOf(Value v) => v switch
    {
        OpResult r => r.Owner.Location,
        BlockArgument a => a.Location,
        _ => throw new ArgumentException("unknown value kind"),
    };

    /// <summary>Whether two value sequences are element-wise identical (ValueRange ==).</summary>
    public static bool SameValues(IReadOnlyList<Value> a, IReadOnlyList<Value> b)
    {
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++) if (!ReferenceEquals(a[i], b[i])) return false;
        return true;
    }
}
