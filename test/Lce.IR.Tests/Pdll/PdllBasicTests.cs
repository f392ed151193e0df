using Lce.IR.Rewrite.Pdll;

namespace Lce.Tests.Pdll;

public class PdllBasicTests
{
    private const string Input = """
        func.func @f(%a: i32, %b: i32) -> (i32, i32) {
          %c0 = arith.constant 0 : i32
          %0 = arith.addi %a, %c0 : i32
          %1 = arith.subi %0, %b : i32
          %2 = arith.xori %1, %1 : i32
          return %0, %2 : i32, i32
        }
        """;

    [Fact]
    public void StructuralPatternReplacesRootWithBoundOperand()
    {
        var ctx = PdllTestUtil.Context();
        var module = PdllTestUtil.Load(ctx, """
            Pattern AddZero with benefit(2) {
              let root = op<arith.addi>(x: Value, op<arith.constant> {value = attr<"0 : i32">});
              replace root with x;
            }
            """);
        var p = Assert.Single(module.Patterns);
        Assert.Equal("AddZero", p.DebugName);
        Assert.Equal(2, p.Benefit);
        Assert.Equal("arith.addi", p.RootName);
        var ir = PdllTestUtil.Parse(ctx, Input);
        var printed = PdllTestUtil.Apply(ctx, ir, module.Patterns);
        Assert.Contains("%0 = arith.subi %arg0, %arg1 : i32", printed);
        Assert.DoesNotContain("arith.addi", printed);
    }

    [Fact]
    public void RepeatedVariableIsAnEqualityAndCreatedOpsInferTypes()
    {
        var ctx = PdllTestUtil.Context();
        var module = PdllTestUtil.Load(ctx, """
            Pattern XorSelf {
              let root = op<arith.xori>(x: Value, x) -> (t: Type);
              rewrite root with {
                let zero = op<arith.constant> {value = attr<"0 : i32">} -> (t);
                replace root with op<arith.subi>(zero, zero);
              };
            }
            """);
        var ir = PdllTestUtil.Parse(ctx, Input);
        var printed = PdllTestUtil.Apply(ctx, ir, module.Patterns, maxSweeps: 1);
        Assert.Contains("%c0_i32_0 = arith.constant 0 : i32", printed);
        Assert.Contains("= arith.subi %c0_i32_0, %c0_i32_0 : i32", printed);
        Assert.DoesNotContain("arith.xori", printed);
    }

    [Fact]
    public void NativeConstraintsAndRewritesAreCalledByName()
    {
        var ctx = PdllTestUtil.Context();
        var natives = new NativeRegistry()
            .AddConstraint("IsZeroInt", call => call.Attr(0) is Lce.IR.IntegerAttr { Value.IsZero: true })
            .AddRewrite("Describe", call => Lce.IR.StringAttr.Get(call.Context, call.Value(0).Type.ToString()!));
        var module = PdllTestUtil.Load(ctx, """
            Constraint IsZeroInt(a: Attr);
            Rewrite Describe(v: Value) -> Attr;
            Pattern Tag {
              let root = op<arith.addi>(x: Value, op<arith.constant> {value = c: IsZeroInt});
              rewrite root with {
                let tagged = op<arith.addi>(x, x) {tag = Describe(x)};
                replace root with tagged;
              };
            }
            """, natives);
        var ir = PdllTestUtil.Parse(ctx, Input);
        var printed = PdllTestUtil.Apply(ctx, ir, module.Patterns, maxSweeps: 1);
        Assert.Contains("arith.addi %arg0, %arg0 {tag = \"i32\"} : i32", printed);
    }
}
