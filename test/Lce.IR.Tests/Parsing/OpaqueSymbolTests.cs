using Lce.IR;
using Lce.IR.Parsing;
using Xunit;
using static Lce.Tests.Parsing.ParsingTestUtil;

namespace Lce.Tests.Parsing;

/// <summary>Unregistered dialect types/attributes: body normalization and trailing `: type`.</summary>
public class OpaqueSymbolTests
{
    private readonly IRContext ctx = Ctx();

    [Theory]
    [InlineData("!foo<abc>", "!foo.abc")]
    [InlineData("!foo<a.b>", "!foo.a.b")]
    [InlineData("!foo<a<1>>", "!foo.a<1>")]
    [InlineData("!foo<a<1>x<2>>", "!foo.a<1>x<2>")]
    [InlineData("!foo<a<1> b>", "!foo<a<1> b>")]
    [InlineData("!foo<\"x.y\">", "!foo<\"x.y\">")]
    [InlineData("!foo<1abc>", "!foo<1abc>")]
    [InlineData("!foo._x", "!foo<_x>")]
    [InlineData("!foo.a$b", "!foo<a$b>")]
    [InlineData("!foo.bar<1>", "!foo.bar<1>")]
    public void TypeBodiesTakeThePrettyFormWhenSimple(string input, string printed) =>
        Assert.Equal(printed, MlirParser.ParseType(ctx, input).ToString());

    [Theory]
    [InlineData("#foo<abc>", "#foo.abc")]
    [InlineData("#foo<a.b<1>>", "#foo.a.b<1>")]
    [InlineData("#foo<x y>", "#foo<x y>")]
    public void AttributeBodiesTakeThePrettyFormWhenSimple(string input, string printed) =>
        Assert.Equal(printed, MlirParser.ParseAttribute(ctx, input).ToString());

    [Fact]
    public void DialectAttributeTakesTrailingType()
    {
        var op = TopOps(ParseOk(ctx, "\"tst.op\"() {a = #foo.bar : i32, b = #foo<\"x\"> : none, c = [#foo.b<1> : index]} : () -> ()"))[0];
        Assert.Equal("#foo.bar : i32", op.Attributes.Get("a")!.ToString());
        Assert.Equal("#foo<\"x\">", op.Attributes.Get("b")!.ToString());
        Assert.Equal("[#foo.b<1> : index]", op.Attributes.Get("c")!.ToString());
    }

    [Fact]
    public void AliasReferenceLeavesTheColon()
    {
        // `#a : i32` is not a typed alias: the colon ends the dictionary entry, so this is an error.
        Assert.Equal("2:19: expected '}' in attribute dictionary",
            ParseError(ctx, "#a = 1 : i32\n\"tst.op\"() {x = #a : i32} : () -> ()"));
    }
}
