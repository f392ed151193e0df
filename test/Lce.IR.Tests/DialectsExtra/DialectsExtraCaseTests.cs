using Lce.Opt;

namespace Lce.Tests.DialectsExtra;

/// <summary>
/// The scf, cf, memref, tensor, index and pdl dialects against mlir-opt 22: each cases/X.mlir
/// must print byte for byte as the recorded X.out (custom form) and X.generic.out
/// (--mlir-print-op-generic); each cases/invalid-*.mlir must be rejected with exactly the
/// diagnostics recorded in invalid-*.err, in both modes. cases/gen.sh regenerates the records.
/// </summary>
public class DialectsExtraCaseTests
{
    private static readonly string Dir = RepoPaths.Combine("test", "Lce.IR.Tests", "DialectsExtra", "cases");

    public static IEnumerable<object[]> Valid() =>
        Directory.GetFiles(Dir, "*.mlir").Select(Path.GetFileName).Where(f => !f!.StartsWith("invalid-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => new[] { new object[] { f!, "custom" }, new object[] { f!, "generic" } });

    public static IEnumerable<object[]> Invalid() =>
        Directory.GetFiles(Dir, "invalid-*.mlir").Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .SelectMany(f => new[] { new object[] { f!, "custom" }, new object[] { f!, "generic" } });

    private static (int Rc, string Out, string Err) Run(string file, string mode, bool split)
    {
        var args = new List<string> { "--allow-unregistered-dialect" };
        if (split) args.Add("--split-input-file");
        if (mode == "generic") args.Add("--mlir-print-op-generic");
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
        var (rc, output, err) = Run(file, mode, split: false);
        Assert.True(rc == 0, $"lce-opt rejected {file} ({mode}):\n{err}");
        var expected = File.ReadAllText(Path.Combine(Dir, Path.GetFileNameWithoutExtension(file) + (mode == "generic" ? ".generic.out" : ".out")));
        Assert.Equal(expected, output);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void RejectsAsMlirOpt(string file, string mode)
    {
        var (rc, _, err) = Run(file, mode, split: true);
        Assert.NotEqual(0, rc);
        var expected = File.ReadAllText(Path.Combine(Dir, Path.GetFileNameWithoutExtension(file) + ".err"));
        Assert.Equal(Diagnostics(expected), Diagnostics(err));
    }

    /// <summary>
    /// The located error and note lines with their source excerpts. The "see current
    /// operation" notes are left out: how the driver lays out the dump of an op with regions
    /// is the diagnostic renderer's business, not these dialects'.
    /// </summary>
    private static List<string> Diagnostics(string stderr)
    {
        var lines = stderr.Replace("\r\n", "\n").Split('\n');
        var kept = new List<string>();
        bool skipping = false;
        foreach (var line in lines)
        {
            bool located = line.StartsWith("invalid-", StringComparison.Ordinal) && (line.Contains(": error: ") || line.Contains(": note: "));
            if (located) skipping = line.Contains(": note: see current operation:");
            if (!skipping && line.Length > 0) kept.Add(line);
        }
        return kept;
    }

    [Fact]
    public void EveryCaseHasItsRecordedOutput()
    {
        foreach (var f in Directory.GetFiles(Dir, "*.mlir"))
        {
            var b = Path.Combine(Dir, Path.GetFileNameWithoutExtension(f));
            if (Path.GetFileName(f).StartsWith("invalid-", StringComparison.Ordinal)) Assert.True(File.Exists(b + ".err"), b);
            else Assert.True(File.Exists(b + ".out") && File.Exists(b + ".generic.out"), b);
        }
    }
}
