namespace Lce.FileCheck.Checks;

/// <summary>
/// Finds directives in a check file: the earliest (then longest) occurrence of any check or
/// comment prefix that is not glued to a preceding word character, followed by a valid
/// suffix (":", "-NEXT:", "-COUNT-3:", "{LITERAL}:", ...).
/// </summary>
internal sealed class DirectiveScanner(string text, IReadOnlyList<string> checkPrefixes, IReadOnlyList<string> commentPrefixes)
{
    private readonly string[] _all = [.. checkPrefixes, .. commentPrefixes];
    private readonly int[] _nextHit = Enumerable.Repeat(-2, checkPrefixes.Count + commentPrefixes.Count).ToArray();

    public static bool IsPartOfWord(char c) => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_';

    /// <summary>A directive found at <see cref="PrefixStart"/>; the rest of the line starts at <see cref="AfterSuffix"/>.</summary>
    public readonly record struct Directive(int PrefixStart, string Prefix, CheckType Type, int AfterSuffix);

    public Directive? Next(ref int pos)
    {
        while (pos < text.Length)
        {
            var (at, prefix) = FirstPrefix(pos);
            if (at < 0) { pos = text.Length; return null; }
            pos = at;
            if (at == 0 || !IsPartOfWord(text[at - 1]))
            {
                var (type, after) = ClassifySuffix(at, prefix);
                if (type.Kind != CheckKind.None) return new Directive(at, prefix, type, after);
            }
            pos = at + prefix.Length;
            while (pos < text.Length && IsPartOfWord(text[pos])) pos++;
        }
        return null;
    }

    private (int At, string Prefix) FirstPrefix(int pos)
    {
        int best = -1;
        string bestPrefix = "";
        for (int i = 0; i < _all.Length; i++)
        {
            if (_nextHit[i] != -1 && _nextHit[i] < pos)
                _nextHit[i] = text.IndexOf(_all[i], pos, StringComparison.Ordinal);
            int hit = _nextHit[i];
            if (hit < 0) continue;
            if (best < 0 || hit < best || (hit == best && _all[i].Length > bestPrefix.Length)) { best = hit; bestPrefix = _all[i]; }
        }
        return (best, bestPrefix);
    }

    private bool IsComment(string prefix) => commentPrefixes.Contains(prefix);

    private (CheckType, int) ClassifySuffix(int at, string prefix)
    {
        int p = at + prefix.Length;
        if (p >= text.Length) return (default, p);
        if (IsComment(prefix))
            return text[p] == ':' ? (new CheckType(CheckKind.Comment), p + 1) : (default, p);
        bool misspelled = false;
        var (type, after) = ClassifyAfterPrefix(p, ref misspelled);
        if (type.Kind != CheckKind.None && misspelled) return (new CheckType(CheckKind.Misspelled), after);
        return (type, after);
    }

    private bool Eat(ref int p, string s)
    {
        if (string.CompareOrdinal(text, p, s, 0, s.Length) != 0 || p + s.Length > text.Length) return false;
        p += s.Length;
        return true;
    }

    private (CheckType, int) ClassifyAfterPrefix(int p, ref bool misspelled)
    {
        if (Eat(ref p, ":")) return (new CheckType(CheckKind.Plain), p);
        if (text[p] == '{') return Modifiers(new CheckType(CheckKind.Plain), p);
        if (Eat(ref p, "_")) misspelled = true;
        else if (!Eat(ref p, "-")) return (default, p);
        if (Eat(ref p, "COUNT-"))
        {
            int digits = p;
            long count = 0;
            while (p < text.Length && char.IsAsciiDigit(text[p]) && count <= int.MaxValue) { count = count * 10 + (text[p] - '0'); p++; }
            if (p == digits) return (new CheckType(CheckKind.BadCount), digits);
            if (count <= 0 || count > int.MaxValue) return (new CheckType(CheckKind.BadCount), p);
            if (p >= text.Length || (text[p] != ':' && text[p] != '{')) return (new CheckType(CheckKind.BadCount), p);
            return Modifiers(new CheckType(CheckKind.Plain, (int)count), p);
        }
        foreach (var combo in new[] { "DAG-NOT:", "NOT-DAG:", "NEXT-NOT:", "NOT-NEXT:", "SAME-NOT:", "NOT-SAME:", "EMPTY-NOT:", "NOT-EMPTY:" })
            if (string.CompareOrdinal(text, p, combo, 0, combo.Length) == 0) return (new CheckType(CheckKind.BadNot), p);
        (string Word, CheckKind Kind)[] kinds =
            [("NEXT", CheckKind.Next), ("SAME", CheckKind.Same), ("NOT", CheckKind.Not), ("DAG", CheckKind.Dag), ("LABEL", CheckKind.Label), ("EMPTY", CheckKind.Empty)];
        foreach (var (word, kind) in kinds)
            if (Eat(ref p, word)) return Modifiers(new CheckType(kind), p);
        return (default, p);
    }

    private (CheckType, int) Modifiers(CheckType type, int p)
    {
        if (Eat(ref p, ":")) return (type, p);
        if (!Eat(ref p, "{")) return (default, p);
        do
        {
            while (p < text.Length && char.IsWhiteSpace(text[p])) p++;
            if (!Eat(ref p, "LITERAL")) return (default, p);
            type = type with { Literal = true };
            while (p < text.Length && char.IsWhiteSpace(text[p])) p++;
        } while (Eat(ref p, ","));
        return Eat(ref p, "}:") ? (type, p) : (default, p);
    }
}
