using Lce.IR;
using Lce.IR.Parsing;
using Xunit;
using static Lce.Tests.Parsing.ParsingTestUtil;

namespace Lce.Tests.Parsing;

/// <summary>Custom op hooks through IOpAsmParser and the assembly-format interpreter.</summary>
public class CustomSyntaxTests
{
    private sealed class TestDialect : Dialect
    {
        public override string Namespace => "test";
        protected override void Define()
        {
            Op("func").Region("body").Trait(Lce.IR.Traits.IsolatedFromAbove.Instance).DefaultDialectForRegions("test")
                .Parser((p, state) =>
                {
                    state.AddAttribute("sym_name", StringAttr.Get(p.Context, p.ParseSymbolName()));
                    var args = p.ParseArgumentList(Delimiter.Paren);
                    p.ParseOptionalAttrDictWithKeyword(state.Attributes);
                    p.ParseRegion(state.AddRegion(), args);
                });
            Op("add").Operand("lhs").Operand("rhs").Result("res").Trait(Lce.IR.Traits.SameOperandsAndResultType.Instance)
                .Format("$lhs `,` $rhs attr-dict `:` type($lhs)");
            Op("ret").VariadicOperand("vals").Format("attr-dict ($vals^ `:` type($vals))?");
            Op("cast").Operand("in").Result("out").Format("$in attr-dict `:` type($in) `to` type($out)");
            Op("call").VariadicOperand("args").Result("r").Prop("callee").Format("$callee `(` $args `)` attr-dict `:` functional-type($args, results)");
        }
    }

    private static IRContext TestCtx()
    {
        var ctx = Ctx();
        ctx.Register<TestDialect>();
        return ctx;
    }

    [Fact]
    public void CustomParserAndFormats()
    {
        var m = ParseOk(TestCtx(), """
            test.func @f(%a: i32, %b: i32) {
              %0 = add %a, %b {tag} : i32
              %1 = test.cast %0 : i32 to i64
              %2 = call @g(%a, %1) : (i32, i64) -> f32
              ret %0, %1 : i32, i64
            }
            test.func @g() {
              ret
            }
            """);
        var f = TopOps(m)[0];
        Assert.Equal("test.func", f.Name);
        var entry = f.GetRegion(0).Blocks[0];
        Assert.Equal(2, entry.NumArguments);
        var ops = entry.Operations.ToList();
        Assert.Equal(new[] { "test.add", "test.cast", "test.call", "test.ret" }, ops.Select(o => o.Name));
        Assert.Same(entry.GetArgument(1), ops[0].GetOperand(1));
        Assert.Equal(IntegerType.Get(m.Context, 32), ops[0].GetResult(0).Type);
        Assert.IsType<UnitAttr>(ops[0].GetAttr("tag"));
        Assert.Equal(IntegerType.Get(m.Context, 64), ops[1].GetResult(0).Type);
        Assert.Equal("g", Assert.IsType<SymbolRefAttr>(ops[2].GetInherentOrDiscardable("callee")).RootReference);
        Assert.Equal(FloatType.F32(m.Context), ops[2].GetResult(0).Type);
        Assert.Equal(2, ops[3].NumOperands);
        Assert.Equal(0, TopOps(m)[1].GetRegion(0).Blocks[0].FirstOp!.NumOperands);
    }

    [Fact]
    public void CustomSyntaxErrors()
    {
        var ctx = TestCtx();
        Assert.Equal("2:3: custom op 'nope' is unknown (tried 'test.nope' as well)", ParseError(ctx, "test.func @f() {\n  nope\n}"));
        Assert.Equal("2:14: expected ','", ParseError(ctx, "test.func @f(%a: i32) {\n  %0 = add %a %a : i32\n}"));
        // test.func is IsolatedFromAbove: values of the enclosing region are not visible inside.
        Assert.Equal("3:7: use of undeclared SSA value name",
            ParseError(ctx, "%x = \"foo.x\"() : () -> i32\ntest.func @f() {\n  ret %x : i32\n}"));
    }
}
