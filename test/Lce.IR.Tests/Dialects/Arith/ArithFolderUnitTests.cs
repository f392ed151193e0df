namespace Lce.Tests.Dialects.Arith;

using Lce.Dialects.Arith;
using Lce.IR;
using Lce.IR.Numerics;
using Lce.IR.Rewrite;

/// <summary>
/// Direct checks of the arith fold hooks and pattern registration, complementing the
/// differential tests: in-place folds, trait folds composed into the fold hook, operand
/// constants reaching the folder, and pattern names and benefits as DRR derives them.
/// </summary>
public sealed class ArithFolderUnitTests
{
    private readonly DialectTestUtil _t = new();

    private static IReadOnlyList<object>? Fold(Operation op, params IRAttribute?[] operands) =>
        op.Definition!.Folder!(op, operands);

    [Fact]
    public void CommutativeTraitMovesConstantRightInPlace()
    {
        var entry = _t.Func("f", [_t.I(32)], [_t.I(32)]);
        var c = _t.Constant(IntegerAttr.Get(_t.Ctx, _t.I(32), 5)).GetResult(0);
        var add = _t.Op("arith.addi", [c, entry.Arguments[0]], [_t.I(32)]);
        var folded = Fold(add, IntegerAttr.Get(_t.Ctx, _t.I(32), 5), null);
        Assert.NotNull(folded);
        Assert.Same(add.GetResult(0), folded![0]);
        Assert.Same(entry.Arguments[0], add.GetOperand(0));
        Assert.Same(c, add.GetOperand(1));
        // Already canonical: nothing more to do.
        Assert.Null(Fold(add, null, IntegerAttr.Get(_t.Ctx, _t.I(32), 5)));
    }

    [Fact]
    public void IdempotentTraitFoldsOrOfSameValue()
    {
        var entry = _t.Func("f", [_t.I(8)], [_t.I(8)]);
        var or = _t.Op("arith.ori", [entry.Arguments[0], entry.Arguments[0]], [_t.I(8)]);
        Assert.Same(entry.Arguments[0], Assert.Single(Fold(or, null, null)!));
    }

    [Fact]
    public void CmpIWithConstantLeftSwapsPredicate()
    {
        var entry = _t.Func("f", [_t.I(32)], [_t.I(1)]);
        var c = _t.Constant(IntegerAttr.Get(_t.Ctx, _t.I(32), 7)).GetResult(0);
        var cmp = _t.Op("arith.cmpi", [c, entry.Arguments[0]], [_t.I(1)], ("predicate", ArithEnums.CmpIPredicate.Get(_t.Ctx, (int)CmpIPredicate.Ult)));
        Assert.Same(cmp.GetResult(0), Assert.Single(Fold(cmp, IntegerAttr.Get(_t.Ctx, _t.I(32), 7), null)!));
        Assert.Equal(CmpIPredicate.Ugt, ArithDialect.GetCmpIPredicate(cmp));
        Assert.Same(entry.Arguments[0], cmp.GetOperand(0));
    }

    [Fact]
    public void DivisionByZeroAndSignedOverflowDoNotFold()
    {
        _t.Func("f", [], []);
        IRAttribute I32(long v) => IntegerAttr.Get(_t.Ctx, _t.I(32), v);
        var a = _t.Constant(I32(int.MinValue)).GetResult(0);
        var b = _t.Constant(I32(-1)).GetResult(0);
        var divsi = _t.Op("arith.divsi", [a, b], [_t.I(32)]);
        Assert.Null(Fold(divsi, I32(int.MinValue), I32(-1)));
        var divui = _t.Op("arith.divui", [a, b], [_t.I(32)]);
        Assert.Null(Fold(divui, I32(7), I32(0)));
        Assert.Equal(I32(-3), Assert.Single(Fold(divsi, I32(7), I32(-2))!));
    }

    [Fact]
    public void WideIntegersFoldWithApIntSemantics()
    {
        var x = new ApInt(100, System.Numerics.BigInteger.One << 99);
        Assert.True(x.IsMinSigned);
        Assert.True(x.SDivOv(ApInt.AllOnes(100), out bool overflow).IsMinSigned && overflow);
        Assert.True(x.AShr(new ApInt(100, 200)).IsAllOnes);
        Assert.True(x.Shl(new ApInt(100, 100)).IsZero);
        Assert.Equal(new ApInt(100, -1), ApInt.MulHS(x, new ApInt(100, 1)));
    }

    [Fact]
    public void PatternsCarryDrrNamesAndBenefits()
    {
        var set = new RewritePatternSet(_t.Ctx);
        foreach (var def in _t.Ctx.GetDialect("arith")!.Operations) def.GetCanonicalizationPatterns(set);
        var byName = set.Patterns.ToDictionary(p => p.DebugName);
        // DRR: benefit = ops in the source pattern (constant matchers are not ops).
        Assert.Equal(2, byName["AddIAddConstant"].Benefit);
        Assert.Equal(3, byName["XOrIOfExtUI"].Benefit);
        Assert.Equal(3, byName["MulFOfNegF"].Benefit);
        Assert.Equal(1, byName["SelectI1ToNot"].Benefit);
        Assert.Contains("(anonymous namespace)::AddIAddConstant", byName["AddIAddConstant"].DebugLabels);
        Assert.Empty(byName["SelectToExtUI"].DebugLabels);
        Assert.Equal(["RedundantSelectFalse", "RedundantSelectTrue", "SelectNotCond", "SelectI1ToNot", "SelectToExtUI"],
            set.Patterns.Where(p => p.RootName == "arith.select").Select(p => p.DebugName));
    }
}
