namespace Lce.Tests.Larq.Quant;

using Lce.Opt;

/// <summary>
/// The quant dialect against mlir-opt 22's recorded outputs (cases/gen.sh): each cases/X.mlir
/// must print byte for byte as X.out (custom form) and X.generic.out (generic form); each
/// cases/invalid-*.mlir must give exactly the diagnostics of invalid-*.err. A first line
/// `// ARGS: flags` adds flags (e.g. `-canonicalize`) to the run.
/// </summary>
public class QuantCaseTests
{
    private static readonly string Dir = RepoPaths.Combine("test", "Lce.IR.Tests", "Larq", "Quant", "cases");

    public static TheoryData<string, string> Valid()
    {
        var data = new TheoryData<string, string>();
        foreach (var f in Files().Where(f => !f.StartsWith("invalid-", StringComparison.Ordinal)))
        {
            data.Add(f, "custom");
            data.Add(f, "generic");
        }
        return data;
    }

    public static TheoryData<string> Invalid()
    {
        var data = new TheoryData<string>();
        foreach (var f in Files().Where(f => f.StartsWith("invalid-", StringComparison.Ordinal))) data.Add(f);
        return data;
    }

    private static IEnumerable<string> Files() =>
        Directory.GetFiles(Dir, "*.mlir").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal);

    private static (int Rc, string Out, string Err) Run(string file, params string[] extra)
    {
        var header = File.ReadLines(Path.Combine(Dir, file)).First();
        var args = new List<string>();
        if (header.StartsWith("// ARGS: ", StringComparison.Ordinal)) args.AddRange(header["// ARGS: ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        args.AddRange(extra);
        args.Add(file);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = LceOpt.Run(args.ToArray(), TextReader.Null, stdout, stderr, Dir);
        return (rc, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void PrintsAsMlirOpt(string file, string mode)
    {
        var (rc, output, err) = mode == "generic" ? Run(file, "--mlir-print-op-generic") : Run(file);
        Assert.True(rc == 0, $"lce-opt rejected {file} ({mode}):\n{err}");
        var expected = File.ReadAllText(Path.Combine(Dir, Path.GetFileNameWithoutExtension(file) + (mode == "generic" ? ".generic.out" : ".out")));
        Assert.Equal(expected, output);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void RejectsAsMlirOpt(string file)
    {
        var (rc, _, err) = Run(file, "--split-input-file");
        Assert.NotEqual(0, rc);
        var expected = File.ReadAllText(Path.Combine(Dir, Path.GetFileNameWithoutExtension(file) + ".err"));
        Assert.Equal(expected.Replace("\r\n", "\n"), err.Replace("\r\n", "\n"));
    }

    [Fact]
    public void EveryCaseHasItsRecordedOutput()
    {
        foreach (var f in Files())
        {
            var b = Path.Combine(Dir, Path.GetFileNameWithoutExtension(f));
            if (f.StartsWith("invalid-", StringComparison.Ordinal)) Assert.True(File.Exists(b + ".err"), b);
            else Assert.True(File.Exists(b + ".out") && File.Exists(b + ".generic.out"), b);
        }
    }
}
