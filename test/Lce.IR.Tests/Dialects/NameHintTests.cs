namespace Lce.Tests.Dialects;

using System.Numerics;
using Lce.IR;

public class NameHintTests
{
    [Fact]
    public void ArithConstantNames()
    {
        var t = new DialectTestUtil();
        t.Func("f", [], []);
        string Name(IRAttribute v) => Assert.Single(DialectTestUtil.Names(t.Constant(v)));
        Assert.Equal("c42_i32", Name(IntegerAttr.Get(t.Ctx, t.I(32), 42)));
        Assert.Equal("c0", Name(IntegerAttr.Get(t.Ctx, t.Index, 0)));
        Assert.Equal("c-3", Name(IntegerAttr.Get(t.Ctx, t.Index, -3)));
        Assert.Equal("c-7_i64", Name(IntegerAttr.Get(t.Ctx, t.I(64), -7)));
        Assert.Equal("c-128_i8", Name(IntegerAttr.Get(t.Ctx, t.I(8), 128)));
        Assert.Equal("c1000000000000_i64", Name(IntegerAttr.Get(t.Ctx, t.I(64), new BigInteger(1000000000000))));
        Assert.Equal("true", Name(BoolAttr.Get(t.Ctx, true)));
        Assert.Equal("false", Name(BoolAttr.Get(t.Ctx, false)));
        Assert.Equal("cst", Name(FloatAttr.Get(t.Ctx, t.F32, 1.5)));
        var tensor = RankedTensorType.Get(t.Ctx, [2], t.I(32));
        Assert.Equal("cst", Name(DenseElementsAttr.FromRaw(t.Ctx, tensor, [1, 0, 0, 0], true)));
    }

    [Fact]
    public void MultiResultAndFuncConstantNames()
    {
        var t = new DialectTestUtil();
        var e = t.Func("f", [t.I(32)], []);
        var a = e.GetArgument(0);
        Assert.Equal(["sum", "overflow"], DialectTestUtil.Names(t.Op("arith.addui_extended", [a, a], [t.I(32), t.I(1)])));
        Assert.Equal(["low", "high"], DialectTestUtil.Names(t.Op("arith.mulsi_extended", [a, a], [t.I(32), t.I(32)])));
        Assert.Equal(["low", "high"], DialectTestUtil.Names(t.Op("arith.mului_extended", [a, a], [t.I(32), t.I(32)])));
        var fc = t.Op("func.constant", [], [t.Fn([t.I(32)], [])], ("value", SymbolRefAttr.Get(t.Ctx, "f")));
        Assert.Equal(["f"], DialectTestUtil.Names(fc));
        Assert.Empty(DialectTestUtil.Names(t.Op("arith.muli", [a, a], [t.I(32)])));
    }

    [Fact]
    public void MulIVscaleName()
    {
        var t = new DialectTestUtil();
        t.Ctx.AllowUnregisteredDialects = true;
        t.Func("f", [], []);
        var vscale = t.Op("vector.vscale", [], [t.Index]);
        var c4 = t.Constant(IntegerAttr.Get(t.Ctx, t.Index, 4));
        Assert.Equal(["c4_vscale"], DialectTestUtil.Names(t.Op("arith.muli", [vscale.GetResult(0), c4.GetResult(0)], [t.Index])));
        Assert.Equal(["c4_vscale"], DialectTestUtil.Names(t.Op("arith.muli", [c4.GetResult(0), vscale.GetResult(0)], [t.Index])));
    }
}
