using System.Text;
using Lce.FileCheck.Checks;
using Lce.FileCheck.Numeric;
using Lce.FileCheck.Regex;
using Lce.FileCheck.Text;

namespace Lce.FileCheck.Patterns;

/// <summary>An error tied to a place in the check file (e.g. "undefined variable: X").</summary>
internal sealed record PatternError(SourceFile File, int Offset, int Length, string Message);

/// <summary>Outcome of one search: a match (absolute offset and length), or errors, or neither (not found).</summary>
internal sealed record MatchOutcome(int Pos, int Len, List<PatternError>? Errors)
{
    public bool Found => Pos >= 0;
    public static MatchOutcome NotFound(List<PatternError>? errors = null) => new(-1, 0, errors);
}

internal sealed record NumericDefinition(NumericVariable Variable, int Group, int SourceOffset, int SourceLength);

/// <summary>
/// One check pattern: either a fixed string, or a regex template into which variable
/// values are inserted at match time. Built by <see cref="PatternParser"/>.
/// </summary>
internal sealed class Pattern
{
    private PosixRegex? _cachedRegex;

    public required CheckType Type { get; init; }
    public required SourceFile File { get; init; }
    /// <summary>Offset of the pattern text in <see cref="File"/> (where diagnostics point).</summary>
    public required int Loc { get; init; }
    public required int LineNumber { get; init; }
    public required PatternContext Context { get; init; }
    public bool IgnoreCase { get; init; }

    public string? FixedString { get; set; }
    public string RegexTemplate { get; set; } = "";
    public List<Substitution> Substitutions { get; } = [];
    public List<(string Name, int Group, int SourceOffset, int SourceLength)> StringDefinitions { get; } = [];
    public List<NumericDefinition> NumericDefinitions { get; } = [];

    /// <summary>Input ranges captured by this pattern's variable definitions in its last match.</summary>
    public List<(string Name, int Start, int End)> LastCaptures { get; } = [];

    public bool HasVariable => Substitutions.Count > 0 || StringDefinitions.Count > 0 || NumericDefinitions.Count > 0;

    /// <summary>The text compared against input when looking for a fuzzy "possible intended match".</summary>
    public string ExampleString => string.IsNullOrEmpty(FixedString) ? RegexTemplate : FixedString;

    /// <summary>Searches text[start, end) and records variable definitions on success.</summary>
    public MatchOutcome Match(string text, int start, int end)
    {
        if (Type.Kind == CheckKind.Eof) return new MatchOutcome(end, 0, null);
        if (FixedString is not null && FixedString.Length > 0)
        {
            int idx = IndexOfFixed(text, start, end);
            return idx < 0 ? MatchOutcome.NotFound() : new MatchOutcome(idx, FixedString.Length, null);
        }
        var regex = _cachedRegex;
        if (Substitutions.Count > 0)
        {
            var errors = new List<PatternError>();
            var sb = new StringBuilder(RegexTemplate);
            int shift = 0;
            foreach (var sub in Substitutions)
            {
                try
                {
                    string value = sub.RegexValue();
                    sb.Insert(sub.InsertIndex + shift, value);
                    shift += value.Length;
                }
                catch (EvaluationException e)
                {
                    if (sub is NumericSubstitution ns && e.UndefinedVariable is not null)
                        foreach (var name in ns.UndefinedVariables().Distinct())
                            errors.Add(new PatternError(File, FindName(sub, name), name.Length, "undefined variable: " + name));
                    else if (e.UndefinedVariable is not null)
                        errors.Add(new PatternError(File, sub.SourceOffset, sub.FromText.Length, e.Message));
                    else
                        errors.Add(new PatternError(File, sub.SourceOffset, sub.FromText.Length, e.Message));
                }
            }
            if (errors.Count > 0) return MatchOutcome.NotFound(errors);
            regex = PosixRegex.Compile(sb.ToString(), IgnoreCase);
        }
        else regex ??= _cachedRegex = PosixRegex.Compile(RegexTemplate, IgnoreCase);

        bool wantGroups = StringDefinitions.Count > 0 || NumericDefinitions.Count > 0;
        var m = regex.Match(text, start, end, wantGroups);
        if (m is null) return MatchOutcome.NotFound();
        LastCaptures.Clear();
        foreach (var (name, group, _, _) in StringDefinitions)
        {
            Context.StringValues[name] = m.GroupValue(text, group);
            LastCaptures.Add((name, Math.Max(m.Groups[2 * group], 0), Math.Max(m.Groups[2 * group + 1], 0)));
        }
        foreach (var def in NumericDefinitions)
        {
            string matched = m.GroupValue(text, def.Group);
            LastCaptures.Add((def.Variable.Name, Math.Max(m.Groups[2 * def.Group], 0), Math.Max(m.Groups[2 * def.Group + 1], 0)));
            def.Variable.StringValue = matched;
            def.Variable.Value = def.Variable.Format.Parse(matched);
        }
        // CHECK-EMPTY's regex consumes the newline that ends the previous line; the match
        // itself is the empty line after it.
        int skip = Type.Kind == CheckKind.Empty ? 1 : 0;
        return new MatchOutcome(m.Start + skip, m.Length - skip, null);
    }

    private int FindName(Substitution sub, string name)
    {
        int rel = File.Text.IndexOf(name, sub.SourceOffset, StringComparison.Ordinal);
        return rel >= 0 && rel < sub.SourceOffset + sub.FromText.Length ? rel : sub.SourceOffset;
    }

    private int IndexOfFixed(string text, int start, int end)
    {
        string needle = FixedString!;
        if (!IgnoreCase) return Rel(text.AsSpan(start, end - start).IndexOf(needle.AsSpan(), StringComparison.Ordinal), start);
        // ASCII-only case folding, like llvm::StringRef::find_insensitive: use the fast
        // culture-free search and reject hits that differ in a non-ASCII letter.
        int pos = start;
        while (pos <= end - needle.Length)
        {
            int idx = Rel(text.AsSpan(pos, end - pos).IndexOf(needle.AsSpan(), StringComparison.OrdinalIgnoreCase), pos);
            if (idx < 0) return -1;
            if (AsciiEqualsIgnoreCase(text, idx, needle)) return idx;
            pos = idx + 1;
        }
        return -1;
    }

    private static int Rel(int idx, int offset) => idx < 0 ? -1 : idx + offset;

    private static bool AsciiEqualsIgnoreCase(string text, int at, string needle)
    {
        for (int i = 0; i < needle.Length; i++)
        {
            char a = text[at + i], b = needle[i];
            if (a == b) continue;
            if (!char.IsAsciiLetter(a) || char.ToLowerInvariant(a) != char.ToLowerInvariant(b)) return false;
        }
        return true;
    }

    /// <summary>Number of bytes that differ between the pattern example and the text at a position (for fuzzy hints).</summary>
    public int MatchDistance(string text, int pos, int end)
    {
        string example = ExampleString;
        int len = Math.Min(example.Length, end - pos);
        int nl = text.IndexOf('\n', pos, len);
        if (nl >= 0) len = nl - pos;
        return EditDistance(text.AsSpan(pos, len), example);
    }

    private static int EditDistance(ReadOnlySpan<char> a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
