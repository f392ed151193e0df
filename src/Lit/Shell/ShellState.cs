namespace Lce.Lit.Shell;

/// <summary>Mutable state shared by the RUN lines of one test: working directory and environment.</summary>
public sealed class ShellState(string cwd, IDictionary<string, string?> env, ToolRegistry tools)
{
    public string Cwd { get; set; } = cwd;
    public IDictionary<string, string?> Env { get; } = env;
    public ToolRegistry Tools { get; } = tools;

    public string Resolve(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(Cwd, path));
}
