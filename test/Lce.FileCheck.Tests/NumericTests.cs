using static Lce.FileCheck.Tests.FileCheckHarness;

namespace Lce.FileCheck.Tests;

public class NumericTests
{
    [Theory]
    [InlineData("CHECK: [[#N:]]\nCHECK: [[#N+1]]\n", "41\n42\n", 0)]
    [InlineData("CHECK: [[#N:]]\nCHECK: [[#N+1]]\n", "41\n43\n", 1)]
    [InlineData("CHECK: [[#N:]]\nCHECK: [[#N-1]]\n", "41\n40\n", 0)]
    [InlineData("CHECK: sum [[#add(2,3)]] max [[#max(4,9)]] min [[#min(4,9)]]\n", "sum 5 max 9 min 4\n", 0)]
    [InlineData("CHECK: [[#mul(6,7)]] [[#div(9,2)]] [[#sub(1,1)]]\n", "42 4 0\n", 0)]
    [InlineData("CHECK: [[#%x,A:]]\nCHECK: [[#A+1]]\n", "ff\n100\n", 0)]
    [InlineData("CHECK: 0x[[#%X,0xff]]\n", "0xFF\n", 0)]
    [InlineData("CHECK: [[#%.4d,7]]\n", "0007\n", 0)]
    [InlineData("CHECK: [[#%d,V:]]\nCHECK: [[#V+2]]\n", "-5\n-3\n", 0)]
    [InlineData("CHECK: line [[#@LINE]]\n", "line 1\n", 0)]
    [InlineData("\nCHECK: line [[@LINE-1]]\n", "line 1\n", 0)]
    [InlineData("CHECK: [[#A:]] [[#B:]]\nCHECK: [[#A+B]]\n", "2 3\n5\n", 0)]
    public void NumericExpressions(string check, string input, int exit) => Assert.Equal(exit, Exit(check, input));

    [Theory]
    [InlineData("CHECK: [[#N:]] [[#N]]\n", "numeric variable 'N' defined earlier in the same CHECK directive")]
    [InlineData("CHECK: [[#foo(1,2)]]\n", "call to undefined function 'foo'")]
    [InlineData("CHECK: [[#%q,N:]]\n", "invalid format specifier in expression")]
    [InlineData("CHECK: [[#N*2]]\n", "unsupported operation '*'")]
    [InlineData("CHECK: [[#N+]]\n", "missing operand in expression")]
    [InlineData("CHECK: [[#%#u,N:]]\n", "alternate form only supported for hex values")]
    public void NumericSyntaxErrors(string check, string message)
    {
        var r = Run(check, "1 1\n");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Stderr);
    }
}
