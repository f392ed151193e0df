using Lce.Lit.Shell;

namespace Lce.Lit.Builtins;

/// <summary>"env [-u NAME]... [NAME=VALUE]... cmd args": runs cmd with a modified copy of the environment.</summary>
internal static class EnvCommand
{
    public static int Run(ShellInterpreter shell, ShellState state, string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var env = new Dictionary<string, string?>(state.Env);
        int i = 0;
        for (; i < args.Length; i++)
        {
            if (args[i] == "-u" && i + 1 < args.Length) { env.Remove(args[++i]); continue; }
            if (args[i].StartsWith("--unset=", StringComparison.Ordinal)) { env.Remove(args[i][8..]); continue; }
            int eq = args[i].IndexOf('=');
            if (eq > 0 && !args[i].StartsWith('-')) { env[args[i][..eq]] = args[i][(eq + 1)..]; continue; }
            break;
        }
        if (i == args.Length)
        {
            foreach (var (k, v) in env.OrderBy(e => e.Key, StringComparer.Ordinal)) stdout.Write($"{k}={v}\n");
            return 0;
        }
        var child = new ShellInterpreter(new ShellState(state.Cwd, env, state.Tools));
        return child.Execute(args[i..], stdin, stdout, stderr);
    }
}
