namespace Lce.Lit;

/// <summary>The lit keywords of one test file.</summary>
public sealed class TestFile
{
    /// <summary>RUN commands (continuations joined) with the line number where each starts.</summary>
    public List<(int Line, string Command)> RunLines { get; } = [];
    public List<string> Xfails { get; } = [];
    public List<string> Requires { get; } = [];
    public List<string> Unsupported { get; } = [];

    /// <summary>Reads RUN:/XFAIL:/REQUIRES:/UNSUPPORTED: lines until "END.".</summary>
    public static TestFile Parse(string text)
    {
        var result = new TestFile();
        var lines = text.Split('\n');
        string? pending = null;
        int pendingLine = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (TryKeyword(line, "END.", out _)) break;
            if (TryKeyword(line, "RUN:", out var run))
            {
                run = run.Trim();
                if (pending is null) { pending = ""; pendingLine = i + 1; }
                if (run.EndsWith('\\')) { pending += run[..^1]; continue; }
                result.RunLines.Add((pendingLine, (pending + run).Trim()));
                pending = null;
                continue;
            }
            if (TryKeyword(line, "XFAIL:", out var x)) result.Xfails.AddRange(SplitList(x));
            else if (TryKeyword(line, "REQUIRES:", out var r)) result.Requires.AddRange(SplitList(r));
            else if (TryKeyword(line, "UNSUPPORTED:", out var u)) result.Unsupported.AddRange(SplitList(u));
        }
        if (pending is not null) throw new FormatException("RUN line ends with a line continuation");
        return result;
    }

    private static IEnumerable<string> SplitList(string s) => s.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0);

    /// <summary>A keyword counts when it is not glued to a preceding word character.</summary>
    private static bool TryKeyword(string line, string keyword, out string rest)
    {
        rest = "";
        int at = line.IndexOf(keyword, StringComparison.Ordinal);
        while (at >= 0)
        {
            if (at == 0 || !(char.IsLetterOrDigit(line[at - 1]) || line[at - 1] is '_' or '-'))
            {
                rest = line[(at + keyword.Length)..];
                return true;
            }
            at = line.IndexOf(keyword, at + 1, StringComparison.Ordinal);
        }
        return false;
    }
}
