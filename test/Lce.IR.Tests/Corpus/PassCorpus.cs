using System.Text;

namespace Lce.Tests.Corpus;

/// <summary>One recorded case of test/passes/corpus: an input file run with one invocation.</summary>
public sealed record PassCorpusCase(string Name, string File, IReadOnlyList<string> Args);

/// <summary>
/// Reads the pass corpus the same way test/passes/corpus/cases.sh does (see its README):
/// `// PIPELINES:` lines hold `;`-separated invocations, `// FLAGS:` lines flags added to each,
/// arguments split on blanks with single/double quotes grouping, the bare file name last.
/// </summary>
public static class PassCorpus
{
    public static string Dir { get; } = RepoPaths.Combine("test", "passes", "corpus");
    public static string InputsDir => Path.Combine(Dir, "inputs");
    public static string ExpectedDir => Path.Combine(Dir, "expected");

    private const string PipelinesPrefix = "// PIPELINES:";
    private const string FlagsPrefix = "// FLAGS:";

    public static IReadOnlyList<PassCorpusCase> AllCases() =>
        Directory.GetFiles(InputsDir, "*.mlir").Order(StringComparer.Ordinal).SelectMany(CasesOf).ToList();

    public static IEnumerable<PassCorpusCase> CasesOf(string path)
    {
        string file = Path.GetFileName(path);
        string stem = Path.GetFileNameWithoutExtension(path);
        var lines = File.ReadAllLines(path);
        string flags = string.Join(' ', lines.Where(l => l.StartsWith(FlagsPrefix, StringComparison.Ordinal)).Select(l => l[FlagsPrefix.Length..]));
        var invocations = lines.Where(l => l.StartsWith(PipelinesPrefix, StringComparison.Ordinal))
            .SelectMany(l => l[PipelinesPrefix.Length..].Split(';'))
            .Where(inv => inv.Trim().Length > 0);
        int n = 0;
        foreach (var inv in invocations)
        {
            n++;
            var args = SplitArguments(flags + " " + inv);
            args.Add(file);
            yield return new PassCorpusCase($"{stem}.{n}", file, args);
        }
    }

    /// <summary>Blank-separated words; quotes group (and are removed), as xargs does without backslashes.</summary>
    public static List<string> SplitArguments(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        char quote = '\0';
        foreach (char ch in text)
        {
            if (quote != '\0')
            {
                if (ch == quote) quote = '\0'; else word.Append(ch);
            }
            else if (ch is '\'' or '"') { quote = ch; inWord = true; }
            else if (ch is ' ' or '\t')
            {
                if (inWord) { words.Add(word.ToString()); word.Clear(); inWord = false; }
            }
            else { word.Append(ch); inWord = true; }
        }
        if (quote != '\0') throw new FormatException($"unterminated quote in invocation '{text}'");
        if (inWord) words.Add(word.ToString());
        return words;
    }

    /// <summary>The recorded mlir-opt result: stdout, stderr ("" when absent) and exit code.</summary>
    public static (int Rc, string Stdout, string Stderr) Expected(string name)
    {
        string Read(string ext, string fallback)
        {
            var p = Path.Combine(ExpectedDir, $"{name}.{ext}");
            return File.Exists(p) ? File.ReadAllText(p) : fallback;
        }
        return (int.Parse(Read("rc", "0").Trim()), Read("out", ""), Read("err", ""));
    }

    public static IReadOnlyList<string> RecordedArgs(string name) =>
        File.ReadAllLines(Path.Combine(ExpectedDir, $"{name}.args"));

    public static IReadOnlyList<string> PassingList() => ReadList("passing.txt").Select(l => l.Trim()).ToList();

    /// <summary>known-failing.txt: "CASE reason..." per line.</summary>
    public static IReadOnlyList<(string Name, string Reason)> KnownFailingList() =>
        ReadList("known-failing.txt").Select(l =>
        {
            int space = l.IndexOf(' ');
            return space < 0 ? (l.Trim(), "") : (l[..space], l[(space + 1)..].Trim());
        }).ToList();

    private static IEnumerable<string> ReadList(string file)
    {
        var path = Path.Combine(Dir, file);
        return File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Trim().Length > 0) : [];
    }
}
