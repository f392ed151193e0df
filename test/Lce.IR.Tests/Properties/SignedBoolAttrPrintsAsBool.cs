// Regression test: si1/ui1 integer attributes keep their type (only signless i1 prints true/false).

using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Printing;

namespace Lce.Tests.Properties;

public class SignedBoolAttrPrintsAsBool
{
    [Theory]
    [InlineData("1 : ui1")]
    [InlineData("-1 : si1")]
    [InlineData("0 : si1")]
    [InlineData("0 : ui1")]
    public void SignedAndUnsignedOneBitIntegersKeepTheirType(string attr)
    {
        var ctx = RoundTripPropertyTests.NewContext();
        var a = MlirParser.ParseAttribute(ctx, attr);
        Assert.Equal(attr, a.ToString());
        Assert.Same(a, MlirParser.ParseAttribute(ctx, a.ToString()));
    }

    [Fact]
    public void SignlessBoolsStillPrintAsKeywords()
    {
        var ctx = RoundTripPropertyTests.NewContext();
        Assert.Equal("true", MlirParser.ParseAttribute(ctx, "1 : i1").ToString());
    }
}
