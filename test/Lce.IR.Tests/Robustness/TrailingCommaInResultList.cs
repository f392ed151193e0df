// Regression test: a result list cut after a comma is a syntax error with MLIR's message
// (it used to surface as an internal parser exception).

using Lce.Opt;

namespace Lce.Tests.Robustness;

public class TrailingCommaInResultList
{
    [Theory]
    [InlineData("%x,")]
    [InlineData("func.func @f(%a: i32) {\n  %lo2,")]
    public void TruncatedResultListIsASyntaxError(string text)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = LceOpt.Run(["--allow-unregistered-dialect", "-"], new StringReader(text), stdout, stderr);
        Assert.NotEqual(0, rc);
        Assert.Matches(@"<stdin>:\d+:\d+: error: expected valid ssa identifier", stderr.ToString());
        Assert.DoesNotContain("internal parser error", stderr.ToString());
    }
}
