namespace Lce.Tests.Dialects;

using Lce.Dialects;
using Lce.Dialects.Arith;
using Lce.IR;
using Lce.IR.Traits;

public class RegistrationTests
{
    private static readonly string[] ArithOps =
    [
        "constant", "addi", "subi", "muli", "divui", "divsi", "ceildivui", "ceildivsi", "floordivsi", "remui", "remsi",
        "andi", "ori", "xori", "shli", "shrui", "shrsi", "maxsi", "maxui", "minsi", "minui", "addui_extended",
        "mulsi_extended", "mului_extended", "addf", "subf", "mulf", "divf", "remf", "maximumf", "minimumf", "maxnumf",
        "minnumf", "negf", "cmpi", "cmpf", "select", "extui", "extsi", "extf", "trunci", "truncf", "uitofp", "sitofp",
        "fptoui", "fptosi", "index_cast", "index_castui", "bitcast", "scaling_extf", "scaling_truncf",
    ];

    [Fact]
    public void AllOpsAreRegistered()
    {
        var ctx = StandardDialects.CreateContext();
        foreach (var m in ArithOps) Assert.True(ctx.GetOperationName("arith." + m).IsRegistered, m);
        foreach (var n in new[] { "func.func", "func.return", "func.call", "func.call_indirect", "func.constant", "builtin.module", "builtin.unrealized_conversion_cast" })
            Assert.True(ctx.GetOperationName(n).IsRegistered, n);
        Assert.Equal(ArithOps.Length, ctx.GetDialect("arith")!.Operations.Count);
    }

    [Fact]
    public void TraitsAndProperties()
    {
        var ctx = StandardDialects.CreateContext();
        OpDefinition D(string n) => ctx.GetOperationName(n).Definition!;
        Assert.True(D("arith.addi").HasTrait<Commutative>());
        Assert.True(D("arith.addi").HasTrait<Pure>());
        Assert.False(D("arith.subi").HasTrait<Commutative>());
        Assert.True(D("arith.constant").HasTrait<ConstantLike>());
        Assert.True(D("arith.addi").IsPropertyName("overflowFlags"));
        Assert.Same(IntegerOverflowFlagsAttr.Get(ctx, IntegerOverflowFlags.None), D("arith.addi").FindAttr("overflowFlags")!.Default!(ctx));
        Assert.Same(FastMathFlagsAttr.Get(ctx, FastMathFlags.None), D("arith.addf").FindAttr("fastmath")!.Default!(ctx));
        Assert.True(D("arith.truncf").FindAttr("roundingmode")!.Optional);
        Assert.True(D("arith.extf").FindAttr("fastmath")!.Optional);
        Assert.True(D("arith.divsi").FindAttr("isExact")!.Optional);
        Assert.Equal("$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)", D("arith.addi").AssemblyFormat);
        Assert.NotNull(D("arith.cmpi").GetAttrSyntax("predicate"));
        Assert.NotNull(D("arith.addf").GetAttrSyntax("fastmath"));

        var func = D("func.func");
        Assert.True(func.HasTrait<IsolatedFromAbove>());
        Assert.True(func.HasTrait<Symbol>());
        Assert.True(func.HasTrait<AutomaticAllocationScope>());
        Assert.Equal("func", func.DefaultDialect);
        Assert.NotNull(func.CustomParser);
        Assert.True(D("func.return").HasTrait<IsTerminator>());
        Assert.True(D("func.return").HasTrait<ReturnLike>());

        var module = D("builtin.module");
        Assert.True(module.HasTrait<NoTerminator>());
        Assert.True(module.HasTrait<SymbolTableTrait>());
        Assert.True(module.HasTrait<GraphRegions>());
        Assert.True(module.HasTrait<IsolatedFromAbove>());
    }

    [Fact]
    public void GenericPropertiesGetDefaults()
    {
        var t = new DialectTestUtil();
        var e = t.Func("f", [t.I(32)], []);
        var add = t.Op("arith.addi", [e.GetArgument(0), e.GetArgument(0)], [t.I(32)]);
        Assert.Same(IntegerOverflowFlagsAttr.Get(t.Ctx, IntegerOverflowFlags.None), add.GetProp("overflowFlags"));
    }

    [Fact]
    public void TypeInferenceRelations()
    {
        var t = new DialectTestUtil();
        var cmpi = t.Ctx.GetOperationName("arith.cmpi").Definition!;
        var v = VectorType.Get(t.Ctx, [4], t.I(32));
        var known = new Dictionary<string, IReadOnlyList<IRType>> { ["lhs"] = [v] };
        Assert.Same(v, cmpi.InferTypes(t.Ctx, "rhs", known)![0]);
        Assert.Same(VectorType.Get(t.Ctx, [4], t.I(1)), cmpi.InferTypes(t.Ctx, "result", known)![0]);

        var addi = t.Ctx.GetOperationName("arith.addi").Definition!;
        Assert.Same(t.I(8), addi.InferTypes(t.Ctx, "lhs", new Dictionary<string, IReadOnlyList<IRType>> { ["result"] = [t.I(8)] })![0]);

        var ci = t.Ctx.GetOperationName("func.call_indirect").Definition!;
        var fn = t.Fn([t.I(32), t.F32], [t.I(64)]);
        var k2 = new Dictionary<string, IReadOnlyList<IRType>> { ["callee"] = [fn] };
        Assert.Equal([t.I(32), t.F32], ci.InferTypes(t.Ctx, "callee_operands", k2)!);
        Assert.Equal([t.I(64)], ci.InferTypes(t.Ctx, "results", k2)!);
    }
}
