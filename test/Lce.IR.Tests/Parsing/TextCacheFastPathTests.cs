using Lce.IR;
using Lce.IR.Parsing;
using Xunit;
using static Lce.Tests.Parsing.ParsingTestUtil;

namespace Lce.Tests.Parsing;

/// <summary>
/// Repeated function types, attribute dictionaries and plain operand lists are read from the
/// source text (cached by text, their tokens skipped): results, later tokens' positions and
/// error locations must be exactly those of the token path.
/// </summary>
public class TextCacheFastPathTests
{
    private readonly IRContext ctx = Ctx();

    [Fact]
    public void RepeatedSignaturesAndDictionariesGiveTheSameResults()
    {
        var m = ParseOk(ctx, """
            %0 = "tst.a"() {k = "v", n = 3 : i32} : () -> tensor<2x3xf32>
            %1 = "tst.b"(%0, %0) {k = "v", n = 3 : i32} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
            %2 = "tst.b"(%1, %0) {k = "v", n = 3 : i32} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
            """);
        var ops = TopOps(m);
        Assert.Same(ops[1].GetResult(0), ops[2].GetOperand(0));
        Assert.Same(ops[0].GetResult(0), ops[2].GetOperand(1));
        Assert.Equal(ops[1].Attributes.Count, ops[2].Attributes.Count);
    }

    [Theory]
    [InlineData("%9 = \"tst.a\"() : () -> i32 )")]
    [InlineData("%9 = \"tst.a\"() {k = \"v\"} : () -> i32 loc(")]
    [InlineData("%9 = \"tst.a\"() {k = \"v\"} : () -> i32 \"x\"")]
    [InlineData("%9 = \"tst.b\"(%0, %0) {k = \"v\"} : (i32, i32) -> i32 ]")]
    [InlineData("%9 = \"tst.b\"(%0, %0) : (i32, i32) -> i32 = ")]
    public void ErrorsAfterSkippedTextKeepTheirPositions(string badLine)
    {
        // The same line parsed once with nothing cached, once after identical text was cached.
        const string Prefix = "%0 = \"tst.a\"() : () -> i32\n";
        const string Warm = "%1 = \"tst.b\"(%0, %0) {k = \"v\"} : (i32, i32) -> i32\n%2 = \"tst.a\"() {k = \"v\"} : () -> i32\n";
        var cold = ParseError(ctx, Prefix + badLine);
        var warm = ParseError(ctx, Prefix + Warm + badLine);
        Assert.StartsWith("2:", cold);
        Assert.Equal("4:" + cold[2..], warm);
    }

    [Fact]
    public void UseOfUndefinedValueInATextOperandListIsReportedAtTheName() =>
        Assert.Equal("2:18: use of undeclared SSA value name", ParseError(ctx, """
            %0 = "tst.a"() : () -> i32
            %1 = "tst.b"(%0, %x) : (i32, i32) -> i32
            """));

    [Fact]
    public void WrongOperandTypeAfterCachedTypeIsReported() =>
        Assert.Contains("expects different type than prior uses", ParseError(ctx, """
            %0 = "tst.a"() : () -> i32
            %1 = "tst.b"(%0) : (i32) -> i32
            %2 = "tst.b"(%0) : (i64) -> i32
            """));

    [Fact]
    public void ResultNumbersAndLineBreaksFallBackToTokens()
    {
        var m = ParseOk(ctx, "%0:2 = \"tst.a\"() : () -> (i32, i32)\n%1 = \"tst.b\"(%0#1,\n %0#0) : (i32, i32) -> i32\n");
        var ops = TopOps(m);
        Assert.Same(ops[0].GetResult(1), ops[1].GetOperand(0));
        Assert.Same(ops[0].GetResult(0), ops[1].GetOperand(1));
    }
}
