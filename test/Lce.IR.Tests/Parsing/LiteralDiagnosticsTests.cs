using Lce.IR;
using Lce.IR.Parsing;
using Xunit;
using static Lce.Tests.Parsing.ParsingTestUtil;

namespace Lce.Tests.Parsing;

/// <summary>Literal and reference diagnostics whose wording and position follow mlir-opt 22.</summary>
public class LiteralDiagnosticsTests
{
    private readonly IRContext ctx = Ctx();

    private string AttrError(string attr) => ParseError(ctx, "\"tst.op\"() {a = " + attr + "} : () -> ()");

    [Theory]
    [InlineData("dense<[1, 2]> : tensor<2xf32>", "1:24")]
    [InlineData("dense<-1> : tensor<2xf32>", "1:24")]
    [InlineData("dense<[(1, 2)]> : tensor<1xcomplex<f32>>", "1:25")]
    [InlineData("array<f32: 1, 2>", "1:28")]
    [InlineData("1 : f32", "1:17")]
    public void DecimalIntegerIsNotAFloat(string attr, string at)
    {
        var r = MlirParser.ParseSourceString(ctx, "\"tst.op\"() {a = " + attr + "} : () -> ()", "t.mlir");
        Assert.False(r.Succeeded);
        Assert.Equal(at + ": unexpected decimal integer literal for a floating point value", Describe(r.Error!));
        Assert.Equal("add a trailing dot to make the literal a float", Assert.Single(r.Error!.Notes).Message);
    }

    [Fact]
    public void HexIntegerIsAFloatBitPattern() =>
        Assert.Equal("dense<1.000000e+00> : tensor<2xf16>", MlirParser.ParseAttribute(ctx, "dense<0x3C00> : tensor<2xf16>").ToString());

    [Fact]
    public void UndefinedAliasIsReportedAtTheNextToken()
    {
        Assert.Equal("1:19: undefined symbol alias id 't2'", ParseError(ctx, "!t1 = tensor<4x!t2>\n!t2 = f32\n"));
        Assert.Equal("1:20: undefined symbol alias id 'zz'", AttrError("#zz"));
    }

    [Fact]
    public void DenseResourceKeyMayBeAString()
    {
        var op = TopOps(ParseOk(ctx, "\"tst.a\"() {r = dense_resource<\"quoted key\"> : tensor<1xi8>, s = dense_resource<k.dot> : tensor<1xi8>} : () -> ()"))[0];
        Assert.Equal("quoted key", Assert.IsType<DenseResourceElementsAttr>(op.Attributes.Get("r")).Blob.Key);
        Assert.Equal("k.dot", Assert.IsType<DenseResourceElementsAttr>(op.Attributes.Get("s")).Blob.Key);
    }

    [Fact]
    public void ImplicitLocationIsThatOfTheOpName()
    {
        var op = TopOps(ParseOk(ctx, "\"tst.a\"() : () -> ()\n  %0 = \"tst.b\"() : () -> i32"))[1];
        var loc = Assert.IsType<FileLineColLoc>(op.Location);
        Assert.Equal((2, 8), (loc.Line, loc.Column));
    }
}
