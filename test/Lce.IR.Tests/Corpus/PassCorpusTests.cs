using Lce.Opt;

namespace Lce.Tests.Corpus;

/// <summary>
/// Replays the recorded mlir-opt 22 results of test/passes/corpus (see its README): for every
/// case in passing.txt, lce-opt run in-process with the same arguments must produce the same
/// stdout, stderr and exit code, byte for byte. passing.txt is a ratchet; every other case must
/// be listed in known-failing.txt with a reason, so the state of the corpus is always explicit.
/// `test/passes/corpus/check.sh` reports the whole corpus with diffs.
/// </summary>
public class PassCorpusTests
{
    /// <summary>Stands in for an empty passing.txt (xunit rejects a theory without data).</summary>
    private const string NoPassingCases = "(passing.txt is empty)";

    public static IEnumerable<object[]> PassingCases()
    {
        var passing = PassCorpus.PassingList();
        if (passing.Count == 0) return [[NoPassingCases]];
        return passing.Select(c => new object[] { c });
    }

    [Theory]
    [MemberData(nameof(PassingCases))]
    public void MatchesMlirOpt(string caseName)
    {
        if (caseName == NoPassingCases)
        {
            Assert.Empty(PassCorpus.PassingList());
            return;
        }
        var c = PassCorpus.AllCases().SingleOrDefault(x => x.Name == caseName);
        Assert.True(c is not null, $"passing.txt names '{caseName}', which no corpus header defines");
        var (expectedRc, expectedOut, expectedErr) = PassCorpus.Expected(c.Name);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = LceOpt.Run(c.Args.ToArray(), TextReader.Null, stdout, stderr, PassCorpus.InputsDir);
        Assert.Equal(expectedOut, stdout.ToString());
        Assert.Equal(expectedErr, stderr.ToString());
        Assert.Equal(expectedRc, rc);
    }

    [Fact]
    public void EveryCaseIsPassingOrKnownFailing()
    {
        var all = PassCorpus.AllCases().Select(c => c.Name).ToHashSet();
        Assert.True(all.Count >= 200, $"the corpus should have its ~260 cases, found {all.Count}");
        var passing = PassCorpus.PassingList();
        var failing = PassCorpus.KnownFailingList();
        Assert.Equal(passing.Count, passing.Distinct().Count());
        Assert.Equal(failing.Count, failing.Select(f => f.Name).Distinct().Count());
        foreach (var p in passing) Assert.True(all.Contains(p), $"passing.txt: unknown case '{p}'");
        foreach (var (name, reason) in failing)
        {
            Assert.True(all.Contains(name), $"known-failing.txt: unknown case '{name}'");
            Assert.False(string.IsNullOrWhiteSpace(reason), $"known-failing.txt: '{name}' has no reason");
            Assert.DoesNotContain(name, passing);
        }
        var listed = passing.Concat(failing.Select(f => f.Name)).ToHashSet();
        var unlisted = all.Where(c => !listed.Contains(c)).Order(StringComparer.Ordinal).ToList();
        Assert.True(unlisted.Count == 0, "cases in neither passing.txt nor known-failing.txt: " + string.Join(", ", unlisted));
    }

    [Fact]
    public void RecordingsMatchTheHeaders()
    {
        // Guards against a header edited without running regen.sh, and checks this reader splits
        // invocations exactly like cases.sh (which produced the .args files).
        var cases = PassCorpus.AllCases();
        Assert.NotEmpty(cases);
        foreach (var c in cases)
        {
            Assert.True(File.Exists(Path.Combine(PassCorpus.ExpectedDir, c.Name + ".args")), $"{c.Name} has no recording (run regen.sh)");
            Assert.Equal(PassCorpus.RecordedArgs(c.Name), c.Args);
            Assert.True(File.Exists(Path.Combine(PassCorpus.ExpectedDir, c.Name + ".out")), $"{c.Name}.out missing");
        }
        var recorded = Directory.GetFiles(PassCorpus.ExpectedDir, "*.args").Select(p => Path.GetFileNameWithoutExtension(p)).ToHashSet();
        recorded.ExceptWith(cases.Select(c => c.Name));
        Assert.True(recorded.Count == 0, "recordings without a case: " + string.Join(", ", recorded));
    }

    [Fact]
    public void ArgumentSplittingHonoursQuotes()
    {
        Assert.Equal(["-a", "--p=x(y{a=1 b=2})", "c d"],
            PassCorpus.SplitArguments(" -a  '--p=x(y{a=1 b=2})' \"c d\" "));
    }
}
