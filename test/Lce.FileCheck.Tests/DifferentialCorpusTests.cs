namespace Lce.FileCheck.Tests;

/// <summary>
/// Replays test/filecheck-cases: each case's exit code was recorded from LLVM FileCheck 22
/// (record-exits.sh), so this checks agreement without LLVM installed.
/// </summary>
public class DifferentialCorpusTests
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RepoPaths.Cases, "*.check").OrderBy(f => f, StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Fact]
    public void CorpusHasAtLeast120Cases() => Assert.True(CaseNames().Count >= 120);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void ExitCodeMatchesLlvm(string name)
    {
        string dir = RepoPaths.Cases;
        int expected = int.Parse(File.ReadAllText(Path.Combine(dir, name + ".exit")).Trim());
        var args = File.ReadAllText(Path.Combine(dir, name + ".args")).Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var stderr = new StringWriter();
        int actual = FileCheckRunner.Run([name + ".check", "--input-file", name + ".input", .. args], (string?)null,
            new StringWriter(), stderr, new Dictionary<string, string?>(), dir);
        Assert.True(expected == actual, $"{name}: LLVM exit {expected}, ours {actual}\n{stderr}");
    }
}
