using System.Text;
using Lce.Lit.Shell;

namespace Lce.Lit.Builtins;

/// <summary>In-process versions of the small utilities RUN lines use: echo, cat, rm, mkdir, cp, diff, count, split-file.</summary>
internal static class FileBuiltins
{
    public static bool TryRun(ShellState state, string name, string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, out int code)
    {
        code = name switch
        {
            "echo" => Echo(args, stdout),
            "cat" => Cat(state, args, stdin, stdout, stderr),
            "rm" => Remove(state, args),
            "mkdir" => MakeDirectory(state, args),
            "cp" => Copy(state, args, stderr),
            "diff" => DiffCommand.Run(state, args, stdout, stderr),
            "count" => Count(args, stdin, stderr),
            "split-file" => SplitFile.Run(state, args, stderr),
            _ => -1,
        };
        return code != -1;
    }

    private static int Echo(string[] args, TextWriter stdout)
    {
        bool newline = true;
        int i = 0;
        while (i < args.Length && args[i] == "-n") { newline = false; i++; }
        stdout.Write(string.Join(' ', args[i..]));
        if (newline) stdout.Write('\n');
        return 0;
    }

    private static int Cat(ShellState state, string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0) { stdout.Write(stdin.ReadToEnd()); return 0; }
        foreach (var a in args)
        {
            if (a == "-") { stdout.Write(stdin.ReadToEnd()); continue; }
            string path = state.Resolve(a);
            if (!File.Exists(path)) { stderr.Write($"cat: {a}: No such file or directory\n"); return 1; }
            stdout.Write(File.ReadAllText(path));
        }
        return 0;
    }

    private static int Remove(ShellState state, string[] args)
    {
        bool recursive = false;
        foreach (var a in args)
        {
            if (a.StartsWith('-')) { recursive |= a.Contains('r') || a.Contains('R'); continue; }
            string path = state.Resolve(a);
            if (Directory.Exists(path)) { if (recursive) Directory.Delete(path, true); }
            else if (File.Exists(path)) File.Delete(path);
        }
        return 0;
    }

    private static int MakeDirectory(ShellState state, string[] args)
    {
        foreach (var a in args.Where(a => !a.StartsWith('-'))) Directory.CreateDirectory(state.Resolve(a));
        return 0;
    }

    private static int Copy(ShellState state, string[] args, TextWriter stderr)
    {
        var paths = args.Where(a => !a.StartsWith('-')).Select(state.Resolve).ToList();
        if (paths.Count < 2) { stderr.Write("cp: missing destination\n"); return 1; }
        string dest = paths[^1];
        foreach (var src in paths[..^1])
        {
            if (!File.Exists(src)) { stderr.Write($"cp: {src}: No such file or directory\n"); return 1; }
            string target = Directory.Exists(dest) ? Path.Combine(dest, Path.GetFileName(src)) : dest;
            File.Copy(src, target, overwrite: true);
        }
        return 0;
    }

    private static int Count(string[] args, TextReader stdin, TextWriter stderr)
    {
        if (args.Length != 1 || !int.TryParse(args[0], out int expected)) { stderr.Write("usage: count N\n"); return 1; }
        string text = stdin.ReadToEnd();
        int lines = text.Count(c => c == '\n');
        if (text.Length > 0 && text[^1] != '\n') lines++;
        if (lines == expected) return 0;
        stderr.Write($"Expected {expected} lines, got {lines}.\n");
        return 1;
    }
}

/// <summary>"split-file [--leading-lines] input dir": writes each "//--- name" (or "#--- name") part to dir/name.</summary>
internal static class SplitFile
{
    public static int Run(ShellState state, string[] args, TextWriter stderr)
    {
        bool leadingLines = args.Contains("--leading-lines");
        var paths = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (paths.Count != 2) { stderr.Write("split-file: expected input file and output directory\n"); return 1; }
        var lines = File.ReadAllText(state.Resolve(paths[0])).Split('\n');
        string dir = state.Resolve(paths[1]);
        Directory.CreateDirectory(dir);
        string? current = null;
        var content = new StringBuilder();
        int partStartLine = 0;
        void Flush()
        {
            if (current is null) return;
            string target = Path.Combine(dir, current);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, content.ToString());
        }
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            int marker = line.IndexOf("--- ", StringComparison.Ordinal);
            string lead = marker >= 0 ? line[..marker].Trim() : "";
            if (marker >= 0 && lead is "//" or "#" or ";" && line.TrimStart().StartsWith(lead + "--- ", StringComparison.Ordinal))
            {
                Flush();
                current = line[(marker + 4)..].Trim();
                content.Clear();
                partStartLine = i + 1;
                if (leadingLines) content.Append('\n', partStartLine);
                continue;
            }
            if (current is null) continue;
            content.Append(line);
            if (i < lines.Length - 1) content.Append('\n');
        }
        Flush();
        if (current is null) { stderr.Write("split-file: no part separator was found\n"); return 1; }
        return 0;
    }
}
