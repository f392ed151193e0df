using Lce.FileCheck.Text;
using Lce.FileCheck.Checks;
using Lce.FileCheck.Patterns;

namespace Lce.FileCheck.Matching;

/// <summary>
/// Runs the checks over the input: CHECK-LABELs split the input into blocks first, then
/// each block's checks are matched in order, each with its preceding DAG/NOT group.
/// Offsets are absolute positions in the input text; a "region" is [start, end).
/// </summary>
internal sealed class CheckMatcher(MatchReporter reporter, PatternContext context, bool enableVarScope, bool allowDagOverlap, bool verboseVerbose)
{
    private const int NoMatch = -1;
    private string Text => reporter.Input.Text;

    public bool CheckInput(List<CheckString> checks)
    {
        bool failed = false;
        int bufferStart = 0, bufferEnd = Text.Length;
        int i = 0, j = 0;
        while (true)
        {
            int regionStart = bufferStart, regionEnd;
            if (j == checks.Count) regionEnd = bufferEnd;
            else
            {
                var label = checks[j];
                if (label.Pattern.Type.Kind != CheckKind.Label) { j++; continue; }
                int pos = Check(label, bufferStart, bufferEnd, labelScan: true, out int len);
                if (pos == NoMatch) return false;
                regionEnd = pos + len;
                bufferStart = pos + len;
                j++;
            }
            // The block before the first label keeps -D variables alive.
            if (i != 0 && enableVarScope) context.ClearLocalVariables();
            for (; i != j; i++)
            {
                int pos = Check(checks[i], regionStart, regionEnd, labelScan: false, out int len);
                if (pos == NoMatch) { failed = true; i = j; break; }
                regionStart = pos + len;
            }
            if (j == checks.Count) break;
        }
        return !failed;
    }

    /// <summary>Matches one check (COUNT times) after its DAG/NOT group; returns the first match position.</summary>
    private int Check(CheckString cs, int start, int end, bool labelScan, out int matchLen)
    {
        matchLen = 0;
        var p = cs.Pattern;
        int lastPos = start;
        var nots = new List<DagNotPattern>();
        if (!labelScan)
        {
            lastPos = CheckDag(cs, start, end, nots);
            if (lastPos == NoMatch) return NoMatch;
        }
        int lastMatchEnd = lastPos, firstMatchPos = 0;
        for (int n = 1; n <= p.Type.Count; n++)
        {
            var outcome = p.Match(Text, lastMatchEnd, end);
            if (!outcome.Found)
            {
                reporter.ReportNoMatch(true, cs.Prefix, p, n, lastMatchEnd, end, outcome.Errors);
                return NoMatch;
            }
            if (reporter.ReportMatch(true, cs.Prefix, p, n, lastMatchEnd, outcome.Pos, outcome.Len)) return NoMatch;
            if (n == 1) firstMatchPos = outcome.Pos;
            lastMatchEnd = outcome.Pos + outcome.Len;
        }
        matchLen = lastMatchEnd - firstMatchPos;
        if (!labelScan)
        {
            if (CheckNextOrSame(cs, lastPos, firstMatchPos, matchLen)) return NoMatch;
            if (CheckNot(nots, lastPos, firstMatchPos)) return NoMatch;
        }
        return firstMatchPos;
    }

    /// <summary>Counts line breaks in [start, end), treating "\r\n" and "\n\r" as one; reports the first.</summary>
    private int CountNewlines(int start, int end, out int firstNewline)
    {
        firstNewline = -1;
        int count = 0;
        for (int k = start; k < end; k++)
        {
            char c = Text[k];
            if (c is not ('\n' or '\r')) continue;
            if (k + 1 < end && Text[k + 1] is '\n' or '\r' && Text[k + 1] != c) k++;
            count++;
            if (count == 1) firstNewline = k + 1;
        }
        return count;
    }

    private bool CheckNextOrSame(CheckString cs, int skippedStart, int matchPos, int matchLen)
    {
        var p = cs.Pattern;
        var kind = p.Type.Kind;
        if (kind is not (CheckKind.Next or CheckKind.Empty or CheckKind.Same)) return false;
        int newlines = CountNewlines(skippedStart, matchPos, out int firstNewline);
        var printer = reporter.Printer;
        if (kind == CheckKind.Same)
        {
            if (newlines == 0) return false;
            printer.Print(p.File, cs.Loc, DiagnosticKind.Error, $"{cs.Prefix}-SAME: is not on the same line as the previous match");
            printer.Print(reporter.Input, matchPos, DiagnosticKind.Note, "'next' match was here");
            printer.Print(reporter.Input, skippedStart, DiagnosticKind.Note, "previous match ended here");
            reporter.RecordWrongLine(p, matchPos, matchPos + matchLen);
            return true;
        }
        string name = cs.Prefix + (kind == CheckKind.Empty ? "-EMPTY" : "-NEXT");
        if (newlines == 1) return false;
        printer.Print(p.File, cs.Loc, DiagnosticKind.Error,
            newlines == 0 ? $"{name}: is on the same line as previous match" : $"{name}: is not on the line after the previous match");
        printer.Print(reporter.Input, matchPos, DiagnosticKind.Note, "'next' match was here");
        printer.Print(reporter.Input, skippedStart, DiagnosticKind.Note, "previous match ended here");
        if (newlines > 1)
            printer.Print(reporter.Input, firstNewline, DiagnosticKind.Note, "non-matching line after previous match is here");
        reporter.RecordWrongLine(p, matchPos, matchPos + matchLen);
        return true;
    }

    /// <summary>Verifies that no CHECK-NOT pattern matches in [start, end).</summary>
    private bool CheckNot(List<DagNotPattern> nots, int start, int end)
    {
        bool failed = false;
        foreach (var (p, prefix) in nots)
        {
            var outcome = p.Match(Text, start, end);
            bool error = outcome.Found
                ? reporter.ReportMatch(false, prefix, p, 1, start, outcome.Pos, outcome.Len)
                : reporter.ReportNoMatch(false, prefix, p, 1, start, end, outcome.Errors);
            failed |= error;
        }
        return failed;
    }

    /// <summary>
    /// Matches the CHECK-DAG groups before a check (each group in any order, without
    /// overlapping), checking interleaved CHECK-NOTs between groups. Returns where the
    /// check itself starts searching, or <see cref="NoMatch"/>.
    /// </summary>
    private int CheckDag(CheckString cs, int start, int end, List<DagNotPattern> nots)
    {
        if (cs.DagNots.Count == 0) return start;
        int startPos = start;
        var ranges = new List<(int Pos, int End)>();
        for (int k = 0; k < cs.DagNots.Count; k++)
        {
            var (p, prefix) = cs.DagNots[k];
            if (p.Type.Kind == CheckKind.Not) { nots.Add(cs.DagNots[k]); continue; }
            int matchPos = startPos, matchLen;
            int mi = 0;
            while (true)
            {
                var outcome = p.Match(Text, matchPos, end);
                if (!outcome.Found)
                {
                    reporter.ReportNoMatch(true, prefix, p, 1, matchPos, end, outcome.Errors);
                    return NoMatch;
                }
                if (verboseVerbose) reporter.ReportMatch(true, prefix, p, 1, matchPos, outcome.Pos, outcome.Len);
                matchLen = outcome.Len;
                matchPos = outcome.Pos;
                var m = (Pos: matchPos, End: matchPos + matchLen);
                if (allowDagOverlap)
                {
                    if (ranges.Count == 0) ranges.Add(m);
                    else ranges[0] = (Math.Min(ranges[0].Pos, m.Pos), Math.Max(ranges[0].End, m.End));
                    break;
                }
                bool overlap = false;
                for (; mi < ranges.Count; mi++)
                {
                    if (m.Pos < ranges[mi].End) { overlap = ranges[mi].Pos < m.End; break; }
                }
                if (!overlap) { ranges.Insert(mi, m); break; }
                if (verboseVerbose)
                {
                    if (reporter.Diags is null)
                        reporter.Printer.Print(reporter.Input, ranges[mi].Pos, DiagnosticKind.Note,
                            "match discarded, overlaps earlier DAG match here", new SourceRange(ranges[mi].Pos, ranges[mi].End));
                    else
                    {
                        var diags = reporter.Diags;
                        for (int d = diags.Count - 1; d >= 0 && diags[d].CheckLoc == diags[^1].CheckLoc && diags[d].CheckFile == diags[^1].CheckFile; d--)
                            diags[d].Match = InputMatchType.FoundButDiscarded;
                    }
                }
                matchPos = ranges[mi].End;
            }
            if (!verboseVerbose) reporter.ReportMatch(true, prefix, p, 1, start, matchPos, matchLen);
            bool groupEnds = k + 1 == cs.DagNots.Count || cs.DagNots[k + 1].Pattern.Type.Kind == CheckKind.Not;
            if (groupEnds)
            {
                if (nots.Count > 0)
                {
                    if (CheckNot(nots, startPos, ranges[0].Pos)) return NoMatch;
                    nots.Clear();
                }
                startPos = ranges[^1].End;
                ranges.Clear();
            }
        }
        return startPos;
    }
}
