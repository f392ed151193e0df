using Lce.Run;

namespace Lce.Tests.CodeGen.Runtime;

/// <summary>lce-run in-process, as the command line runs it: exit code, stdout and stderr.</summary>
internal static class LceRunCli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        int code = LceRun.Run(args, o, e, new StringReader(""));
        return (code, o.ToString(), e.ToString());
    }
}
