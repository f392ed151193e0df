using Lce.Lit;
using Lce.Lit.Cli;

namespace Lce.Tests.FileCheckSuite;

/// <summary>
/// Every lit-style test under test/filecheck is one test case (filterable by path); RUN lines
/// execute in-process with our lce-opt and FileCheck.
/// </summary>
public class FileCheckSuiteTests
{
    private static readonly string Root = RepoPaths.Combine("test", "filecheck");

    public static IEnumerable<object[]> Files() =>
        LitRunner.Discover(Root, LitConfig.Find(Root))
            .Select(f => new object[] { Path.GetRelativePath(Root, f).Replace('\\', '/') });

    [Theory]
    [MemberData(nameof(Files))]
    public void Passes(string relativePath)
    {
        var result = new LitRunner(ProjectTools.Create()).RunTest(Path.Combine(Root, relativePath));
        Assert.True(result.IsSuccess, result.ToString());
    }

    [Fact]
    public void ABrokenExpectationFailsWithAReadableMessage()
    {
        // The file's suffix keeps it out of the suite; run it directly.
        var result = new LitRunner(ProjectTools.Create()).RunTest(Path.Combine(Root, "lce-opt", "broken-expectation.mlir.txt"));
        Assert.False(result.IsSuccess);
        var text = result.ToString();
        Assert.Contains("RUN", text);
        Assert.Contains("error: CHECK", text);
        Assert.Contains("expected string not found in input", text);
    }
}
