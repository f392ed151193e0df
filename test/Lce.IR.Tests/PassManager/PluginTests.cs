using System.Diagnostics;
using Lce.Opt;

namespace Lce.Tests.PassManager;

/// <summary>
/// examples/CustomPass builds as a separate project and lce-opt runs its pass and dialect via
/// --load-pass-plugin. The plugin is built once per test run, against the already built Lce
/// assemblies (no rebuild of the references), into a temporary directory.
/// </summary>
public class PluginTests
{
    private static readonly Lazy<string> PluginPath = new(BuildPlugin);

    /// <summary>Builds a copy of the example (so nothing is written into the repository) with absolute references.</summary>
    private static string BuildPlugin()
    {
        string source = RepoPaths.Combine("examples", "CustomPass");
        string work = Directory.CreateTempSubdirectory("lce-plugin-").FullName;
        foreach (var f in Directory.GetFiles(source, "*.cs")) File.Copy(f, Path.Combine(work, Path.GetFileName(f)));
        string csproj = File.ReadAllText(Path.Combine(source, "CustomPass.csproj"))
            .Replace("\"../../src/", "\"" + RepoPaths.Combine("src") + "/");
        File.WriteAllText(Path.Combine(work, "CustomPass.csproj"), csproj);
        // Directory.Build.props sets the repository's compiler settings; the copy keeps them.
        File.Copy(RepoPaths.Combine("Directory.Build.props"), Path.Combine(work, "Directory.Build.props"));
        string output = Path.Combine(work, "out");
        var psi = new ProcessStartInfo("dotnet", ["build", Path.Combine(work, "CustomPass.csproj"), "-o", output,
            "-p:BuildProjectReferences=false", "-v", "q", "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        string log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("building the plugin failed:\n" + log);
        return Path.Combine(output, "CustomPass.dll");
    }

    private static (int Rc, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = LceOpt.Run(["--load-pass-plugin=" + PluginPath.Value, .. args], TextReader.Null, stdout, stderr,
            RepoPaths.Combine("examples", "CustomPass"));
        return (rc, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void PluginPassAndDialectRunThroughLceOpt()
    {
        var run = Run("example.mlir", "--pass-pipeline=builtin.module(func.func(custom-lower-double))");
        Assert.Equal("", run.Err);
        Assert.Equal(0, run.Rc);
        Assert.Equal("""
            module {
              func.func @f(%arg0: i32) -> i32 {
                %0 = arith.addi %arg0, %arg0 : i32
                %1 = arith.addi %0, %0 : i32
                return %1 : i32
              }
            }


            """.Replace("\r\n", "\n"), run.Out);
    }

    [Fact]
    public void PluginPassHasFlagsOptionsAndStatistics()
    {
        var run = Run("example.mlir", "-custom-lower-double=keep-first", "--dump-pass-pipeline", "--mlir-pass-statistics",
            "--mlir-disable-threading");
        Assert.Equal(0, run.Rc);
        Assert.Contains("custom.double %arg0 : i32", run.Out);
        Assert.Contains("%1 = arith.addi %0, %0 : i32", run.Out);
        Assert.StartsWith("Pass Manager with 1 passes:\nbuiltin.module(\n  func.func(\n    custom-lower-double{keep-first=true}\n  )\n)\n\n", run.Err);
        Assert.Contains("  LowerDouble\n    (S) 1 num-lowered - Number of custom.double ops lowered\n", run.Err);
    }

    [Fact]
    public void PluginIsListedAndWithoutItTheDialectIsUnknown()
    {
        var listed = Run("--list-passes");
        Assert.Contains("--custom-lower-double", listed.Out);
        Assert.Contains("--keep-first", listed.Out);

        var stderr = new StringWriter();
        int rc = LceOpt.Run(["example.mlir", "-custom-lower-double"], TextReader.Null, new StringWriter(), stderr,
            RepoPaths.Combine("examples", "CustomPass"));
        Assert.Equal(1, rc);
        Assert.Equal("lce-opt: Unknown command line argument '-custom-lower-double'.  Try: 'lce-opt --help'\n", stderr.ToString());
    }

    [Fact]
    public void AMissingPluginIsReported()
    {
        var stderr = new StringWriter();
        int rc = LceOpt.Run(["--load-pass-plugin=does-not-exist.dll", "-"], new StringReader(""), new StringWriter(), stderr);
        Assert.Equal(1, rc);
        Assert.StartsWith("Failed to load passes from 'does-not-exist.dll'. Request ignored.\n", stderr.ToString());
    }
}
