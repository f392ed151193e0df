using System.Text;
using System.Text.RegularExpressions;
using Lce.Opt;

namespace Lce.Tests.Robustness;

/// <summary>Runs lce-opt in-process on generated input, with a time limit, and judges the outcome.</summary>
internal static partial class LceOptHarness
{
    [GeneratedRegex(@"^[^\n]*:\d+:\d+: error: ", RegexOptions.Multiline)]
    internal static partial Regex LocatedError();

    internal static (int rc, string stdout, string stderr) RunOpt(string text, params string[] flags)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var args = new List<string> { "--allow-unregistered-dialect" };
        args.AddRange(flags);
        args.Add("-");
        var task = Task.Factory.StartNew(() => LceOpt.Run(args.ToArray(), new StringReader(text), stdout, stderr),
            TaskCreationOptions.LongRunning);
        Assert.True(task.Wait(TimeSpan.FromSeconds(120)), "lce-opt did not finish within 120 s");
        return (task.Result, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Success, or a failure with a located error.</summary>
    internal static void SucceedsOrDiagnoses((int rc, string stdout, string stderr) r)
    {
        if (r.rc == 0) return;
        Assert.False(string.IsNullOrWhiteSpace(r.stderr), "failed without a diagnostic");
        Assert.Matches(LocatedError(), r.stderr);
    }

    internal static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    // ---------------------------------------------------------------- regions

    internal static string NestedRegions(int depth)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < depth; i++) sb.Append("\"tst.r\"() ({\n");
        sb.Append("\"tst.leaf\"() : () -> ()\n");
        for (int i = 0; i < depth; i++) sb.Append("}) : () -> ()\n");
        return sb.ToString();
    }
}
