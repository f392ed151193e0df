namespace Lce.Tests.Rewrite;

/// <summary>
/// Differential cases under test/passes/canonicalize: each `NAME.mlir` input has a `NAME.expected`
/// file produced by `mlir-opt --allow-unregistered-dialect -canonicalize{OPTIONS}` (see
/// regen.sh), and lce-opt must print the same when run the same way. The first line may hold `// OPTIONS: ...` (pass options) and `// FLAGS: ...`
/// (`-mlir-print-debuginfo`).
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
        string options = HeaderValue(input, "OPTIONS"), flags = HeaderValue(input, "FLAGS");
        // End to end, as mlir-opt was run: lce-opt on the file, from its directory.
        var args = new List<string> { "--allow-unregistered-dialect" };
        args.AddRange(flags.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        args.Add($"--canonicalize={options}");
        args.Add(name + ".mlir");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Lce.Opt.LceOpt.Run(args.ToArray(), TextReader.Null, stdout, stderr, dir);
        Assert.True(exit == 0, stderr.ToString());
        Assert.Equal(expected, stdout.ToString());
    }

    private static string HeaderValue(string input, string key)
    {
        foreach (var line in input.Split('\n').TakeWhile(l => l.StartsWith("//")))
            if (line.StartsWith($"// {key}:")) return line[(key.Length + 4)..].Trim();
        return "";
    }
}
