namespace Lce.Tests.Dialects;

using Lce.Dialects;
using Lce.IR;
using Lce.IR.Parsing;
using Xunit;
using static Lce.Tests.Parsing.ParsingTestUtil;

/// <summary>
/// The assembly-format interpreter fills in the types a format leaves implicit from the op's
/// declared type relations (TypesMatch / TypeFrom / TypesFrom), as ODS-generated parsers do.
/// </summary>
public class FormatTypeInferenceTests
{
    private static IRContext Std() { var c = StandardDialects.CreateContext(); c.AllowUnregisteredDialects = true; return c; }

    private static List<Operation> Body(Operation module) =>
        TopOps(module)[0].GetRegion(0).Blocks[0].Operations.ToList();

    [Fact]
    public void CompareResultIsI1OfTheOperandShape()
    {
        var ctx = Std();
        var ops = Body(ParseOk(ctx, """
            func.func @f(%a: f32, %b: f32, %v: vector<4xi32>, %t: tensor<?xf32>) {
              %0 = arith.cmpf olt, %a, %b fastmath<nnan> : f32
              %1 = arith.cmpi slt, %v, %v : vector<4xi32>
              %2 = arith.cmpf oeq, %t, %t : tensor<?xf32>
              return
            }
            """));
        Assert.Same(IntegerType.Get(ctx, 1), ops[0].GetResult(0).Type);
        Assert.Same(FloatType.F32(ctx), ops[0].GetOperand(1).Type);
        Assert.Equal(4L, ops[0].GetProp("predicate") is IntegerAttr p ? (long)p.Value : -1);
        Assert.Equal("vector<4xi1>", ops[1].GetResult(0).Type.ToString());
        Assert.Equal("tensor<?xi1>", ops[2].GetResult(0).Type.ToString());
    }

    [Fact]
    public void OperandTypesComeFromResultTypes()
    {
        var ctx = Std();
        var ops = Body(ParseOk(ctx, """
            func.func @f(%a: i32, %b: i32) {
              %s, %o = arith.addui_extended %a, %b : i32, i1
              %l, %h = arith.mulsi_extended %a, %b : i32
              return
            }
            """));
        Assert.Equal(["i32", "i1"], ops[0].Results.Select(r => r.Type.ToString()));
        Assert.Same(IntegerType.Get(ctx, 32), ops[0].GetOperand(0).Type);
        Assert.Equal(["i32", "i32"], ops[1].Results.Select(r => r.Type.ToString()));
    }

    [Fact]
    public void CallIndirectTypesComeFromTheCallee()
    {
        var ctx = Std();
        var ops = Body(ParseOk(ctx, """
            func.func @g(%f: (f32, f32) -> (f32, i8), %x: f32) {
              %0:2 = func.call_indirect %f(%x, %x) : (f32, f32) -> (f32, i8)
              return
            }
            """));
        Assert.Equal(3, ops[0].NumOperands);
        Assert.Equal(["f32", "i8"], ops[0].Results.Select(r => r.Type.ToString()));
    }

    [Fact]
    public void MismatchedOperandIsStillAnError()
    {
        var ctx = Std();
        var e = ParseError(ctx, "func.func @f(%a: i32, %b: i64) {\n  %0 = arith.cmpi eq, %a, %b : i32\n  return\n}");
        Assert.Contains("use of value '%b' expects different type than prior uses", e);
    }
}
