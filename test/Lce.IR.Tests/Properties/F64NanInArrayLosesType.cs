// Regression test: a non-finite f64 printed as hex keeps its `: f64` even where f64 is elided.

using Lce.IR;
using Lce.IR.Parsing;

namespace Lce.Tests.Properties;

public class F64NanInArrayLosesType
{
    [Theory]
    [InlineData("[0x7FF8000000000000 : f64]")]
    [InlineData("[0x7FF0000000000000 : f64]")]
    [InlineData("[0xFFF0000000000000 : f64, 1.5]")]
    public void NonFiniteF64InArraysKeepTheirType(string attr)
    {
        var ctx = RoundTripPropertyTests.NewContext();
        var a = MlirParser.ParseAttribute(ctx, attr);
        Assert.Same(a, MlirParser.ParseAttribute(ctx, a.ToString()));
    }
}
