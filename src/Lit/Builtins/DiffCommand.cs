using Lce.Lit.Shell;

namespace Lce.Lit.Builtins;

/// <summary>"diff [-b] [-w] [-u] a b": exit 0 if the files are equal, else print the differing lines and exit 1.</summary>
internal static class DiffCommand
{
    public static int Run(ShellState state, string[] args, TextWriter stdout, TextWriter stderr)
    {
        bool ignoreSpaceChange = args.Contains("-b"), ignoreAllSpace = args.Contains("-w");
        var files = args.Where(a => !a.StartsWith('-') || a == "-").ToList();
        if (files.Count != 2) { stderr.Write("diff: expected two files\n"); return 2; }
        string[] a, b;
        try
        {
            a = File.ReadAllText(state.Resolve(files[0])).Split('\n');
            b = File.ReadAllText(state.Resolve(files[1])).Split('\n');
        }
        catch (IOException e)
        {
            stderr.Write($"diff: {e.Message}\n");
            return 2;
        }
        string Norm(string s) => ignoreAllSpace ? string.Concat(s.Where(c => !char.IsWhiteSpace(c)))
            : ignoreSpaceChange ? string.Join(' ', s.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)) : s;
        bool same = a.Length == b.Length && a.Zip(b).All(p => Norm(p.First) == Norm(p.Second));
        if (same) return 0;
        stdout.Write($"--- {files[0]}\n+++ {files[1]}\n");
        int n = Math.Max(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            string? x = i < a.Length ? a[i] : null, y = i < b.Length ? b[i] : null;
            if (x is not null && y is not null && Norm(x) == Norm(y)) continue;
            if (x is not null) stdout.Write($"-{x}\n");
            if (y is not null) stdout.Write($"+{y}\n");
        }
        return 1;
    }
}
