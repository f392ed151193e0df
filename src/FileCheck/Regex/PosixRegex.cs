namespace Lce.FileCheck.Regex;

/// <summary>
/// A POSIX extended regular expression with the semantics FileCheck gets from llvm::Regex
/// compiled with REG_NEWLINE: leftmost-longest overall match, POSIX submatch rules,
/// '.' and negated lists never match '\n', '^'/'$' match at line boundaries and at the
/// ends of the searched range. Text is treated as bytes (one char per byte, 0-255).
/// </summary>
/// <remarks>
/// Search strategy: a required literal (if any) is located with IndexOf and, when the
/// pattern cannot match a newline, only the line holding it is tried; candidate starts are
/// filtered by the set of possible first bytes; each candidate runs a lazily built DFA to
/// find its longest end. Captures are then resolved on the found span only. Patterns with
/// back-references use an exhaustive backtracking matcher instead of the DFA.
/// </remarks>
public sealed class PosixRegex
{
    private readonly RegexNode _root;
    private readonly int[] _widths;
    private readonly NfaProgram? _nfa;
    private readonly NfaSimulator? _simulator;
    private LazyDfa? _dfa;
    /// <summary>After this many simulated bytes a pattern is worth a cached DFA.</summary>
    private const long DfaThreshold = 20_000;
    private readonly BacktrackingMatcher? _backtracker;
    private readonly (string Text, bool IgnoreCase)? _literal;
    private readonly bool _canMatchNewline;
    /// <summary>Bytes that can start a match (null: any position may match), with a short list for vectorized search.</summary>
    private readonly bool[]? _firstTable;
    private readonly char[]? _firstFew;

    /// <summary>Number of parenthesized subexpressions.</summary>
    public int GroupCount { get; }

    private PosixRegex(RegexNode root, int nodeCount, int groupCount, bool ignoreCase, bool hasBackrefs)
    {
        _root = root;
        _widths = groupCount > 0 ? SubmatchResolver.FixedWidths(root, nodeCount) : [];
        GroupCount = groupCount;
        _literal = RequiredLiteral.Find(root);
        _canMatchNewline = NodeCanMatchNewline(root);
        if (hasBackrefs)
        {
            _backtracker = new BacktrackingMatcher(root, groupCount, ignoreCase);
            return;
        }
        _nfa = NfaCompiler.Compile(root);
        _simulator = new NfaSimulator(_nfa);
        var (first, empty) = NfaSimulator.Analyze(_nfa);
        int count = first.Count;
        if (!empty && count < 200)
        {
            _firstTable = new bool[256];
            foreach (char c in first.Members()) _firstTable[c] = true;
            if (count <= 5) _firstFew = first.Members().ToArray();
        }
    }

    /// <summary>Compiles <paramref name="pattern"/>; throws <see cref="RegexSyntaxException"/> on bad syntax.</summary>
    public static PosixRegex Compile(string pattern, bool ignoreCase = false)
    {
        var (root, groups) = PosixRegexParser.Parse(pattern, ignoreCase);
        int id = 0;
        bool backrefs = false;
        Walk(root, n => { n.Id = id++; backrefs |= n is BackrefNode; });
        return new PosixRegex(root, id, groups, ignoreCase, backrefs);
    }

    /// <summary>Parses <paramref name="pattern"/> without building matchers; returns its group count.</summary>
    public static int CountGroups(string pattern) => PosixRegexParser.Parse(pattern, false).GroupCount;

    /// <summary>Returns the syntax error message for <paramref name="pattern"/>, or null if it is valid.</summary>
    public static string? Validate(string pattern)
    {
        try { PosixRegexParser.Parse(pattern, false); return null; }
        catch (RegexSyntaxException e) { return e.Message; }
    }

    private static void Walk(RegexNode? node, Action<RegexNode> visit)
    {
        if (node is null) return;
        visit(node);
        switch (node)
        {
            case ConcatNode c: foreach (var n in c.Items) Walk(n, visit); break;
            case AlternationNode a: foreach (var n in a.Branches) Walk(n, visit); break;
            case GroupNode g: Walk(g.Body, visit); break;
            case RepeatNode r: Walk(r.Body, visit); break;
        }
    }

    private static bool NodeCanMatchNewline(RegexNode root)
    {
        bool result = false;
        Walk(root, n => result |= n is CharClassNode c && c.Set.Contains('\n'));
        return result;
    }

    /// <summary>
    /// Leftmost-longest match inside text[start, end). '^' matches at <paramref name="start"/>
    /// and '$' at <paramref name="end"/>. Captures are computed only when
    /// <paramref name="wantGroups"/> is set (the overall span is always exact).
    /// </summary>
    public RegexMatch? Match(string text, int start, int end, bool wantGroups = true)
    {
        if (_literal is null || _canMatchNewline) return ScanRange(text, start, end, start, end, wantGroups);
        var (lit, icase) = _literal.Value;
        var comparison = icase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        int pos = start;
        while (pos <= end)
        {
            int rel = text.AsSpan(pos, end - pos).IndexOf(lit.AsSpan(), comparison);
            if (rel < 0) return null;
            int hit = pos + rel;
            int lineStart = hit == start ? start : text.LastIndexOf('\n', hit - 1, hit - start) + 1;
            if (lineStart < start) lineStart = start;
            int nl = text.IndexOf('\n', hit, end - hit);
            int lineEnd = nl < 0 ? end : nl;
            var m = ScanRange(text, Math.Max(pos, lineStart), lineEnd, start, end, wantGroups);
            if (m is not null) return m;
            pos = lineEnd + 1;
        }
        return null;
    }

    /// <summary>First position in [from, to) holding a byte that can start a match, or -1.</summary>
    private int NextCandidate(string text, int from, int to)
    {
        if (from >= to) return -1;
        if (_firstFew is not null)
        {
            int rel = text.AsSpan(from, to - from).IndexOfAny(_firstFew);
            return rel < 0 ? -1 : from + rel;
        }
        var table = _firstTable!;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c < 256 && table[c]) return i;
        }
        return -1;
    }

    /// <summary>Tries candidate starts in [from, to] in order; the first that matches is leftmost.</summary>
    private RegexMatch? ScanRange(string text, int from, int to, int subjectStart, int subjectEnd, bool wantGroups)
    {
        for (int s = from; s <= to; s++)
        {
            if (_firstTable is not null)
            {
                s = NextCandidate(text, s, to);
                if (s < 0) return null;
            }
            if (_backtracker is not null)
            {
                var groups = _backtracker.MatchAt(text, s, subjectStart, subjectEnd);
                if (groups is not null) return new RegexMatch(groups);
                continue;
            }
            if (_dfa is null && _simulator!.StepsTaken > DfaThreshold) _dfa = new LazyDfa(_nfa!);
            int e = _dfa is not null
                ? _dfa.LongestMatchEnd(text, s, subjectEnd, subjectStart)
                : _simulator!.LongestMatchEnd(text, s, subjectEnd, subjectStart);
            if (e < 0) continue;
            int[] g = wantGroups && GroupCount > 0
                ? SubmatchResolver.Resolve(_root, GroupCount, _widths, text, s, e, subjectStart, subjectEnd)
                : [s, e];
            if (g.Length < 2 * (GroupCount + 1))
            {
                var full = new int[2 * (GroupCount + 1)];
                Array.Fill(full, -1);
                full[0] = s; full[1] = e;
                g = full;
            }
            return new RegexMatch(g);
        }
        return null;
    }
}
