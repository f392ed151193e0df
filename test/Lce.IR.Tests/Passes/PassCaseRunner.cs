using System.Text;
using Lce.Opt;

namespace Lce.Tests.Passes;

/// <summary>
/// Runs a test case through lce-opt (in process) with the flags of its `// ARGS:` line, the
/// same flags regen.sh gives mlir-opt (`-cse`, `--inline='default-pipeline= max-iterations=2'`,
/// `--pass-pipeline=...`, printer flags), plus --allow-unregistered-dialect.
/// </summary>
internal static class PassCaseRunner
{
    public sealed record Outcome(int ExitCode, string Output, string Errors);

    public static Outcome Run(string directory, string file, string args)
    {
        var argv = new List<string> { "--allow-unregistered-dialect" };
        argv.AddRange(ShellSplit(args));
        argv.Add(file);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = LceOpt.Run(argv.ToArray(), TextReader.Null, stdout, stderr, directory);
        return new Outcome(rc, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Splits on spaces outside quotes, removing the quotes, as the shell does for regen.sh.</summary>
    private static IEnumerable<string> ShellSplit(string text)
    {
        var current = new StringBuilder();
        bool inToken = false;
        char quote = '\0';
        foreach (char c in text)
        {
            if (quote != '\0') { if (c == quote) quote = '\0'; else current.Append(c); continue; }
            if (c is '\'' or '"') { quote = c; inToken = true; continue; }
            if (c == ' ')
            {
                if (inToken) { yield return current.ToString(); current.Clear(); inToken = false; }
                continue;
            }
            current.Append(c);
            inToken = true;
        }
        if (inToken) yield return current.ToString();
    }
}
