namespace Lce.Lit;

/// <summary>
/// Discovers and runs a lit-style suite: every file under a directory whose suffix is
/// listed in the nearest lit.cfg.json (default ".mlir"), skipping excluded names and
/// the config file itself. Tests run in parallel, each in-process.
/// </summary>
public sealed class LitRunner(ToolRegistry tools, string? tempRoot = null)
{
    private readonly string _tempRoot = tempRoot ?? Path.Combine(Path.GetTempPath(), "lce-lit-" + Environment.ProcessId);

    /// <summary>Test files under <paramref name="path"/> (or the file itself), sorted by path.</summary>
    public static IReadOnlyList<string> Discover(string path, LitConfig config)
    {
        if (File.Exists(path)) return [Path.GetFullPath(path)];
        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => config.Suffixes.Any(s => f.EndsWith(s, StringComparison.Ordinal)))
            .Where(f => !Path.GetRelativePath(config.Root, f).Split(Path.DirectorySeparatorChar).Any(config.Excludes.Contains))
            .Where(f => Path.GetFileName(f) != LitConfig.FileName)
            .Select(Path.GetFullPath)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Runs one test file with the config found above it.</summary>
    public TestResult RunTest(string file) => new TestRunner(LitConfig.Find(file), tools, _tempRoot).Run(file);

    /// <summary>Runs every test under <paramref name="path"/>.</summary>
    public IReadOnlyList<TestResult> RunPath(string path, int? maxParallelism = null)
    {
        var config = LitConfig.Find(path);
        var files = Discover(path, config);
        var results = new TestResult[files.Count];
        var runner = new TestRunner(config, tools, _tempRoot);
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism ?? Environment.ProcessorCount },
            i => results[i] = runner.Run(files[i]));
        return results;
    }
}
