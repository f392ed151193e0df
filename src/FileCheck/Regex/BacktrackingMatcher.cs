namespace Lce.FileCheck.Regex;

/// <summary>
/// Matcher for patterns with back-references, which no automaton can handle. It explores
/// every path from one start position (alternatives in order, repetitions greedily) and
/// keeps the longest end, with the captures of the first path that reached it. FileCheck
/// creates back-references when a variable is defined and used on the same line, and
/// such patterns are short, so the exhaustive search stays cheap.
/// </summary>
internal sealed class BacktrackingMatcher(RegexNode root, int groupCount, bool ignoreCase)
{
    private string _text = "";
    private int _subjectStart, _subjectEnd, _bestEnd;
    private int[] _groups = [];
    private int[]? _bestGroups;

    /// <summary>Longest match anchored at <paramref name="start"/>, as a group array, or null.</summary>
    public int[]? MatchAt(string text, int start, int subjectStart, int subjectEnd)
    {
        _text = text;
        _subjectStart = subjectStart;
        _subjectEnd = subjectEnd;
        _bestEnd = -1;
        _bestGroups = null;
        _groups = new int[2 * (groupCount + 1)];
        Array.Fill(_groups, -1);
        Match(root, start, end =>
        {
            if (end > _bestEnd)
            {
                _bestEnd = end;
                _bestGroups = (int[])_groups.Clone();
                _bestGroups[0] = start;
                _bestGroups[1] = end;
            }
            return false; // keep exploring: we want the longest
        });
        return _bestGroups;
    }

    private bool Match(RegexNode? node, int i, Func<int, bool> next)
    {
        switch (node)
        {
            case null:
                return next(i);
            case CharClassNode c:
                return i < _subjectEnd && c.Set.Contains(_text[i]) && next(i + 1);
            case AnchorNode a:
                bool holds = a.AtStart ? i == _subjectStart || _text[i - 1] == '\n' : i == _subjectEnd || _text[i] == '\n';
                return holds && next(i);
            case GroupNode g:
            {
                int oldStart = _groups[2 * g.Index], oldEnd = _groups[2 * g.Index + 1];
                bool done = Match(g.Body, i, j =>
                {
                    int s = _groups[2 * g.Index], e = _groups[2 * g.Index + 1];
                    _groups[2 * g.Index] = i;
                    _groups[2 * g.Index + 1] = j;
                    if (next(j)) return true;
                    _groups[2 * g.Index] = s;
                    _groups[2 * g.Index + 1] = e;
                    return false;
                });
                if (!done) { _groups[2 * g.Index] = oldStart; _groups[2 * g.Index + 1] = oldEnd; }
                return done;
            }
            case BackrefNode b:
            {
                int s = _groups[2 * b.Index], e = _groups[2 * b.Index + 1];
                if (s < 0) return false;
                int len = e - s;
                if (i + len > _subjectEnd) return false;
                var captured = _text.AsSpan(s, len);
                var here = _text.AsSpan(i, len);
                bool equal = ignoreCase ? captured.Equals(here, StringComparison.OrdinalIgnoreCase) : captured.SequenceEqual(here);
                return equal && next(i + len);
            }
            case ConcatNode cat:
                return MatchSequence(cat.Items, 0, i, next);
            case AlternationNode alt:
                foreach (var branch in alt.Branches)
                    if (Match(branch, i, next)) return true;
                return false;
            case RepeatNode r:
                return MatchRepeat(r, 0, i, next);
            default:
                throw new InvalidOperationException("unknown regex node");
        }
    }

    private bool MatchSequence(List<RegexNode> items, int k, int i, Func<int, bool> next) =>
        k == items.Count ? next(i) : Match(items[k], i, j => MatchSequence(items, k + 1, j, next));

    private bool MatchRepeat(RepeatNode r, int count, int i, Func<int, bool> next)
    {
        if (r.Max < 0 || count < r.Max)
        {
            // An empty iteration past the minimum cannot lead anywhere new; skipping it ends loops like (a*)*.
            if (Match(r.Body, i, j => (j == i && count >= r.Min) ? false : MatchRepeat(r, count + 1, j, next)))
                return true;
        }
        return count >= r.Min && next(i);
    }
}
