namespace Lce.Tests.Conversion;

using Lce.IR;
using Lce.IR.Conversion;

/// <summary>ConversionTarget: static, dialect, dynamic and unknown-op legality; recursive legality.</summary>
public class ConversionTargetTests
{
    private static (ConversionTestUtil U, Operation Add, Operation Mul, Operation Foo) Ops()
    {
        var u = new ConversionTestUtil();
        var m = u.Parse("func.func @f(%a: i32) {\n  %0 = arith.addi %a, %a : i32\n  %1 = arith.muli %a, %a : i32\n  \"tst.foo\"() : () -> ()\n  return\n}\n");
        var ops = m.GetRegion(0).EntryBlock!.FirstOp!.GetRegion(0).EntryBlock!.Operations.ToList();
        return (u, ops[0], ops[1], ops[2]);
    }

    [Fact]
    public void OpActionsOverrideDialectActions()
    {
        var (u, add, mul, foo) = Ops();
        using var _ = u;
        var t = new ConversionTarget(u.Ctx).AddIllegalDialect("arith").AddLegalOp("arith.muli");
        Assert.Null(t.IsLegal(add));
        Assert.True(t.IsIllegal(add));
        Assert.NotNull(t.IsLegal(mul));
        Assert.False(t.IsIllegal(mul));
        // Unknown ops are neither legal nor illegal.
        Assert.Null(t.IsLegal(foo));
        Assert.False(t.IsIllegal(foo));
        Assert.Null(t.GetOpAction("tst.foo"));
    }

    [Fact]
    public void DynamicCallbacksComposeNewestFirst()
    {
        var (u, add, mul, _) = Ops();
        using var __ = u;
        var t = new ConversionTarget(u.Ctx);
        t.AddDynamicallyLegalOp("arith.addi", _ => false);
        t.AddDynamicallyLegalOp("arith.addi", _ => null); // no opinion: the older callback decides
        Assert.Null(t.IsLegal(add));
        Assert.True(t.IsIllegal(add));
        t.AddDynamicallyLegalDialect(op => op.Name == "arith.muli", "arith");
        Assert.NotNull(t.IsLegal(mul));
        Assert.Equal(LegalizationAction.Dynamic, t.GetOpAction("arith.subi"));
    }

    [Fact]
    public void UnknownOpsFollowTheFallbackCallback()
    {
        var (u, _, _, foo) = Ops();
        using var __ = u;
        var t = new ConversionTarget(u.Ctx).MarkUnknownOpDynamicallyLegal(op => op.Name.StartsWith("tst."));
        Assert.NotNull(t.IsLegal(foo));
        Assert.Equal(LegalizationAction.Dynamic, t.GetOpAction("other.op"));
    }

    [Fact]
    public void RecursiveLegalityNeedsALegalOpAndMayBeNarrowed()
    {
        var (u, add, _, _) = Ops();
        using var __ = u;
        var func = add.ParentOp!;
        var t = new ConversionTarget(u.Ctx);
        Assert.Throws<InvalidOperationException>(() => t.MarkOpRecursivelyLegal("func.func"));
        t.AddLegalOp("func.func").MarkOpRecursivelyLegal("func.func");
        Assert.True(t.IsLegal(func)!.Value.IsRecursivelyLegal);
        t.MarkOpRecursivelyLegal("func.func", op => false);
        Assert.False(t.IsLegal(func)!.Value.IsRecursivelyLegal);
    }
}
