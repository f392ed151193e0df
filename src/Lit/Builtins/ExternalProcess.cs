using System.Diagnostics;
using Lce.Lit.Shell;

namespace Lce.Lit.Builtins;

/// <summary>Fallback for commands that are neither builtins nor registered tools: run a process from PATH.</summary>
internal static class ExternalProcess
{
    public static int Run(ShellState state, string name, string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var psi = new ProcessStartInfo(name)
        {
            WorkingDirectory = state.Cwd,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Clear();
        foreach (var (k, v) in state.Env) if (v is not null) psi.Environment[k] = v;
        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            stderr.Write($"'{name}': command not found\n");
            return 127;
        }
        using (process)
        {
            var outTask = process.StandardOutput.ReadToEndAsync();
            var errTask = process.StandardError.ReadToEndAsync();
            try
            {
                process.StandardInput.Write(stdin.ReadToEnd());
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The process exited without reading its input; that is its business.
            }
            process.WaitForExit();
            stdout.Write(outTask.Result);
            stderr.Write(errTask.Result);
            return process.ExitCode;
        }
    }
}
