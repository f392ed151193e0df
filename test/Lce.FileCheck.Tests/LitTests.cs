using Lce.Lit;
using Lce.Lit.Shell;

namespace Lce.FileCheck.Tests;

public class LitTests
{
    [Fact]
    public void ParsesRunLinesWithContinuationsAndKeywords()
    {
        var t = TestFile.Parse("// RUN: a \\\n// RUN:   | b\n// XFAIL: x\n// REQUIRES: y, z\n// UNSUPPORTED: w\n// RUN: c\n// END.\n// RUN: d\n");
        Assert.Equal(["a | b", "c"], t.RunLines.Select(r => r.Command));
        Assert.Equal(1, t.RunLines[0].Line);
        Assert.Equal(["x"], t.Xfails);
        Assert.Equal(["y", "z"], t.Requires);
        Assert.Equal(["w"], t.Unsupported);
    }

    [Theory]
    [InlineData("a && b", true)]
    [InlineData("a && !b", false)]
    [InlineData("c || (a && !c)", true)]
    [InlineData("!(a || c)", false)]
    [InlineData("*", true)]
    public void FeatureExpressions(string expr, bool value) =>
        Assert.Equal(value, FeatureExpression.Evaluate(expr, new HashSet<string> { "a", "b" }));

    [Fact]
    public void SubstitutesPaths()
    {
        var s = new Substitutions("/t/dir/x.mlir", "/tmp/Output/x.mlir", new Dictionary<string, string> { ["%lce"] = "lce-opt" });
        Assert.Equal("lce-opt /t/dir/x.mlir /t/dir /tmp/Output/x.mlir.tmp 100%", s.Apply("%lce %s %S %t 100%%"));
    }

    [Fact]
    public void ShellParserHandlesQuotesPipesAndRedirects()
    {
        var items = ShellParser.Parse("echo 'a b' \"c d\" 2>&1 | FileCheck x > out.txt && not false; cat < in");
        Assert.Equal(3, items.Count);
        Assert.Equal(["echo", "a b", "c d"], items[0].Pipeline.Commands[0].Words);
        Assert.Equal(RedirectKind.StderrToStdout, items[0].Pipeline.Commands[0].Redirects[0].Kind);
        Assert.Equal(RedirectKind.StdoutWrite, items[0].Pipeline.Commands[1].Redirects[0].Kind);
        Assert.Equal("&&", items[0].Operator);
        Assert.Equal(RedirectKind.StdinRead, items[2].Pipeline.Commands[0].Redirects[0].Kind);
    }

    private static (int Code, string Out) RunShell(string line, ToolRegistry? tools = null)
    {
        var state = new ShellState(Path.GetTempPath(), new Dictionary<string, string?>(), tools ?? ToolRegistry.CreateDefault());
        var output = new StringWriter();
        int code = new ShellInterpreter(state).Run(ShellParser.Parse(line), output, output);
        return (code, output.ToString());
    }

    [Theory]
    [InlineData("true && echo yes", 0, "yes\n")]
    [InlineData("false && echo yes", 1, "")]
    [InlineData("false || echo no", 0, "no\n")]
    [InlineData("false ; echo always", 0, "always\n")]
    [InlineData("not false", 0, "")]
    [InlineData("not true", 1, "")]
    [InlineData("echo a | not count 2", 0, "Expected 2 lines, got 1.\n")]
    [InlineData("echo x | cat | cat -", 0, "x\n")]
    public void InterpreterSemantics(string line, int code, string output)
    {
        var (c, o) = RunShell(line);
        Assert.Equal(code, c);
        Assert.Equal(output, o);
    }

    [Fact]
    public void RegisteredToolsRunInProcessAndSeeTheirEnvironment()
    {
        var tools = ToolRegistry.CreateDefault();
        tools.Register("lce-opt", (args, stdin, stdout, stderr, cwd, env) =>
        {
            stdout.Write($"{string.Join(",", args)} {(env.TryGetValue("MODE", out var mode) ? mode : "")}\n");
            return 0;
        });
        tools.RegisterAlias("lce-tf-opt", "lce-opt");
        var (code, output) = RunShell("env MODE=fast lce-tf-opt a b", tools);
        Assert.Equal(0, code);
        Assert.Equal("a,b fast\n", output);
        string check = Path.Combine(Path.GetTempPath(), "lce-lit-unit-" + Guid.NewGuid().ToString("N") + ".check");
        File.WriteAllText(check, "CHECK: a,b fast\n");
        Assert.Equal(0, RunShell($"env MODE=fast lce-opt a b | FileCheck {check}", tools).Code);
        Assert.Equal(1, RunShell($"lce-opt a b | FileCheck {check}", tools).Code);
    }

    [Fact]
    public void NotCrashAcceptsExceptions()
    {
        var tools = ToolRegistry.CreateDefault();
        tools.Register("boom", (_, _, _, _, _, _) => throw new InvalidOperationException("bang"));
        Assert.Equal(0, RunShell("not --crash boom", tools).Code);
        Assert.Equal(1, RunShell("not --crash true", tools).Code);
    }

    [Fact]
    public void FailingTestReportsRunLineAndDiagnostics()
    {
        string dir = Path.Combine(Path.GetTempPath(), "lce-lit-unit", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "lit.cfg.json"), "{ \"suffixes\": [\".mlir\"] }");
        File.WriteAllText(Path.Combine(dir, "bad.mlir"), "// RUN: echo abc | FileCheck %s\n// CHECK: xyz\n");
        var results = new LitRunner(ToolRegistry.CreateDefault()).RunPath(dir);
        var r = Assert.Single(results);
        Assert.Equal(TestOutcome.Fail, r.Outcome);
        Assert.Equal(1, r.FailingLine);
        Assert.Contains("FileCheck", r.FailingCommand);
        Assert.Contains("error: CHECK: expected string not found in input", r.Output);
        Assert.Contains("RUN at line 1", r.ToString());
    }
}
