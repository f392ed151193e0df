using Lce.IR;
using Lce.IR.Affine;

namespace Lce.Tests.Affine;

public class AffineApiTests
{
    [Fact]
    public void OperatorsSimplifyOnConstruction()
    {
        var d0 = AffineExpr.Dim(0);
        var d1 = AffineExpr.Dim(1);
        var s0 = AffineExpr.Symbol(0);
        Assert.Equal("d0 + d1", (d1 + d0).ToString());
        Assert.Equal("d0 mod 2", (d0 - d0.FloorDiv(2) * 2).ToString());
        Assert.Equal("d0 + 5", (d0 + 2 + 3).ToString());
        Assert.Equal("d0 * s0", (s0 * d0).ToString());
        Assert.Equal("-d0 + 1", (1 - d0).ToString());
        Assert.Equal("0", (d0 * 0).ToString());
        Assert.Equal(d0 + s0, s0 + d0);
    }

    [Fact]
    public void MapAndSetApis()
    {
        var map = AffineParser.ParseMap("(d0, d1)[s0] -> (d0 + s0, d1 * 2)", out var error, out _);
        Assert.Null(error);
        Assert.Equal((2, 1, 2), (map!.NumDims, map.NumSymbols, map.NumResults));
        Assert.Equal(new long[] { 13, 8 }, map.Evaluate([3, 4], [10]));
        Assert.True(AffineMap.Identity(2).IsIdentity);
        Assert.Equal("() -> ()", AffineMap.Empty.ToString());
        Assert.Equal("() -> (1, 2)", AffineMap.Constant(1, 2).ToString());

        var set = AffineParser.ParseSet("(d0)[s0] : (d0 - s0 >= 0, d0 == 0)", out error, out _);
        Assert.Null(error);
        Assert.True(set!.Constraints[1].IsEquality);
        Assert.True(set.Contains([0], [-1]));
        Assert.False(set.Contains([1], [0]));
        Assert.Equal("(d0) : (0 == 0)", AffineParser.ParseSet("(d0) : ()", out _, out _)!.ToString());
    }

    [Fact]
    public void WrongKindIsReported()
    {
        Assert.Null(AffineParser.ParseMap("(d0) : (d0 >= 0)", out var error, out int offset));
        Assert.Equal(("expected AffineMap, but got IntegerSet", 0), (error, offset));
        Assert.Null(AffineParser.ParseSet("(d0) -> (d0)", out error, out offset));
        Assert.Equal(("expected IntegerSet, but got AffineMap", 0), (error, offset));
    }

    [Fact]
    public void AttributesAreInterned()
    {
        var ctx = new IRContext();
        var a = AffineMapAttr.Get(ctx, AffineParser.ParseMap("(d0) -> (d0 + 1)", out _, out _)!);
        var b = AffineMapAttr.Get(ctx, AffineMap.Get(1, 0, [AffineExpr.Dim(0) + 1]));
        Assert.Same(a, b);
        var s1 = IntegerSetAttr.Get(ctx, IntegerSet.Universe(1, 0));
        var s2 = IntegerSetAttr.Get(ctx, AffineParser.ParseSet("(d0) : ()", out _, out _)!);
        Assert.Same(s1, s2);
        Assert.NotSame(a, AffineMapAttr.Get(ctx, AffineMap.Identity(1)));
    }

    [Theory]
    [InlineData("affine_map<(d0) -> (d0)> rest", 11, 23)]
    [InlineData("affine_set<(d0) : (d0 >= 0, d0 - 1 >= 0)>", 11, 40)]
    [InlineData("affine_map<(d0) -> (d0)", 11, -1)]
    public void FindClosingAngleSkipsArrowsAndRelations(string text, int start, int expected) =>
        Assert.Equal(expected, AffineParser.FindClosingAngle(text, start));

    [Theory]
    [InlineData(7, 2, 3, 4, 1)]
    [InlineData(-7, 2, -4, -3, 1)]
    [InlineData(7, -2, -4, -3, -1)]
    [InlineData(-7, -2, 3, 4, -1)]
    [InlineData(6, 3, 2, 2, 0)]
    public void ArithmeticSemantics(long a, long b, long floor, long ceil, long mod)
    {
        Assert.Equal(floor, AffineArithmetic.FloorDiv(a, b));
        Assert.Equal(ceil, AffineArithmetic.CeilDiv(a, b));
        Assert.Equal(mod, AffineArithmetic.Mod(a, b));
    }
}
