using Lce.Opt;

namespace Lce.Tests.Driver;

/// <summary>`-o` writes atomically, never leaves partial output on failure, and never replaces device files.</summary>
public class OutputFileTests
{
    private static int Run(string cwd, params string[] args) =>
        LceOpt.Run(args, TextReader.Null, new StringWriter(), new StringWriter(), cwd);

    [Fact]
    public void WritesTheOutputFile()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "in.mlir"), "\"tst.a\"() : () -> ()\n");
        Assert.Equal(0, Run(dir, "--allow-unregistered-dialect", "in.mlir", "-o", "out.mlir"));
        Assert.Equal("module {\n  \"tst.a\"() : () -> ()\n}\n\n", File.ReadAllText(Path.Combine(dir, "out.mlir")));
        Assert.Single(Directory.GetFiles(dir, "out.mlir*"));
    }

    [Fact]
    public void AFailureLeavesAnExistingOutputUntouched()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "bad.mlir"), "\"tst.a\"( : () -> ()\n");
        File.WriteAllText(Path.Combine(dir, "out.mlir"), "previous");
        Assert.Equal(1, Run(dir, "--allow-unregistered-dialect", "bad.mlir", "-o", "out.mlir"));
        Assert.Equal("previous", File.ReadAllText(Path.Combine(dir, "out.mlir")));
    }

    [Fact]
    public void DevNullStaysADevice()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/dev/null")) return;
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "in.mlir"), "\"tst.a\"() : () -> ()\n");
        Assert.Equal(0, Run(dir, "--allow-unregistered-dialect", "in.mlir", "-o", "/dev/null"));
        Assert.Equal(0, new FileInfo("/dev/null").Length);
        Assert.False(File.Exists("/dev/null.tmp" + Environment.ProcessId));
    }
}
