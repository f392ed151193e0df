using Lce.Lit;
using Lce.Opt;

namespace Lce.Lit.Cli;

/// <summary>The project's tools as lit sees them: FileCheck plus lce-opt (and its alias lce-tf-opt), all in-process.</summary>
public static class ProjectTools
{
    public static ToolRegistry Create()
    {
        var tools = ToolRegistry.CreateDefault();
        tools.Register("lce-opt", (args, stdin, stdout, stderr, cwd, env) => LceOpt.Run(args, stdin, stdout, stderr, cwd));
        tools.RegisterAlias("lce-tf-opt", "lce-opt");
        tools.Register("lce-convert", (args, stdin, stdout, stderr, cwd, env) => Lce.ConvertCli.LceConvert.Run(args, stdin, stdout, stderr, cwd));
        return tools;
    }
}
