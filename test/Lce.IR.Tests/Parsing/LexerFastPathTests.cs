using Lce.IR;
using Lce.IR.Parsing;
using Xunit;
using static Lce.Tests.Parsing.ParsingTestUtil;

namespace Lce.Tests.Parsing;

/// <summary>
/// Inputs where the hand-written token fast path must defer to (or agree with) the generated
/// lexer: multi-character tokens sharing a first character, keyword/identifier ties, modes.
/// </summary>
public class LexerFastPathTests
{
    private readonly IRContext ctx = Ctx();

    [Theory]
    [InlineData("@a::@b", "@a::@b")]
    [InlineData("{k = -1 : i8}", "{k = -1 : i8}")]
    [InlineData("tensor<4x?xvector<2xf32>>", "tensor<4x?xvector<2xf32>>")]
    [InlineData("#foo.x<a-b>", "#foo.x<a-b>")]
    public void AttributesRoundTrip(string text, string printed)
    {
        var a = MlirParser.ParseAttribute(ctx, text);
        Assert.Equal(printed, a.ToString().Replace("\"", ""));
    }

    [Fact]
    public void KeywordsAndIntegerTypesAreIdentifiersAsKeys()
    {
        var d = Assert.IsType<DictionaryAttr>(MlirParser.ParseAttribute(ctx, "{to, at, unit, i32, si8, ui1, i, si, i32.x, a$b}"));
        Assert.Equal(new[] { "a$b", "at", "i", "i32", "i32.x", "si", "si8", "to", "ui1", "unit" }, d.Entries.Select(e => e.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void ValueNamesResultGroupsAndResources()
    {
        var m = ParseOk(ctx, """
            %x-1:2 = "tst.a"() : () -> (i32, i32)
            %0 = "tst.b"(%x-1#1) {r = dense_resource<k> : tensor<1xi8>} : (i32) -> (i32)
            ^bad_not_used_here = "tst.c"() : () -> ()
            """.Replace("^bad_not_used_here = ", ""));
        var ops = TopOps(m);
        Assert.Same(ops[0].GetResult(1), ops[1].GetOperand(0));
        ParseOk(ctx, "\"tst.a\"() : () -> ()\n{-#\n  dialect_resources: {\n    builtin: {\n      k: \"0x0100000001\"\n    }\n  }\n#-}\n");
    }

    [Fact]
    public void DigitsOnlySuffixEndsTheName() =>
        Assert.Equal("1:4: expected '=' after SSA name", ParseError(ctx, "%12abc = \"tst.a\"() : () -> ()"));
}
