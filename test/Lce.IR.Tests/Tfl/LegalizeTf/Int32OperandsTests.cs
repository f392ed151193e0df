namespace Lce.Tests.Tfl.LegalizeTf;

using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Rewrite;
using Lce.Transforms.Tfl.LegalizeTf;
using static LegalizeTfTestUtil;

/// <summary>
/// The i32 operands TF gives tfl.transpose and tfl.reshape: a cast that folds away on i32, folds
/// integer constants (wrapping to 32 bits) and is a tf.Cast otherwise; constant shapes become
/// new i32 arith.constants with -1 for dynamic sizes.
/// </summary>
public sealed class Int32OperandsTests
{
    private sealed record Setup(IRContext Ctx, Operation Module, Operation Use, PatternRewriter Rewriter, Location Loc);

    private static Setup Make(string args, string body, string operands, string types)
    {
        var ctx = NewContext();
        var m = Parse(ctx, $$"""
            func.func @f({{args}}) {
            {{body}}
              "tf.IdentityN"({{operands}}) : ({{types}}) -> ()
              return
            }
            """);
        var use = First(m, "tf.IdentityN");
        var rewriter = new PatternRewriter(ctx);
        rewriter.SetInsertionPoint(use);
        return new Setup(ctx, m, use, rewriter, use.Location);
    }

    [Fact]
    public void CastOfAnI32ValueIsTheValue()
    {
        var s = Make("%x: tensor<3xi32>", "", "%x", "tensor<3xi32>");
        var x = s.Use.GetOperand(0);
        Assert.Same(x, Int32Operands.CastToInt32(s.Rewriter, s.Loc, x));
        Assert.Empty(All(s.Module, "tf.Cast"));
    }

    [Fact]
    public void CastOfAnI64ConstantFoldsWrapping()
    {
        var s = Make("", "  %c = \"tf.Const\"() {value = dense<[4294967297, -1]> : tensor<2xi64>} : () -> tensor<2xi64>", "%c", "tensor<2xi64>");
        var folded = Int32Operands.CastToInt32(s.Rewriter, s.Loc, s.Use.GetOperand(0));
        Assert.Equal("tf.Const", folded.DefiningOp!.Name);
        Assert.Equal("dense<[1, -1]> : tensor<2xi32>", folded.DefiningOp.GetAttr("value")!.ToString());
        Assert.Equal("tensor<2xi32>", folded.Type.ToString());
    }

    [Theory]
    [InlineData("tensor<2xi64>", "tensor<2xi32>")]
    [InlineData("tensor<?xi16>", "tensor<?xi32>")]
    [InlineData("tensor<*xi64>", "tensor<*xi32>")]
    public void CastOfAnotherValueIsATfCast(string from, string to)
    {
        var s = Make($"%x: {from}", "", "%x", from);
        var cast = Int32Operands.CastToInt32(s.Rewriter, s.Loc, s.Use.GetOperand(0)).DefiningOp!;
        Assert.Equal("tf.Cast", cast.Name);
        Assert.Equal(to, cast.GetResult(0).Type.ToString());
        Assert.Equal("false", cast.GetAttr("Truncate")!.ToString());
    }

    [Fact]
    public void ConstantShapeBecomesANewI32ArithConstant()
    {
        var s = Make("", "  %c = \"tf.Const\"() {value = dense<[2, -1, -9223372036854775808]> : tensor<3xi64>} : () -> tensor<3xi64>", "%c", "tensor<3xi64>");
        var shape = Int32Operands.ConstOrCast(s.Rewriter, s.Loc, s.Use.GetOperand(0));
        Assert.Equal("arith.constant", shape.DefiningOp!.Name);
        // The dynamic-size marker (INT64_MIN) is written as -1.
        Assert.Equal("dense<[2, -1, -1]> : tensor<3xi32>", shape.DefiningOp.GetProp("value")!.ToString());

        var i32 = Make("", "  %c = arith.constant dense<[6]> : tensor<1xi32>", "%c", "tensor<1xi32>");
        var copy = Int32Operands.ConstOrCast(i32.Rewriter, i32.Loc, i32.Use.GetOperand(0));
        Assert.NotSame(i32.Use.GetOperand(0), copy);
        Assert.Equal("arith.constant", copy.DefiningOp!.Name);
    }

    [Fact]
    public void NonConstantShapeIsCast()
    {
        var s = Make("%x: tensor<2xi32>, %y: tensor<2xi64>", "", "%x, %y", "tensor<2xi32>, tensor<2xi64>");
        Assert.Same(s.Use.GetOperand(0), Int32Operands.ConstOrCast(s.Rewriter, s.Loc, s.Use.GetOperand(0)));
        Assert.Equal("tf.Cast", Int32Operands.ConstOrCast(s.Rewriter, s.Loc, s.Use.GetOperand(1)).DefiningOp!.Name);
    }
}
