using Lce.Lit.Shell;

namespace Lce.Lit.Builtins;

/// <summary>"not cmd": succeeds iff cmd fails; "not --crash cmd": succeeds iff cmd crashes (throws, in-process).</summary>
internal static class NotCommand
{
    public static int Run(ShellInterpreter shell, string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        bool crash = args.Length > 0 && args[0] == "--crash";
        var rest = crash ? args[1..] : args;
        if (rest.Length == 0) { stderr.Write("not: missing command\n"); return 1; }
        if (!crash) return shell.Execute(rest, stdin, stdout, stderr) == 0 ? 1 : 0;
        try
        {
            int code = shell.Execute(rest, stdin, stdout, stderr);
            // A process killed by a signal reports 128+N; treat that as a crash like lit does.
            return code > 128 ? 0 : 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.Write($"{rest[0]}: crashed: {e.GetType().Name}: {e.Message}\n");
            return 0;
        }
    }
}
