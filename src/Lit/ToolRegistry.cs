using Lce.FileCheck;

namespace Lce.Lit;

/// <summary>
/// An in-process tool: behaves like a process with the given arguments (without the
/// program name), standard streams, working directory and environment, and returns its
/// exit code. Relative paths in <paramref name="args"/> must be resolved against <paramref name="cwd"/>.
/// </summary>
public delegate int ToolDelegate(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr,
    string cwd, IDictionary<string, string?> env);

/// <summary>
/// Maps command names used in RUN lines to in-process tools, so a suite runs without
/// spawning processes. Commands that are neither registered nor shell builtins fall
/// back to a process found on PATH.
/// </summary>
/// <example>
/// <code>
/// var tools = ToolRegistry.CreateDefault();          // has FileCheck
/// tools.Register("lce-opt", LceOpt.Run);            // your tool
/// tools.RegisterAlias("lce-tf-opt", "lce-opt");
/// var results = new LitRunner(tools).RunPath("test/mlir");
/// </code>
/// </example>
public sealed class ToolRegistry
{
    private readonly Dictionary<string, ToolDelegate> _tools = new(StringComparer.Ordinal);

    /// <summary>A registry with FileCheck registered in-process.</summary>
    public static ToolRegistry CreateDefault()
    {
        var registry = new ToolRegistry();
        registry.Register("FileCheck", (args, stdin, stdout, stderr, cwd, env) =>
            FileCheckRunner.Run(args, stdin, stdout, stderr, env, cwd));
        return registry;
    }

    /// <summary>Registers (or replaces) the tool run for command <paramref name="name"/>.</summary>
    public void Register(string name, ToolDelegate tool) => _tools[name] = tool;

    /// <summary>Makes <paramref name="alias"/> run the tool currently registered as <paramref name="target"/>.</summary>
    public void RegisterAlias(string alias, string target) => _tools[alias] = _tools[target];

    public bool TryGet(string name, out ToolDelegate tool)
    {
        // RUN lines sometimes spell tools by path (e.g. "%bin/FileCheck"); match on the file name too.
        if (_tools.TryGetValue(name, out tool!)) return true;
        return _tools.TryGetValue(Path.GetFileName(name), out tool!);
    }

    public IEnumerable<string> Names => _tools.Keys;
}
