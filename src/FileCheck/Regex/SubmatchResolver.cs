namespace Lce.FileCheck.Regex;

/// <summary>
/// Assigns capture groups once the overall leftmost-longest span is known, following
/// the rules of Spencer's "dissect": in a concatenation each element takes the longest
/// piece that still lets the rest match, an alternation takes its first branch that
/// matches the piece exactly, and a repetition takes the longest iterations, the last
/// one providing the captures. This gives POSIX answers such as (a|ab)(b*) on "abb"
/// capturing "ab" and "b".
/// </summary>
internal sealed class SubmatchResolver
{
    private readonly string _text;
    private readonly int _spanStart, _spanEnd, _subjectStart, _subjectEnd;
    private readonly int[] _groups;
    private readonly Dictionary<(int Id, int K, int Pos), bool[]> _memo = [];
    private readonly int[] _widths;

    private SubmatchResolver(string text, int spanStart, int spanEnd, int subjectStart, int subjectEnd, int groupCount, int[] widths)
    {
        _widths = widths;
        _text = text;
        _spanStart = spanStart;
        _spanEnd = spanEnd;
        _subjectStart = subjectStart;
        _subjectEnd = subjectEnd;
        _groups = new int[2 * (groupCount + 1)];
        Array.Fill(_groups, -1);
        _groups[0] = spanStart;
        _groups[1] = spanEnd;
    }

    /// <param name="widths">Fixed match width of each node by <see cref="RegexNode.Id"/>, or -1 if variable (see <see cref="FixedWidths"/>).</param>
    public static int[] Resolve(RegexNode root, int groupCount, int[] widths, string text, int start, int end, int subjectStart, int subjectEnd)
    {
        var r = new SubmatchResolver(text, start, end, subjectStart, subjectEnd, groupCount, widths);
        r.Dissect(root, start, end);
        return r._groups;
    }

    private bool AtLineStart(int i) => i == _subjectStart || _text[i - 1] == '\n';
    private bool AtLineEnd(int i) => i == _subjectEnd || _text[i] == '\n';

    private bool[] NewSet() => new bool[_spanEnd - _spanStart + 1];

    private bool CanEnd(bool[] set, int pos) => pos >= _spanStart && pos <= _spanEnd && set[pos - _spanStart];

    /// <summary>The ends j (within the span) such that <paramref name="node"/> matches [i, j).</summary>
    private bool[] Ends(RegexNode? node, int i) => node switch
    {
        ConcatNode c => SuffixEnds(c, 0, i),
        RepeatNode r => RepeatEnds(r, 0, i),
        _ => Memo(node, 0, i, () => ComputeSimple(node, i)),
    };

    private bool[] Memo(RegexNode? node, int k, int i, Func<bool[]> compute)
    {
        if (node is null) return compute();
        var key = (node.Id, k, i);
        if (_memo.TryGetValue(key, out var cached)) return cached;
        var result = compute();
        _memo[key] = result;
        return result;
    }

    private bool[] ComputeSimple(RegexNode? node, int i)
    {
        var set = NewSet();
        switch (node)
        {
            case null:
                set[i - _spanStart] = true;
                break;
            case CharClassNode cc:
                if (i < _spanEnd && cc.Set.Contains(_text[i])) set[i + 1 - _spanStart] = true;
                break;
            case AnchorNode a:
                if (a.AtStart ? AtLineStart(i) : AtLineEnd(i)) set[i - _spanStart] = true;
                break;
            case GroupNode g:
                return Ends(g.Body, i);
            case AlternationNode alt:
                foreach (var b in alt.Branches) Or(set, Ends(b, i));
                break;
            default:
                throw new InvalidOperationException("unexpected node in submatch resolution");
        }
        return set;
    }

    private static void Or(bool[] into, bool[] from) { for (int k = 0; k < into.Length; k++) into[k] |= from[k]; }

    /// <summary>Ends of items[k..] of a concatenation started at i.</summary>
    private bool[] SuffixEnds(ConcatNode c, int k, int i) => Memo(c, k, i, () =>
    {
        var cur = NewSet();
        cur[i - _spanStart] = true;
        for (int item = k; item < c.Items.Count; item++)
        {
            var next = NewSet();
            for (int p = 0; p < cur.Length; p++)
                if (cur[p]) Or(next, Ends(c.Items[item], p + _spanStart));
            cur = next;
        }
        return cur;
    });

    /// <summary>Ends of a repetition that has already done <paramref name="done"/> iterations.</summary>
    private bool[] RepeatEnds(RepeatNode r, int done, int i) => Memo(r, done, i, () =>
    {
        // Layered breadth-first search over iteration counts; counts beyond Min are
        // equivalent for unbounded repetitions, so the layers stop growing there.
        var result = NewSet();
        var layer = NewSet();
        layer[i - _spanStart] = true;
        int count = done;
        var seenUnbounded = NewSet();
        while (true)
        {
            if (count >= r.Min) Or(result, layer);
            if (r.Max >= 0 && count >= r.Max) break;
            var next = NewSet();
            bool any = false;
            for (int p = 0; p < layer.Length; p++)
            {
                if (!layer[p]) continue;
                var ends = Ends(r.Body, p + _spanStart);
                for (int q = 0; q < ends.Length; q++)
                {
                    if (!ends[q] || (q == p && count >= r.Min)) continue;
                    if (r.Max < 0 && count >= r.Min) { if (seenUnbounded[q]) continue; seenUnbounded[q] = true; }
                    next[q] = true;
                    any = true;
                }
            }
            if (!any) break;
            layer = next;
            count++;
        }
        return result;
    });

    private void Dissect(RegexNode? node, int i, int j)
    {
        switch (node)
        {
            case GroupNode g:
                _groups[2 * g.Index] = i;
                _groups[2 * g.Index + 1] = j;
                Dissect(g.Body, i, j);
                break;
            case AlternationNode alt:
                foreach (var b in alt.Branches)
                    if (CanEnd(Ends(b, i), j)) { Dissect(b, i, j); return; }
                break;
            case ConcatNode c:
            {
                int p = i;
                for (int k = 0; k < c.Items.Count; k++)
                {
                    int m = j;
                    int width = _widths[c.Items[k].Id];
                    int suffixWidth = SuffixWidth(c, k + 1);
                    // Fixed-width pieces leave only one possible split, so skip the search.
                    if (k < c.Items.Count - 1 && width >= 0) m = p + width;
                    else if (k < c.Items.Count - 1 && suffixWidth >= 0) m = j - suffixWidth;
                    else if (k < c.Items.Count - 1)
                    {
                        var ends = Ends(c.Items[k], p);
                        for (m = j; m >= p; m--)
                            if (ends[m - _spanStart] && CanEnd(SuffixEnds(c, k + 1, m), j)) break;
                        if (m < p) return;
                    }
                    Dissect(c.Items[k], p, m);
                    p = m;
                }
                break;
            }
            case RepeatNode r:
                DissectRepeat(r, i, j);
                break;
        }
    }

    private int SuffixWidth(ConcatNode c, int k)
    {
        int total = 0;
        for (int i = k; i < c.Items.Count; i++)
        {
            int w = _widths[c.Items[i].Id];
            if (w < 0) return -1;
            total += w;
        }
        return total;
    }

    /// <summary>Computes, for every node id, the length of every string it can match if that is fixed, else -1.</summary>
    public static int[] FixedWidths(RegexNode root, int nodeCount)
    {
        var widths = new int[nodeCount];
        Width(root, widths);
        return widths;
    }

    private static int Width(RegexNode? node, int[] widths)
    {
        if (node is null) return 0;
        int w = node switch
        {
            CharClassNode => 1,
            AnchorNode => 0,
            BackrefNode => -1,
            GroupNode g => Width(g.Body, widths),
            ConcatNode c => c.Items.Select(i => Width(i, widths)).Aggregate(0, (a, b) => a < 0 || b < 0 ? -1 : a + b),
            AlternationNode a => a.Branches.Select(b => Width(b, widths)).Distinct().ToList() is [int only] ? only : -1,
            RepeatNode r => Width(r.Body, widths) is int bw && bw >= 0 && r.Min == r.Max ? bw * r.Min : -1,
            _ => -1,
        };
        widths[node.Id] = w;
        return w;
    }

    private void DissectRepeat(RepeatNode r, int i, int j)
    {
        int p = i, count = 0;
        while (r.Max < 0 || count < r.Max)
        {
            if (p == j && count >= r.Min) return;
            var ends = Ends(r.Body, p);
            int nextDone = r.Max < 0 ? Math.Min(count + 1, r.Min) : count + 1;
            int lowest = count < r.Min ? p : p + 1;
            int m;
            for (m = j; m >= lowest; m--)
                if (ends[m - _spanStart] && CanEnd(RepeatEnds(r, nextDone, m), j)) break;
            if (m < lowest) return;
            Dissect(r.Body, p, m);
            p = m;
            count++;
        }
    }
}
