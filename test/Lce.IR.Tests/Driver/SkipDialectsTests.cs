using Lce.Opt;

namespace Lce.Tests.Driver;

/// <summary>`--skip-dialects`: the named dialects are not registered, so their ops parse as unregistered ones.</summary>
public class SkipDialectsTests
{
    // LCE's lq.Bconv2d has five operands; the throughput yardstick writes four.
    private const string FourOperandBconv =
        "%0 = \"tst.src\"() : () -> tensor<1xf32>\n" +
        "%1 = \"lq.Bconv2d\"(%0, %0, %0, %0) : (tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>\n";

    private static (int Rc, string Out, string Err) Run(string input, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = LceOpt.Run([.. args, "-"], new StringReader(input), stdout, stderr);
        return (rc, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void RegisteredLqRejectsTheFourOperandBconv()
    {
        var r = Run(FourOperandBconv, "--allow-unregistered-dialect");
        Assert.Equal(1, r.Rc);
        Assert.Contains("'lq.Bconv2d' op expected 5 operands, but found 4", r.Err);
    }

    [Fact]
    public void SkippedLqLeavesTheOpUnregistered()
    {
        var r = Run(FourOperandBconv, "--allow-unregistered-dialect", "--skip-dialects=lq,tfl");
        Assert.Equal(0, r.Rc);
        Assert.Contains("\"lq.Bconv2d\"(%0, %0, %0, %0)", r.Out);
    }

    [Fact]
    public void SkippedDialectsAreNotListed()
    {
        var r = Run("", "--show-dialects", "--skip-dialects", "tfl, tf,tf_type");
        Assert.Equal(0, r.Rc);
        Assert.Contains("arith", r.Out);
        Assert.Contains("lq", r.Out);
        Assert.DoesNotContain("tfl", r.Out);
        Assert.DoesNotContain(" tf,", r.Out);
        Assert.DoesNotContain("tf_type", r.Out);
    }
}
