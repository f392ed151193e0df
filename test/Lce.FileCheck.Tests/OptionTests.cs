using static Lce.FileCheck.Tests.FileCheckHarness;

namespace Lce.FileCheck.Tests;

public class OptionTests
{
    [Fact]
    public void WhitespaceIsCanonicalizedUnlessStrict()
    {
        Assert.Equal(0, Exit("CHECK: a b\n", "a \t  b\n"));
        Assert.Equal(1, Exit("CHECK: a b\n", "a  b\n", "--strict-whitespace"));
    }

    [Fact]
    public void MatchFullLines()
    {
        Assert.Equal(1, Exit("CHECK: b\n", "abc\n", "--match-full-lines"));
        Assert.Equal(0, Exit("CHECK: abc\n", "  abc  \n", "--match-full-lines"));
        Assert.Equal(1, Exit("CHECK: abc\n", "  abc\n", "--match-full-lines", "--strict-whitespace"));
    }

    [Fact]
    public void IgnoreCase()
    {
        Assert.Equal(0, Exit("CHECK: HeLLo\n", "hello\n", "--ignore-case"));
        Assert.Equal(0, Exit("CHECK: {{H.LLO}}\n", "hello\n", "--ignore-case"));
        Assert.Equal(1, Exit("CHECK: HeLLo\n", "hello\n"));
    }

    [Fact]
    public void PrefixOptions()
    {
        Assert.Equal(0, Exit("FOO: a\nBAR: b\n", "a\nb\n", "--check-prefixes=FOO,BAR"));
        Assert.Equal(0, Exit("FOO: a\n", "a\n", "--check-prefix", "FOO"));
        Assert.Equal(2, Exit("FOO: a\n", "a\n", "--check-prefixes=FOO,BAR"));
        Assert.Equal(0, Exit("FOO: a\n", "a\n", "--check-prefixes=FOO,BAR", "--allow-unused-prefixes"));
        Assert.Equal(2, Exit("FOO: a\n", "a\n", "--check-prefix=BAR", "--allow-unused-prefixes"));
    }

    [Theory]
    [InlineData("--check-prefix=", "error: supplied check prefix must not be the empty string")]
    [InlineData("--check-prefix=A.B", "must start with a letter and contain only alphanumeric characters, hyphens, and underscores: 'A.B'")]
    [InlineData("--check-prefixes=A,A", "error: supplied check prefix must be unique among check and comment prefixes: 'A'")]
    [InlineData("--comment-prefixes=CHECK", "error: supplied comment prefix must be unique among check and comment prefixes: 'CHECK'")]
    public void InvalidPrefixesExitWith2(string arg, string message)
    {
        var r = Run("CHECK: a\n", "a\n", arg);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Stderr);
    }

    [Fact]
    public void BadCommandLinesExitWith1LikeLlvmCl()
    {
        Assert.Equal(1, Exit("CHECK: a\n", "a\n", "--bogus"));
        Assert.Equal(1, Exit("CHECK: a\n", "a\n", "--dump-input=sometimes"));
        Assert.Equal(1, Exit("CHECK: a\n", "a\n", "--strict-whitespace=maybe"));
        Assert.Equal(0, Exit("CHECK: a\n", "a\n", "-strict-whitespace=1"));
    }

    [Fact]
    public void EmptyInputNeedsAllowEmpty()
    {
        var r = Run("CHECK-NOT: a\n", "");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("FileCheck error: '<stdin>' is empty.", r.Stderr);
        Assert.Equal(0, Exit("CHECK-NOT: a\n", "", "--allow-empty"));
    }

    [Fact]
    public void NoCheckStringsIsAnError()
    {
        var r = Run("nothing here\n", "a\n");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("error: no check strings found with prefix 'CHECK:'", r.Stderr);
    }

    [Fact]
    public void MissingFiles()
    {
        Assert.Equal(2, Exit("CHECK: a\n", "a\n", "--input-file=/nonexistent/file"));
        var stderr = new StringWriter();
        Assert.Equal(2, FileCheckRunner.Run([], (string?)null, new StringWriter(), stderr, new Dictionary<string, string?>()));
        Assert.Contains("<check-file> not specified", stderr.ToString());
    }

    [Fact]
    public void FileCheckOptsEnvironmentVariableIsRead()
    {
        string dir = Path.Combine(Path.GetTempPath(), "lce-fc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "c"), "CHECK: A\n");
        var env = new Dictionary<string, string?> { ["FILECHECK_OPTS"] = "--ignore-case" };
        Assert.Equal(0, FileCheckRunner.Run(["c"], new StringReader("a\n"), new StringWriter(), new StringWriter(), env, dir));
    }

    [Fact]
    public void DumpInputHelpGoesToStdout()
    {
        var r = Run("CHECK: a\n", "a\n", "--dump-input=help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Input dump annotation format:", r.Stdout);
    }
}
