using System.Text;
using Lce.Opt;

namespace Lce.Tests.Corpus;

/// <summary>
/// Replays the recorded mlir-opt 22 outputs of test/roundtrip (see its README): lce-opt must
/// print byte-identical output, or reject the file when mlir-opt rejected it. The cases run are
/// those listed in test/roundtrip/passing.txt, a ratchet: pairs join the list as printer/parser
/// gaps close and may never leave it. `test/roundtrip/check.sh` reports the whole corpus.
/// </summary>
public class RoundTripCorpusTests
{
    private static readonly string Dir = RepoPaths.Combine("test", "roundtrip");

    public static IEnumerable<object[]> Cases() =>
        File.ReadAllLines(Path.Combine(Dir, "passing.txt"))
            .Where(l => l.Length > 0)
            .Select(l => l.Split(' '))
            .Select(p => new object[] { p[0], p[1] });

    [Fact]
    public void RatchetListNamesExistingCasesOnly()
    {
        var lines = File.ReadAllLines(Path.Combine(Dir, "passing.txt")).Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count > 0);
        foreach (var l in lines)
        {
            var p = l.Split(' ');
            Assert.True(p.Length == 2 && p[1] is "custom" or "generic", $"malformed line '{l}'");
            Assert.True(File.Exists(Path.Combine(Dir, p[0])), $"'{p[0]}' is not in test/roundtrip");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesMlirOpt(string file, string mode)
    {
        var (rc, stdout, stderr) = Run(file, mode);
        int expectedRc = ExpectedRc(file, mode);
        string expectedOut = File.ReadAllText(Path.Combine(Dir, "expected", $"{Path.GetFileNameWithoutExtension(file)}.{mode}.out"));
        if (expectedRc != 0)
        {
            Assert.True(rc != 0, $"mlir-opt rejects {file} ({mode}) but lce-opt accepted it:\n{stdout}");
            Assert.False(string.IsNullOrWhiteSpace(stderr), "a rejected input must produce a diagnostic");
            return;
        }
        Assert.True(rc == 0, $"lce-opt failed on {file} ({mode}):\n{stderr}");
        Assert.Equal(expectedOut, stdout);
    }

    internal static (int rc, string stdout, string stderr) Run(string file, string mode)
    {
        var args = new List<string> { "--allow-unregistered-dialect" };
        var text = File.ReadAllText(Path.Combine(Dir, file));
        if (text.Split('\n').Any(l => l.StartsWith("// -----", StringComparison.Ordinal))) args.Add("--split-input-file");
        var first = text.Split('\n')[0];
        if (first.StartsWith("// FLAGS:", StringComparison.Ordinal))
            args.AddRange(first["// FLAGS:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (mode == "generic") args.Add("--mlir-print-op-generic");
        args.Add(file);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = LceOpt.Run(args.ToArray(), TextReader.Null, stdout, stderr, Dir);
        return (rc, stdout.ToString(), stderr.ToString());
    }

    private static int ExpectedRc(string file, string mode)
    {
        var rcFile = Path.Combine(Dir, "expected", Path.GetFileNameWithoutExtension(file) + ".rc");
        if (!File.Exists(rcFile)) return 0;
        foreach (var line in File.ReadAllLines(rcFile))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && parts[0] == mode) return int.Parse(parts[1]);
        }
        return 0;
    }
}
