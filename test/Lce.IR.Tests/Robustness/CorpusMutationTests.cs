using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Lce.Opt;

namespace Lce.Tests.Robustness;

/// <summary>
/// Deterministic mutations of every file of test/roundtrip (truncations, character flips, token
/// deletions, duplicated lines, inserted junk) run through lce-opt in-process: each run must
/// either succeed, or fail with at least one `file:line:col: error:` diagnostic. An exception
/// escaping <see cref="LceOpt.Run"/>, a hang or a silent failure is a bug.
/// </summary>
public partial class CorpusMutationTests
{
    private static readonly string Dir = RepoPaths.Combine("test", "roundtrip");
    private static readonly TimeSpan PerCaseLimit = TimeSpan.FromSeconds(30);

    [GeneratedRegex(@"^[^\n]*:\d+:\d+: error: ", RegexOptions.Multiline)]
    private static partial Regex LocatedError();

    [GeneratedRegex(@"[A-Za-z_0-9$.]+|\S")]
    private static partial Regex Token();

    public sealed record Mutant(string File, string Kind, string Text, string[] Args);

    public sealed record Outcome(int Rc, string Stdout, string Stderr, Exception? Escaped, bool TimedOut);

    /// <summary>The arguments the corpus runs the file with (README: split and FLAGS lines).</summary>
    public static string[] ArgsFor(string original)
    {
        var args = new List<string> { "--allow-unregistered-dialect" };
        var lines = original.Split('\n');
        if (lines.Any(l => l.StartsWith("// -----", StringComparison.Ordinal))) args.Add("--split-input-file");
        if (lines[0].StartsWith("// FLAGS:", StringComparison.Ordinal))
            args.AddRange(lines[0]["// FLAGS:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        args.Add("-");
        return args.Distinct().ToArray();
    }

    private static readonly string[] Junk =
    [
        "}", "{", ")", "(", ">", "<", "]", "[", "\"", "%", "^bb9:", "%0 = ", "loc(", "dense<", "#map", "!tst.t<", "{-#", "#-}",
        "\u0000", "\u00ff", "\uFFFD", "\n// -----\n", "0x", "-", ":", ",", "=", "@", "affine_map<(d0) -> (", "\"tst.x\"() : () -> ()\n",
        "tensor<?x", "1e999", "99999999999999999999999999", "\\", "'", "`", "array<i32:", "distinct[", "#loc = loc(", "module {",
    ];

    public static IEnumerable<Mutant> Mutants(string file, string text)
    {
        var args = ArgsFor(text);
        uint seed = 2166136261;
        foreach (char ch in file) seed = (seed ^ ch) * 16777619;
        var r = new Random((int)seed);
        int n = text.Length;
        if (n == 0) yield break;

        // Truncation at several points (including mid-token positions).
        foreach (int k in new[] { 1, 2, 3, 4, 5, 7 })
        {
            int cut = (int)((long)n * k / 8);
            yield return new Mutant(file, $"truncate@{cut}", text[..cut], args);
        }
        yield return new Mutant(file, "truncate@-1", text[..^1], args);

        // Single-character flips, to punctuation, digits, letters, controls and non-ASCII.
        const string flipTo = "{}()<>[]\"%^#!@:,=-+*x0179aZ_.$ \n\t\u0000\u00e9\u20ac\uFFFD";
        for (int i = 0; i < 6; i++)
        {
            int at = r.Next(n);
            char c = flipTo[r.Next(flipTo.Length)];
            yield return new Mutant(file, $"flip@{at}={(int)c:x}", text[..at] + c + text[(at + 1)..], args);
        }

        // Token deletions (one to three tokens).
        var tokens = Token().Matches(text).ToList();
        if (tokens.Count > 0)
            for (int i = 0; i < 4; i++)
            {
                var sb = new StringBuilder(text);
                var chosen = Enumerable.Range(0, 1 + r.Next(3)).Select(_ => tokens[r.Next(tokens.Count)])
                    .DistinctBy(t => t.Index).OrderByDescending(t => t.Index).ToList();
                foreach (var t in chosen) sb.Remove(t.Index, t.Length);
                yield return new Mutant(file, "delete-tokens@" + string.Join(",", chosen.Select(t => t.Index)), sb.ToString(), args);
            }

        // Duplicated lines.
        var lines = text.Split('\n');
        for (int i = 0; i < 3; i++)
        {
            int at = r.Next(lines.Length);
            var dup = lines.Take(at + 1).Append(lines[at]).Concat(lines.Skip(at + 1));
            yield return new Mutant(file, $"duplicate-line@{at + 1}", string.Join('\n', dup), args);
        }

        // Inserted junk.
        for (int i = 0; i < 5; i++)
        {
            int at = r.Next(n + 1);
            string junk = Junk[r.Next(Junk.Length)];
            yield return new Mutant(file, $"insert@{at}:{Escape(junk)}", text[..at] + junk + text[at..], args);
        }
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 32 || c > 126 ? $"\\u{(int)c:x4}" : c.ToString()));

    public static Outcome Run(string[] args, string text)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var task = Task.Factory.StartNew(() =>
        {
            try { return (LceOpt.Run(args, new StringReader(text), stdout, stderr, Dir), (Exception?)null); }
            catch (Exception e) { return (-1, e); }
        }, TaskCreationOptions.LongRunning);
        if (!task.Wait(PerCaseLimit)) return new Outcome(-1, "", "", null, TimedOut: true);
        var (rc, escaped) = task.Result;
        return new Outcome(rc, stdout.ToString(), stderr.ToString(), escaped, false);
    }

    /// <summary>Null when the outcome is acceptable, else why not.</summary>
    public static string? Judge(Outcome o)
    {
        if (o.TimedOut) return $"no result within {PerCaseLimit.TotalSeconds} s";
        if (o.Escaped is { } e) return $"exception escaped LceOpt.Run: {e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        if (o.Rc == 0) return null;
        if (string.IsNullOrWhiteSpace(o.Stderr)) return $"exit code {o.Rc} with an empty stderr";
        if (!LocatedError().IsMatch(o.Stderr)) return $"exit code {o.Rc} without a file:line:col: error: diagnostic:\n{o.Stderr}";
        return null;
    }

    [Fact]
    public void EveryMutantSucceedsOrFailsWithALocatedError()
    {
        var files = Directory.GetFiles(Dir, "*.mlir").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 200, $"only {files.Count} corpus files found in {Dir}");
        var mutants = files.SelectMany(f => Mutants(Path.GetFileName(f), File.ReadAllText(f))).ToList();
        var failures = new ConcurrentBag<string>();
        int accepted = 0, rejected = 0;
        var sw = Stopwatch.StartNew();
        Parallel.ForEach(mutants, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, m =>
        {
            var o = Run(m.Args, m.Text);
            if (o.Rc == 0) Interlocked.Increment(ref accepted); else Interlocked.Increment(ref rejected);
            if (Judge(o) is { } why) failures.Add($"{m.File} [{m.Kind}] ({string.Join(' ', m.Args)}): {why}");
        });
        var sorted = failures.OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.True(sorted.Count == 0,
            $"{sorted.Count} of {mutants.Count} mutants misbehaved ({accepted} accepted, {rejected} rejected, {sw.Elapsed.TotalSeconds:F1} s):\n"
            + string.Join("\n\n", sorted.Take(15)));
        // Mutations must mostly break the input, or they test nothing.
        Assert.True(rejected > mutants.Count / 3, $"only {rejected} of {mutants.Count} mutants were rejected");
    }

    [Fact]
    public void JudgeRejectsBadOutcomes()
    {
        Assert.Null(Judge(new Outcome(0, "module {\n}\n", "", null, false)));
        Assert.Null(Judge(new Outcome(1, "", "<stdin>:3:7: error: expected ')'\n", null, false)));
        Assert.NotNull(Judge(new Outcome(1, "", "", null, false)));
        Assert.NotNull(Judge(new Outcome(1, "", "error: something\n", null, false)));
        Assert.NotNull(Judge(new Outcome(-1, "", "", new InvalidOperationException("boom"), false)));
        Assert.NotNull(Judge(new Outcome(-1, "", "", null, true)));
        // And the runner really sees lce-opt's diagnostics.
        var bad = Run(["--allow-unregistered-dialect", "-"], "\"tst.a\"(%0) : (i32) -> ()\n");
        Assert.NotEqual(0, bad.Rc);
        Assert.Null(Judge(bad));
        Assert.Matches(LocatedError(), bad.Stderr);
    }
}
