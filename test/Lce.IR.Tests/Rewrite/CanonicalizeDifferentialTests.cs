namespace Lce.Tests.Rewrite;

/// <summary>
/// Differential cases under test/passes/canonicalize: each `NAME.mlir` input has a `NAME.expected`
/// file produced by `mlir-opt --allow-unregistered-dialect -canonicalize{OPTIONS}` (see
/// regen.sh). The first line may hold `// OPTIONS: ...` (pass options) and `// FLAGS: ...`
/// (`-mlir-print-debuginfo`), `// SETUP: ...` test folders standing in for dialect folders
/// not written yet (see <see cref="TestFolders"/>).
/// </summary>
public class CanonicalizeDifferentialTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RepoPaths.Combine("test", "passes", "canonicalize"), "*.mlir").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesMlirOpt(string name)
    {
        var dir = RepoPaths.Combine("test", "passes", "canonicalize");
        var input = File.ReadAllText(Path.Combine(dir, name + ".mlir"));
        var expected = File.ReadAllText(Path.Combine(dir, name + ".expected"));
        string options = HeaderValue(input, "OPTIONS"), flags = HeaderValue(input, "FLAGS"), setup = HeaderValue(input, "SETUP");
        var actual = CanonicalizeHarness.Run(input, options, debugInfo: flags.Contains("-mlir-print-debuginfo"),
            bufferName: name + ".mlir", setup: setup);
        Assert.Equal(expected, actual);
    }

    private static string HeaderValue(string input, string key)
    {
        foreach (var line in input.Split('\n').TakeWhile(l => l.StartsWith("//")))
            if (line.StartsWith($"// {key}:")) return line[(key.Length + 4)..].Trim();
        return "";
    }
}
