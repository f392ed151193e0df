namespace Lce.Tests.Passes;

/// <summary>
/// Differential tests of the generic passes: every case under test/passes/&lt;pass&gt;/ runs
/// lce-opt with the flags of its `// ARGS:` line and must print exactly what mlir-opt 22
/// printed (expected/&lt;case&gt;.out), or fail with the same stderr (expected/&lt;case&gt;.err).
/// Expected files come from test/passes/regen.sh.
/// </summary>
public class PassDifferentialTests
{
    private static readonly string Dir = RepoPaths.Combine("test", "passes");
    private static readonly string[] OwnedSuites = ["arith", "cse", "symbol-dce", "inline", "scf", "cf"];

    public static IEnumerable<object[]> Cases() =>
        OwnedSuites
            .Where(s => Directory.Exists(Path.Combine(Dir, s)))
            .SelectMany(s => Directory.GetFiles(Path.Combine(Dir, s), "*.mlir").Order(StringComparer.Ordinal)
                .Select(f => new object[] { s, Path.GetFileName(f) }));

    [Fact]
    public void EverySuiteHasCases()
    {
        foreach (var suite in OwnedSuites)
            Assert.True(Cases().Count(c => (string)c[0] == suite) >= 5, $"suite {suite} has too few cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesMlirOpt(string suite, string file)
    {
        var path = Path.Combine(Dir, suite, file);
        var firstLine = File.ReadLines(path).First();
        Assert.StartsWith("// ARGS: ", firstLine);
        var outcome = PassCaseRunner.Run(Path.Combine(Dir, suite), file, firstLine["// ARGS: ".Length..]);

        var name = Path.GetFileNameWithoutExtension(file);
        var expectedErr = Path.Combine(Dir, suite, "expected", name + ".err");
        if (File.Exists(expectedErr))
        {
            Assert.True(outcome.ExitCode != 0, $"mlir-opt failed on {file} but lce-opt succeeded:\n{outcome.Output}");
            Assert.Equal(File.ReadAllText(expectedErr), outcome.Errors);
            return;
        }
        Assert.True(outcome.ExitCode == 0, $"{file} failed:\n{outcome.Errors}");
        Assert.Equal(File.ReadAllText(Path.Combine(Dir, suite, "expected", name + ".out")), outcome.Output);
    }
}
