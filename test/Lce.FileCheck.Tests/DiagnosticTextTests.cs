using static Lce.FileCheck.Tests.FileCheckHarness;

namespace Lce.FileCheck.Tests;

/// <summary>Exact diagnostic text, compared with what LLVM FileCheck 22 prints for the same files.</summary>
public class DiagnosticTextTests
{
    private const string Input = "func @foo\n  %0 = add %a, %b\n  %1 = mul %0, 42\nfoo bar\n";

    [Fact]
    public void NextNotFoundWithFuzzyMatchAndDump()
    {
        var r = Run("; CHECK: func @foo\n; CHECK-NEXT: %0 = add\n; CHECK-NEXT: mol %0\n", Input);
        Assert.Equal(1, r.ExitCode);
        const string expected = """
t.check:3:15: error: CHECK-NEXT: expected string not found in input
; CHECK-NEXT: mol %0
              ^
<stdin>:2:10: note: scanning from here
 %0 = add %a, %b
         ^
<stdin>:3:7: note: possible intended match here
 %1 = mul %0, 42
      ^

Input file: <stdin>
Check file: t.check

-dump-input=help explains the following input dump.

Input was:
<<<<<<
          1: func @foo 
          2:  %0 = add %a, %b 
next:3'0              X~~~~~~~ error: no match found
          3:  %1 = mul %0, 42 
next:3'0     ~~~~~~~~~~~~~~~~~
next:3'1           ?           possible intended match
          4: foo bar 
next:3'0     ~~~~~~~~
>>>>>>

""";
        Assert.Equal(expected.Replace("\r\n", "\n"), r.Stderr);
    }

    [Fact]
    public void NextOnWrongLine()
    {
        var r = Run("; CHECK: func @foo\n; CHECK-NEXT: foo bar\n", Input, "--dump-input=never");
        const string expected = """
t.check:2:15: error: CHECK-NEXT: is not on the line after the previous match
; CHECK-NEXT: foo bar
              ^
<stdin>:4:1: note: 'next' match was here
foo bar
^
<stdin>:1:10: note: previous match ended here
func @foo
         ^
<stdin>:2:1: note: non-matching line after previous match is here
 %0 = add %a, %b
^

""";
        Assert.Equal(expected.Replace("\r\n", "\n"), r.Stderr);
    }

    [Fact]
    public void VerboseRemarksAndCaptures()
    {
        var r = Run("CHECK: [[X:a.]]\n", "abc\n", "-v", "--dump-input=never");
        const string expected = """
t.check:1:8: remark: CHECK: expected string found in input
CHECK: [[X:a.]]
       ^
<stdin>:1:1: note: found here
abc
^~
<stdin>:1:1: note: captured var "X"
abc
^~

""";
        Assert.Equal(expected.Replace("\r\n", "\n"), r.Stderr);
    }

    [Fact]
    public void NotFoundHereWithRange()
    {
        var r = Run("CHECK: abc\nCHECK-NOT: xyz\nCHECK: end\n", "abc\nxyz\nend\n", "--dump-input=never");
        Assert.Contains("t.check:2:12: error: CHECK-NOT: excluded string found in input\nCHECK-NOT: xyz\n           ^\n<stdin>:2:1: note: found here\nxyz\n^~~\n", r.Stderr);
    }

    [Fact]
    public void ErrorValuesArePrintedWithATrailingBlankLineAndNoRange()
    {
        var r = Run("CHECK: [[1X:a]]\n", "a\n");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("t.check:1:10: error: invalid variable name\nCHECK: [[1X:a]]\n         ^\n\n", r.Stderr);
    }

    [Fact]
    public void BadCountPointsAfterTheNumber()
    {
        var r = Run("CHECK-COUNT-0: x\n", "x\n");
        Assert.StartsWith("t.check:1:14: error: invalid count in -COUNT specification on prefix 'CHECK'", r.Stderr);
    }
}
