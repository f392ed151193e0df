using System.Diagnostics;
using Lce.Lit.Shell;

namespace Lce.Lit;

/// <summary>Runs the RUN lines of one test file and classifies the result (XFAIL/REQUIRES/UNSUPPORTED aware).</summary>
public sealed class TestRunner(LitConfig config, ToolRegistry tools, string tempRoot)
{
    public TestResult Run(string path)
    {
        var full = Path.GetFullPath(path);
        string name = Path.GetRelativePath(config.Root, full);
        var result = new TestResult { Path = full, Name = name };
        var watch = Stopwatch.StartNew();
        try
        {
            Execute(full, name, result);
        }
        catch (FormatException e)
        {
            result.Outcome = TestOutcome.Fail;
            result.Reason = "bad test file: " + e.Message;
        }
        result.Elapsed = watch.Elapsed;
        return result;
    }

    private void Execute(string path, string name, TestResult result)
    {
        var test = TestFile.Parse(File.ReadAllText(path));
        var features = new HashSet<string>(config.Features, StringComparer.Ordinal);
        var missing = test.Requires.Where(r => !FeatureExpression.Evaluate(r, features)).ToList();
        if (missing.Count > 0)
        {
            result.Outcome = TestOutcome.Unsupported;
            result.Reason = "Test requires: " + string.Join(", ", missing);
            return;
        }
        var unsupported = test.Unsupported.Where(u => FeatureExpression.Evaluate(u, features)).ToList();
        if (unsupported.Count > 0)
        {
            result.Outcome = TestOutcome.Unsupported;
            result.Reason = "Test is unsupported with: " + string.Join(", ", unsupported);
            return;
        }
        if (test.RunLines.Count == 0) throw new FormatException("test has no 'RUN:' line");
        bool expectFailure = test.Xfails.Any(x => FeatureExpression.Evaluate(x, features));

        string tmpBase = Path.Combine(tempRoot, "Output", name);
        Directory.CreateDirectory(Path.GetDirectoryName(tmpBase)!);
        var subst = new Substitutions(path, tmpBase, config.Substitutions);
        var env = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables()) env[(string)e.Key] = (string?)e.Value;
        var state = new ShellState(Path.GetDirectoryName(path)!, env, tools);
        var shell = new ShellInterpreter(state);
        var output = new StringWriter();
        bool failed = false;
        foreach (var (line, command) in test.RunLines)
        {
            string expanded = subst.Apply(command);
            output.Write($"$ {expanded}\n");
            int code = shell.Run(ShellParser.Parse(expanded), output, output);
            if (code == 0) continue;
            failed = true;
            result.FailingCommand = expanded;
            result.FailingLine = line;
            result.ExitCode = code;
            output.Write($"error: command failed with exit status: {code}\n");
            break;
        }
        result.Output = output.ToString();
        result.Outcome = (failed, expectFailure) switch
        {
            (false, false) => TestOutcome.Pass,
            (true, false) => TestOutcome.Fail,
            (true, true) => TestOutcome.XFail,
            (false, true) => TestOutcome.XPass,
        };
        if (result.Outcome == TestOutcome.XPass) result.Reason = "test passed but was expected to fail (XFAIL)";
    }
}
