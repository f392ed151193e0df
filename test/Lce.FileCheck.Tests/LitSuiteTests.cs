using Lce.Lit;

namespace Lce.FileCheck.Tests;

/// <summary>Each file of the lit suite in test/filecheck-cases/lit is one test case, run in-process.</summary>
public class LitSuiteTests
{
    private static readonly LitRunner Runner = new(ToolRegistry.CreateDefault());

    public static TheoryData<string> TestFiles()
    {
        var data = new TheoryData<string>();
        var config = LitConfig.Find(RepoPaths.LitSuite);
        foreach (var f in LitRunner.Discover(RepoPaths.LitSuite, config))
            data.Add(Path.GetRelativePath(RepoPaths.LitSuite, f));
        return data;
    }

    [Theory]
    [MemberData(nameof(TestFiles))]
    public void LitTestSucceeds(string file)
    {
        var result = Runner.RunTest(Path.Combine(RepoPaths.LitSuite, file));
        Assert.True(result.IsSuccess, result.ToString());
    }
}
