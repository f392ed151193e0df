using static Lce.FileCheck.Tests.FileCheckHarness;

namespace Lce.FileCheck.Tests;

public class DirectiveTests
{
    [Theory]
    [InlineData("CHECK: b\nCHECK: a\n", "a\nb\n", 1)]
    [InlineData("CHECK: a\nCHECK: b\n", "a\nb\n", 0)]
    [InlineData("CHECK: a\nCHECK-NEXT: b\n", "a\nb\n", 0)]
    [InlineData("CHECK: a\nCHECK-NEXT: b\n", "a\nx\nb\n", 1)]
    [InlineData("CHECK: a\nCHECK-NEXT: b\n", "a b\n", 1)]
    [InlineData("CHECK: a\nCHECK-SAME: b\n", "a b\n", 0)]
    [InlineData("CHECK: a\nCHECK-SAME: b\n", "a\nb\n", 1)]
    [InlineData("CHECK: a\nCHECK-NOT: x\nCHECK: b\n", "a\nb\nx\n", 0)]
    [InlineData("CHECK: a\nCHECK-NOT: x\nCHECK: b\n", "a\nx\nb\n", 1)]
    [InlineData("CHECK: a\nCHECK-EMPTY:\nCHECK-NEXT: b\n", "a\n\nb\n", 0)]
    [InlineData("CHECK: a\nCHECK-EMPTY:\n", "a\nb\n\n", 1)]
    [InlineData("CHECK-COUNT-3: x\n", "x x\nx\n", 0)]
    [InlineData("CHECK-COUNT-3: x\n", "x\nx\n", 1)]
    [InlineData("CHECK{LITERAL}: [[x]] {{y}}\n", "[[x]] {{y}}\n", 0)]
    [InlineData("CHECK: start\nCHECK-NOT: bad\n", "start\nbad\n", 1)]
    public void PositiveAndNegativeDirectives(string check, string input, int exit) => Assert.Equal(exit, Exit(check, input));

    [Theory]
    [InlineData("CHECK-DAG: b\nCHECK-DAG: a\nCHECK: c\n", "a\nb\nc\n", 0)]
    [InlineData("CHECK-DAG: a\nCHECK-DAG: a\n", "a\n", 1)]
    [InlineData("CHECK-DAG: a\nCHECK-DAG: a\n", "a a\n", 0)]
    [InlineData("CHECK-DAG: a\nCHECK-NOT: x\nCHECK-DAG: b\n", "a\nx\nb\n", 1)]
    [InlineData("CHECK-DAG: a\nCHECK-NOT: x\nCHECK-DAG: b\n", "a\nb\nx\n", 0)]
    public void DagGroupsDoNotOverlap(string check, string input, int exit) => Assert.Equal(exit, Exit(check, input));

    [Fact]
    public void OverlapIsAllowedWithDeprecatedFlag() =>
        Assert.Equal(0, Exit("CHECK-DAG: a\nCHECK-DAG: a\n", "a\n", "--allow-deprecated-dag-overlap"));

    [Fact]
    public void LabelsSplitTheInputIntoBlocks()
    {
        const string check = "CHECK-LABEL: func1\nCHECK: ret\nCHECK-LABEL: func2\nCHECK: ret\n";
        Assert.Equal(0, Exit(check, "func1\nret\nfunc2\nret\n"));
        // The first block has no "ret" before func2, so the match may not leak into the next function.
        Assert.Equal(1, Exit(check, "func1\nfunc2\nret\n"));
    }

    [Fact]
    public void LabelWithVariableIsRejected()
    {
        var r = Run("CHECK-LABEL: [[X:a]]\n", "a\n");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("found 'CHECK-LABEL:' with variable definition or use", r.Stderr);
    }

    [Theory]
    [InlineData("CHECK-NEXT: a\n", "found 'CHECK-NEXT' without previous 'CHECK: line")]
    [InlineData("CHECK:\n", "found empty check string with prefix 'CHECK:'")]
    [InlineData("CHECK: a\nCHECK-EMPTY: x\n", "found non-empty check string for empty check with prefix 'CHECK:'")]
    [InlineData("CHECK-DAG-NOT: a\n", "unsupported -NOT combo on prefix 'CHECK'")]
    [InlineData("CHECK-COUNT-0: a\n", "invalid count in -COUNT specification on prefix 'CHECK'")]
    [InlineData("CHECK_NEXT: a\n", "misspelled directive 'CHECK_NEXT:'")]
    [InlineData("CHECK: {{a\n", "found start of regex string with no end '}}'")]
    [InlineData("CHECK: {{a(}}\n", "invalid regex: parentheses not balanced")]
    public void CheckFileErrorsExitWith2(string check, string message)
    {
        var r = Run(check, "a\n");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Stderr);
    }

    [Fact]
    public void CommentPrefixesHideDirectives()
    {
        Assert.Equal(0, Exit("COM: CHECK: missing\nCHECK: a\n", "a\n"));
        Assert.Equal(0, Exit("RUN: CHECK: missing\nCHECK: a\n", "a\n"));
        Assert.Equal(1, Exit("MY: CHECK: missing\nCHECK: a\n", "a\n", "--comment-prefixes=COM"));
        Assert.Equal(0, Exit("MY: CHECK: missing\nCHECK: a\n", "a\n", "--comment-prefixes=MY"));
    }

    [Fact]
    public void PrefixGluedToAWordIsNotADirective() => Assert.Equal(0, Exit("XCHECK: missing\nCHECK: a\n", "a\n"));

    [Fact]
    public void ImplicitCheckNotAppliesEverywhere()
    {
        Assert.Equal(1, Exit("CHECK: a\n", "a\nwarning\n", "--implicit-check-not=warning"));
        Assert.Equal(0, Exit("CHECK: a\n", "a\nfine\n", "--implicit-check-not=warning"));
        var r = Run("CHECK: end\n", "warning\nend\n", "--implicit-check-not=warning");
        Assert.Contains("command line:1:22: error: IMPLICIT-CHECK-NOT: excluded string found in input", r.Stderr);
    }
}
