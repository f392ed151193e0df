using Lce.Lit.Builtins;

namespace Lce.Lit.Shell;

/// <summary>
/// Executes parsed RUN lines. Pipelines run their stages one after the other with the
/// previous stage's output as input (all tools are in-process, so no concurrency is
/// needed); like lit, a pipeline fails if any stage fails (pipefail).
/// </summary>
public sealed class ShellInterpreter(ShellState state)
{
    public int Run(List<ListItem> items, TextWriter stdout, TextWriter stderr)
    {
        int status = 0;
        string? previousOp = null;
        foreach (var item in items)
        {
            bool skip = (previousOp == "&&" && status != 0) || (previousOp == "||" && status == 0);
            if (!skip) status = RunPipeline(item.Pipeline, stdout, stderr);
            previousOp = item.Operator;
        }
        return status;
    }

    private int RunPipeline(Pipeline pipeline, TextWriter finalStdout, TextWriter stderr)
    {
        string input = "";
        int status = 0;
        for (int i = 0; i < pipeline.Commands.Count; i++)
        {
            bool last = i == pipeline.Commands.Count - 1;
            var cmd = pipeline.Commands[i];
            var outBuf = new StringWriter();
            var errBuf = new StringWriter();
            TextReader stdin = new StringReader(input);
            bool errToOut = false;
            foreach (var r in cmd.Redirects)
            {
                if (r.Kind == RedirectKind.StdinRead) stdin = new StringReader(ReadTarget(r.Target!));
                if (r.Kind == RedirectKind.StderrToStdout) errToOut = true;
            }
            int code;
            try
            {
                code = Execute(cmd.Words, stdin, outBuf, errToOut ? outBuf : errBuf);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                errBuf.Write($"{cmd.Words[0]}: {e.Message}\n");
                code = 1;
            }
            string outText = outBuf.ToString(), errText = errBuf.ToString();
            bool stdoutRedirected = false, stderrRedirected = false;
            foreach (var r in cmd.Redirects)
            {
                switch (r.Kind)
                {
                    case RedirectKind.StdoutWrite: WriteTarget(r.Target!, outText, false); stdoutRedirected = true; break;
                    case RedirectKind.StdoutAppend: WriteTarget(r.Target!, outText, true); stdoutRedirected = true; break;
                    case RedirectKind.StderrWrite: WriteTarget(r.Target!, errText, false); stderrRedirected = true; break;
                    case RedirectKind.StderrAppend: WriteTarget(r.Target!, errText, true); stderrRedirected = true; break;
                    case RedirectKind.BothWrite: WriteTarget(r.Target!, outText + errText, false); stdoutRedirected = stderrRedirected = true; break;
                }
            }
            if (!stderrRedirected) stderr.Write(errText);
            input = stdoutRedirected ? "" : outText;
            if (last && !stdoutRedirected) finalStdout.Write(outText);
            if (code != 0) status = code;
            else if (last && status == 0) status = 0;
        }
        return status;
    }

    private string ReadTarget(string target) => target == "/dev/null" ? "" : File.ReadAllText(state.Resolve(target));

    private void WriteTarget(string target, string text, bool append)
    {
        if (target == "/dev/null") return;
        string path = state.Resolve(target);
        if (append) File.AppendAllText(path, text); else File.WriteAllText(path, text);
    }

    /// <summary>Runs one command: a builtin, a registered in-process tool, or a process from PATH.</summary>
    public int Execute(IReadOnlyList<string> words, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string name = words[0];
        var args = words.Skip(1).ToArray();
        switch (name)
        {
            case "not": return NotCommand.Run(this, args, stdin, stdout, stderr);
            case "env": return EnvCommand.Run(this, state, args, stdin, stdout, stderr);
            case "cd":
                if (args.Length != 1) { stderr.Write("cd: expected one directory\n"); return 1; }
                state.Cwd = state.Resolve(args[0]);
                return 0;
            case "export":
                foreach (var a in args) { int eq = a.IndexOf('='); if (eq > 0) state.Env[a[..eq]] = a[(eq + 1)..]; }
                return 0;
            case ":" or "true": return 0;
            case "false": return 1;
        }
        if (FileBuiltins.TryRun(state, name, args, stdin, stdout, stderr, out int code)) return code;
        if (state.Tools.TryGet(name, out var tool)) return tool(args, stdin, stdout, stderr, state.Cwd, state.Env);
        return ExternalProcess.Run(state, name, args, stdin, stdout, stderr);
    }
}
