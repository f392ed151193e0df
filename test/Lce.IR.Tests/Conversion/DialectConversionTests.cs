namespace Lce.Tests.Conversion;

using Lce.IR;
using Lce.IR.Conversion;

/// <summary>End-to-end conversions with the toy lowering: types through signatures, calls, returns and CFGs.</summary>
public class DialectConversionTests
{
    [Fact]
    public void ConvertsOpsAndFunctionSignature()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse("""
            func.func @f(%a: i32, %b: i32) -> i32 {
              %0 = "tst.add"(%a, %b) : (i32, i32) -> i32
              %1 = "tst.mul"(%0, %a) : (i32, i32) -> i32
              return %1 : i32
            }
            """);
        var toy = new ToyConversion(u.Ctx);
        Assert.True(toy.ApplyFull(m));
        u.AssertVerifies(m);
        Assert.Equal("""
            module {
              func.func @f(%arg0: i64, %arg1: i64) -> i64 {
                %0 = arith.addi %arg0, %arg1 : i64
                %1 = arith.muli %0, %arg0 : i64
                return %1 : i64
              }
            }

            """, ConversionTestUtil.Print(m));
        Assert.Empty(u.Diagnostics);
    }

    [Fact]
    public void ConvertsBlockSignaturesThroughBranches()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse("""
            func.func @f(%c: i1, %a: i32) -> i32 {
              cf.cond_br %c, ^bb1(%a : i32), ^bb2(%a : i32)
            ^bb1(%x: i32):
              %0 = "tst.add"(%x, %x) : (i32, i32) -> i32
              cf.br ^bb3(%0 : i32)
            ^bb2(%y: i32):
              cf.br ^bb3(%y : i32)
            ^bb3(%z: i32):
              return %z : i32
            }
            """);
        var toy = new ToyConversion(u.Ctx);
        Assert.True(toy.ApplyFull(m), u.DiagnosticText());
        u.AssertVerifies(m);
        Assert.Equal("""
            module {
              func.func @f(%arg0: i1, %arg1: i64) -> i64 {
                cf.cond_br %arg0, ^bb1(%arg1 : i64), ^bb2(%arg1 : i64)
              ^bb1(%0: i64):  // pred: ^bb0
                %1 = arith.addi %0, %0 : i64
                cf.br ^bb3(%1 : i64)
              ^bb2(%2: i64):  // pred: ^bb0
                cf.br ^bb3(%2 : i64)
              ^bb3(%3: i64):  // 2 preds: ^bb1, ^bb2
                return %3 : i64
              }
            }

            """, ConversionTestUtil.Print(m));
    }

    [Fact]
    public void ConvertsCallsAndCallees()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse("""
            func.func private @g(i32) -> (i32, i1)
            func.func @f(%a: i32) -> i32 {
              %0:2 = call @g(%a) : (i32) -> (i32, i1)
              return %0#0 : i32
            }
            """);
        var toy = new ToyConversion(u.Ctx);
        Assert.True(toy.ApplyFull(m), u.DiagnosticText());
        u.AssertVerifies(m);
        Assert.Equal("""
            module {
              func.func private @g(i64) -> (i64, i1)
              func.func @f(%arg0: i64) -> i64 {
                %0:2 = call @g(%arg0) : (i64) -> (i64, i1)
                return %0#0 : i64
              }
            }

            """, ConversionTestUtil.Print(m));
    }

    [Fact]
    public void OneToManyConversionSplitsArgumentsResultsAndReturns()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse("""
            func.func private @g(i64) -> i64
            func.func @f(%a: i64, %b: i1) -> i64 {
              %0 = call @g(%a) : (i64) -> i64
              return %0 : i64
            }
            """);
        var i32 = u.I(32);
        var tc = new TypeConverter();
        tc.AddConversion<IRType>(t => t);
        tc.AddConversion<IntegerType>((t, r) => { if (t.Width != 64) return null; r.Add(i32); r.Add(i32); return true; });
        var target = new ConversionTarget(u.Ctx).AddLegalOp("builtin.module");
        target.AddDynamicallyLegalOp("func.func", op => tc.IsSignatureLegal(Lce.Dialects.Func.FuncOp.Type(op)) && tc.IsLegal(op.GetRegion(0)));
        target.AddDynamicallyLegalOp(["func.return", "func.call"], op => tc.IsLegal(op));
        var patterns = new Lce.IR.Rewrite.RewritePatternSet(u.Ctx);
        Lce.Dialects.Func.FuncConversions.PopulateFuncOpTypeConversionPattern(patterns, tc);
        Lce.Dialects.Func.FuncConversions.PopulateCallOpTypeConversionPattern(patterns, tc);
        Lce.Dialects.Func.FuncConversions.PopulateReturnOpTypeConversionPattern(patterns, tc);
        Assert.True(DialectConversion.ApplyFullConversion(m, target, patterns.Freeze()), u.DiagnosticText());
        u.AssertVerifies(m);
        Assert.Equal("""
            module {
              func.func private @g(i32, i32) -> (i32, i32)
              func.func @f(%arg0: i32, %arg1: i32, %arg2: i1) -> (i32, i32) {
                %0:2 = call @g(%arg0, %arg1) : (i32, i32) -> (i32, i32)
                return %0#0, %0#1 : i32, i32
              }
            }

            """, ConversionTestUtil.Print(m));
    }

    [Fact]
    public void ConversionToIndexKeepsOtherTypes()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse("""
            func.func @f(%a: i32, %b: f32) -> (i32, f32) {
              %0 = "tst.add"(%a, %a) : (i32, i32) -> i32
              return %0, %b : i32, f32
            }
            """);
        var toy = new ToyConversion(u.Ctx, u.Index);
        Assert.True(toy.ApplyFull(m), u.DiagnosticText());
        u.AssertVerifies(m);
        Assert.Contains("func.func @f(%arg0: index, %arg1: f32) -> (index, f32)", ConversionTestUtil.Print(m));
        Assert.Contains("%0 = arith.addi %arg0, %arg0 : index", ConversionTestUtil.Print(m));
    }
}
