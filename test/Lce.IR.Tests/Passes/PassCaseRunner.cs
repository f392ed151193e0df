using System.Text;
using Lce.IR;
using Lce.IR.Passes;
using Lce.IR.Parsing;
using Lce.IR.Printing;

namespace Lce.Tests.Passes;

/// <summary>
/// Runs a test case's `// ARGS:` line (mlir-opt flags such as `-cse` or
/// `--pass-pipeline='builtin.module(builtin.module(symbol-dce))'`) through lce-opt in-process.
/// </summary>
internal static class PassCaseRunner
{
    public sealed record Outcome(bool Succeeded, string Output, IReadOnlyList<string> Errors);

    public static Outcome Run(string source, string bufferName, string args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        // Locations name the input file as mlir-opt saw it when the expectations were recorded.
        var dir = Directory.CreateTempSubdirectory("lce-pass-case");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, bufferName), source);
            var argv = ShellSplit(args).Append("-allow-unregistered-dialect").Append(bufferName).ToArray();
            int exit = Lce.Opt.LceOpt.Run(argv, TextReader.Null, stdout, stderr, dir.FullName);
            var errors = stderr.ToString().Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
            return new Outcome(exit == 0, stdout.ToString(), errors);
        }
        finally { dir.Delete(recursive: true); }
    }

    /// <summary>Splits on spaces outside quotes and braces, removing shell quotes.</summary>
    private static IEnumerable<string> ShellSplit(string text)
    {
        var current = new StringBuilder();
        char quote = '\0';
        foreach (char c in text)
        {
            if (quote != '\0') { if (c == quote) quote = '\0'; else current.Append(c); continue; }
            if (c is '\'' or '"') { quote = c; continue; }
            if (c == ' ') { if (current.Length > 0) { yield return current.ToString(); current.Clear(); } continue; }
            current.Append(c);
        }
        if (current.Length > 0) yield return current.ToString();
    }
}
