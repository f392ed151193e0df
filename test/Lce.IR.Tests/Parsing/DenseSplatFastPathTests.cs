using Lce.IR;
using Lce.IR.Parsing;

namespace Lce.Tests.Parsing;

/// <summary>
/// `dense&lt;number&gt; : type` is read directly from the tokens; these check that it builds the same
/// attribute as the grammar's path and reports mlir-opt's messages (recorded from mlir-opt 22).
/// </summary>
public class DenseSplatFastPathTests
{
    private static IRContext Ctx() => Lce.Dialects.StandardDialects.CreateContext();

    [Theory]
    [InlineData("dense<1.5> : tensor<2xi32>", 7, "expected integer elements, but parsed floating-point")]
    [InlineData("dense<300> : tensor<2xi8>", 7, "integer constant out of range for type")]
    [InlineData("dense<-0x10> : tensor<2xf32>", 8, "hexadecimal float literal should not have a leading minus")]
    public void ErrorsAreThoseOfMlirOpt(string text, int column, string message)
    {
        var ctx = Ctx();
        Assert.Null(MlirParser.TryParseAttribute(ctx, text, out var d));
        Assert.NotNull(d);
        Assert.Equal(message, d!.Message);
        Assert.Equal(column, Assert.IsType<FileLineColLoc>(d.Location).Column);
    }

    [Theory]
    [InlineData("dense<1.5> : tensor<2x3xf32>", "dense<[[1.5, 1.5, 1.5], [1.5, 1.5, 1.5]]> : tensor<2x3xf32>")]
    [InlineData("dense<-7> : vector<4xi8>", "dense<[-7, -7, -7, -7]> : vector<4xi8>")]
    [InlineData("dense<0x3F800000> : tensor<2xf32>", "dense<[1.0, 1.0]> : tensor<2xf32>")]
    [InlineData("dense<true> : tensor<3xi1>", "dense<[true, true, true]> : tensor<3xi1>")]
    public void SplatEqualsTheSpelledOutList(string splat, string list)
    {
        var ctx = Ctx();
        var a = MlirParser.ParseAttribute(ctx, splat);
        var b = MlirParser.ParseAttribute(ctx, list);
        var da = Assert.IsType<DenseElementsAttr>(a);
        var db = Assert.IsType<DenseElementsAttr>(b);
        Assert.True(da.IsSplat);
        Assert.Same(da.ShapedType, db.ShapedType);
        for (int i = 0; i < da.NumElements; i++) Assert.Equal(da.ElementBytes(0).ToArray(), db.ElementBytes(i).ToArray());
    }

    [Fact]
    public void ADynamicShapeFallsBackToTheGrammarsMessage()
    {
        Assert.Null(MlirParser.TryParseAttribute(Ctx(), "dense<1> : tensor<?xi32>", out var d));
        Assert.Equal("elements literal type must have static shape", d!.Message);
    }
}
