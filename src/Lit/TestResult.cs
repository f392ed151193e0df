using System.Text;

namespace Lce.Lit;

public enum TestOutcome { Pass, Fail, XFail, XPass, Unsupported }

/// <summary>The result of one test file, with enough detail to explain a failure.</summary>
public sealed class TestResult
{
    public required string Path { get; init; }
    /// <summary>Path relative to the suite root, used as the test's display name.</summary>
    public required string Name { get; init; }
    public TestOutcome Outcome { get; set; }
    /// <summary>The RUN line (after substitution) that failed, if any.</summary>
    public string? FailingCommand { get; set; }
    /// <summary>Line number of the failing RUN line in the test file.</summary>
    public int FailingLine { get; set; }
    public int ExitCode { get; set; }
    /// <summary>Everything the commands wrote to stderr (FileCheck diagnostics included) and unredirected stdout.</summary>
    public string Output { get; set; } = "";
    public string? Reason { get; set; }
    public TimeSpan Elapsed { get; set; }

    public bool IsSuccess => Outcome is TestOutcome.Pass or TestOutcome.XFail or TestOutcome.Unsupported;

    /// <summary>A readable report, suitable as an xunit failure message.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Outcome.ToString().ToUpperInvariant()).Append(": ").Append(Name).Append('\n');
        if (Reason is not null) sb.Append(Reason).Append('\n');
        if (FailingCommand is not null)
            sb.Append($"RUN at line {FailingLine}: {FailingCommand}\nexit code: {ExitCode}\n");
        if (Output.Length > 0) sb.Append("--- output ---\n").Append(Output);
        return sb.ToString();
    }
}
