namespace Lce.Tests.Dialects;

using Lce.Dialects;
using Lce.Dialects.Arith;
using Lce.IR;

public class ArithAttributeTests
{
    private sealed class TextPrinter : IDialectAsmPrinter
    {
        public readonly System.Text.StringBuilder Sb = new();
        public void Write(string text) => Sb.Append(text);
        public void PrintType(IRType type) => Sb.Append(type);
        public void PrintAttribute(IRAttribute attr) => Sb.Append(attr);
        public void PrintFloat(double value) => Sb.Append(value);
    }

    private sealed class TextParser(IRContext ctx, string body) : IDialectAsmParser
    {
        public IRContext Context => ctx;
        public string Body => body;
        public Location Location => UnknownLoc.Get(ctx);
        public List<string> Errors { get; } = new();
        public IRType ParseTypeText(string text) => throw new NotSupportedException();
        public IRAttribute ParseAttributeText(string text) => throw new NotSupportedException();
        public Exception Error(string message, int offsetInBody = 0) { Errors.Add(message); return new ParseErrorException(message); }
    }

    private static string Print(IRContext ctx, IRAttribute a)
    {
        var p = new TextPrinter();
        Assert.True(ctx.GetDialect("arith")!.PrintAttribute(a, p));
        return "#arith" + p.Sb;
    }

    [Theory]
    [InlineData(FastMathFlags.None, "#arith.fastmath<none>")]
    [InlineData(FastMathFlags.Fast, "#arith.fastmath<fast>")]
    [InlineData(FastMathFlags.NNaN | FastMathFlags.NInf, "#arith.fastmath<nnan,ninf>")]
    [InlineData(FastMathFlags.Arcp | FastMathFlags.Contract | FastMathFlags.Afn, "#arith.fastmath<arcp,contract,afn>")]
    public void FastMathPrints(FastMathFlags flags, string text)
    {
        var ctx = StandardDialects.CreateContext();
        Assert.Equal(text, Print(ctx, FastMathFlagsAttr.Get(ctx, flags)));
    }

    [Theory]
    [InlineData(IntegerOverflowFlags.None, "#arith.overflow<none>")]
    [InlineData(IntegerOverflowFlags.Nsw, "#arith.overflow<nsw>")]
    [InlineData(IntegerOverflowFlags.Nsw | IntegerOverflowFlags.Nuw, "#arith.overflow<nsw, nuw>")]
    public void OverflowPrints(IntegerOverflowFlags flags, string text)
    {
        var ctx = StandardDialects.CreateContext();
        Assert.Equal(text, Print(ctx, IntegerOverflowFlagsAttr.Get(ctx, flags)));
    }

    [Theory]
    [InlineData(".fastmath<ninf,nnan>", "#arith.fastmath<nnan,ninf>")]
    [InlineData(".fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn>", "#arith.fastmath<fast>")]
    [InlineData(".fastmath<fast,nnan>", "#arith.fastmath<fast>")]
    [InlineData(".fastmath<none>", "#arith.fastmath<none>")]
    [InlineData(".fastmath<none, nnan>", "#arith.fastmath<nnan>")]
    [InlineData(".fastmath<\"nnan\">", "#arith.fastmath<nnan>")]
    [InlineData(".overflow<nuw,nsw>", "#arith.overflow<nsw, nuw>")]
    [InlineData(".overflow<nsw, nsw>", "#arith.overflow<nsw>")]
    public void ParseRoundTrips(string body, string printed)
    {
        var ctx = StandardDialects.CreateContext();
        var attr = ctx.GetDialect("arith")!.ParseAttribute(new TextParser(ctx, body), null)!;
        Assert.Equal(printed, Print(ctx, attr));
        Assert.Same(attr, ctx.GetDialect("arith")!.ParseAttribute(new TextParser(ctx, printed["#arith".Length..]), null));
    }

    [Theory]
    [InlineData(".fastmath<bogus>", "expected ::mlir::arith::FastMathFlags to be one of: none, reassoc, nnan, ninf, nsz, arcp, contract, afn, fast")]
    [InlineData(".fastmath<>", "expected valid keyword or string")]
    [InlineData(".overflow<bogus>", "expected ::mlir::arith::IntegerOverflowFlags to be one of: none, nsw, nuw")]
    [InlineData(".fastmath<nnan ninf>", "expected '>'")]
    [InlineData(".bogus<>", "unknown attribute `bogus` in dialect `arith`")]
    public void ParseErrors(string body, string firstError)
    {
        var ctx = StandardDialects.CreateContext();
        var parser = new TextParser(ctx, body);
        Assert.Throws<ParseErrorException>(() => ctx.GetDialect("arith")!.ParseAttribute(parser, null));
        Assert.Equal(firstError, parser.Errors[0]);
    }

    [Fact]
    public void EnumKeywords()
    {
        Assert.Equal("ult", ArithEnums.CmpIPredicate.Stringify(6));
        Assert.Equal(13, ArithEnums.CmpFPredicate.Symbolize("une"));
        Assert.Equal("true", ArithEnums.CmpFPredicate.Stringify(15));
        Assert.Equal("to_nearest_away", ArithEnums.RoundingMode.Stringify(4));
        Assert.Equal("allowed 64-bit signless integer cases: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9", ArithEnums.CmpIPredicate.Description);
        var ctx = StandardDialects.CreateContext();
        Assert.Equal(2, ArithEnums.RoundingMode.ValueOf(ArithEnums.RoundingMode.Get(ctx, 2)));
        Assert.Null(ArithEnums.CmpIPredicate.ValueOf(IntegerAttr.Get(ctx, 32, 1)));
        Assert.Null(ArithEnums.CmpIPredicate.ValueOf(IntegerAttr.Get(ctx, 64, 10)));
    }
}
