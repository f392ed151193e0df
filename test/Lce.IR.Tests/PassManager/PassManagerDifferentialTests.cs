using Lce.Opt;

namespace Lce.Tests.PassManager;

/// <summary>
/// lce-opt against mlir-opt 22 on pass-manager behaviour: --dump-pass-pipeline, pipeline and
/// option errors (with positions), IR-printing headers, reproducers. Each case in
/// test/passes/pm/cases holds the arguments and mlir-opt's stdout, stderr, exit code and
/// reproducer file (regenerate with test/passes/pm/generate.sh); the only mapping applied is
/// the tool name in messages ("mlir-opt: ..." becomes "lce-opt: ...").
/// </summary>
public class PassManagerDifferentialTests
{
    private static readonly string Dir = RepoPaths.Combine("test", "passes", "pm");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(Dir, "cases"), "*.args").OrderBy(f => f, StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesMlirOpt(string name)
    {
        string cases = Path.Combine(Dir, "cases");
        var args = File.ReadAllLines(Path.Combine(cases, name + ".args"));
        var scratch = Directory.CreateTempSubdirectory("lce-pm-").FullName;
        try
        {
            CopyDirectory(Path.Combine(Dir, "inputs"), Path.Combine(scratch, "inputs"));
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int rc = LceOpt.Run(args, TextReader.Null, stdout, stderr, scratch);

            Assert.Equal(File.ReadAllText(Path.Combine(cases, name + ".out")), stdout.ToString());
            Assert.Equal(File.ReadAllText(Path.Combine(cases, name + ".err")).Replace("mlir-opt", "lce-opt"), stderr.ToString());
            Assert.Equal(int.Parse(File.ReadAllText(Path.Combine(cases, name + ".rc")).Trim()), rc);
            string expectedRepro = Path.Combine(cases, name + ".repro");
            string repro = Path.Combine(scratch, "repro.mlir");
            Assert.Equal(File.Exists(expectedRepro), File.Exists(repro));
            if (File.Exists(expectedRepro)) Assert.Equal(File.ReadAllText(expectedRepro), File.ReadAllText(repro));
        }
        finally { Directory.Delete(scratch, recursive: true); }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
    }
}
