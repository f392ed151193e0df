namespace Lce.Tests.Larq;

using System.Diagnostics;

/// <summary>Runs the reference mlir-opt 22 when it is installed (CI has none: tests using it are skipped).</summary>
public static class MlirOptOracle
{
    public const string Path = "/usr/lib/llvm-22/bin/mlir-opt";

    public static bool Available => File.Exists(Path);

    /// <summary>mlir-opt's exit code, stdout and stderr for <paramref name="input"/> given on stdin.</summary>
    public static (int Rc, string Out, string Err) Run(string input, params string[] args)
    {
        var psi = new ProcessStartInfo(Path, [.. args, "-"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardInput.Write(input);
        p.StandardInput.Close();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>lce-opt in-process on the same input and flags, for comparison.</summary>
    public static (int Rc, string Out, string Err) RunOurs(string input, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = Lce.Opt.LceOpt.Run([.. args, "-"], new StringReader(input), stdout, stderr, Directory.GetCurrentDirectory());
        return (rc, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A fact that is skipped when mlir-opt 22 is not installed.</summary>
public sealed class RequiresMlirOptFactAttribute : FactAttribute
{
    public RequiresMlirOptFactAttribute()
    {
        if (!MlirOptOracle.Available) Skip = $"{MlirOptOracle.Path} is not installed";
    }
}
