using static Lce.FileCheck.Tests.FileCheckHarness;

namespace Lce.FileCheck.Tests;

public class VariableTests
{
    [Theory]
    [InlineData("CHECK: %[[V:[0-9]+]] = add\nCHECK: use %[[V]]\n", "%3 = add\nuse %3\n", 0)]
    [InlineData("CHECK: %[[V:[0-9]+]] = add\nCHECK: use %[[V]]\n", "%3 = add\nuse %4\n", 1)]
    [InlineData("CHECK: [[X:a|ab]]c [[X]]\n", "abc ab\n", 0)]
    [InlineData("CHECK: [[X:[a-z]+]] [[X]]\n", "foo foo\n", 0)]
    [InlineData("CHECK: [[X:[a-z]+]] [[X]]\n", "foo bar\n", 1)]
    [InlineData("CHECK: [[UNDEF]]\n", "x\n", 1)]
    [InlineData("CHECK: [[X:x.]]\nCHECK: [[X]]\n", "xy\na.b xy\n", 0)]
    public void StringVariables(string check, string input, int exit) => Assert.Equal(exit, Exit(check, input));

    [Fact]
    public void LeftmostLongestCaptureFeedsLaterUses() =>
        Assert.Equal(0, Exit("CHECK: [[V:a|ab]]\nCHECK-NEXT: [[V]]!\n", "ab\nab!\n"));

    [Fact]
    public void UndefinedVariableIsReported()
    {
        var r = Run("CHECK: [[UNDEF]]\n", "x\n");
        Assert.Contains("error: undefined variable: UNDEF", r.Stderr);
    }

    [Fact]
    public void CommandLineDefines()
    {
        Assert.Equal(0, Exit("CHECK: [[FOO]]\n", "bar\n", "-DFOO=bar"));
        Assert.Equal(0, Exit("CHECK: [[#N+1]]\n", "5\n", "-D#N=4"));
        Assert.Equal(0, Exit("CHECK: 0x[[#%x,N]]\n", "0x1f\n", "-D#%x,N=31"));
        Assert.Equal(2, Exit("CHECK: a\n", "a\n", "-DFOO"));
        Assert.Equal(2, Exit("CHECK: a\n", "a\n", "-D=x"));
    }

    [Fact]
    public void VarScopeClearsLocalsAtLabels()
    {
        const string check = "CHECK-LABEL: f1\nCHECK: [[L:[a-z]+]] [[$G:[0-9]+]]\nCHECK-LABEL: f2\nCHECK: [[L]] [[$G]]\n";
        const string input = "f1\nx 1\nf2\nx 1\n";
        Assert.Equal(0, Exit(check, input));
        Assert.Equal(1, Exit(check, input, "--enable-var-scope"));
        Assert.Equal(0, Exit("CHECK-LABEL: f1\nCHECK: [[$G:[0-9]+]]\nCHECK-LABEL: f2\nCHECK: [[$G]]\n", input, "--enable-var-scope"));
    }
}
