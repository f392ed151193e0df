using System.Text;
using Lce.FileCheck.Options;

namespace Lce.FileCheck.Dump;

/// <summary>
/// Prints the "Input was: &lt;&lt;&lt;&lt;&lt;&lt; ... &gt;&gt;&gt;&gt;&gt;&gt;" dump: each input line with its
/// right-aligned number (the newline shown as a trailing space), followed by its annotation
/// lines. Lines far from any line kept by the filter are elided ("." rows) when that is shorter.
/// </summary>
internal static class AnnotatedInputDumper
{
    public static void Dump(StringBuilder os, DumpInputFilter filter, int context, string input,
        List<InputAnnotation> annotations, int labelWidth)
    {
        os.Append("Input was:\n<<<<<<\n");
        var sorted = annotations.OrderBy(a => a.InputLine).ThenBy(a => a.DiagIndex).ToList();
        int lineCount = input.Count(c => c == '\n');
        if (input.Length > 0 && input[^1] != '\n') lineCount++;
        int lineNoWidth = lineCount <= 0 ? 1 : (int)Math.Floor(Math.Log10(lineCount)) + 1;
        labelWidth = Math.Max(labelWidth, lineNoWidth) + 3;

        int prevInFilter = 0;
        int nextInFilter = 0; // 0: not computed yet; int.MaxValue: none
        var elided = new StringBuilder();
        int pos = 0, ai = 0;
        for (int line = 1; pos < input.Length || ai < sorted.Count; line++)
        {
            if (nextInFilter < line) nextInFilter = NextLineInFilter(filter, line, sorted, ai);
            if (nextInFilter == line) prevInFilter = line;
            StringBuilder lineOs;
            bool farFromPrev = prevInFilter == 0 || prevInFilter + context < line;
            bool farFromNext = nextInFilter == int.MaxValue || (long)line + context < nextInFilter;
            if (farFromPrev && farFromNext) lineOs = elided;
            else
            {
                FlushElided(os, elided, labelWidth);
                lineOs = os;
            }
            lineOs.Append(line.ToString().PadLeft(labelWidth)).Append(": ");
            int lineStart = pos;
            while (pos < input.Length)
            {
                char c = input[pos++];
                if (c == '\n') { lineOs.Append(' '); break; }
                lineOs.Append(c);
            }
            lineOs.Append('\n');
            int lineWidth = pos - lineStart;
            for (; ai < sorted.Count && sorted[ai].InputLine == line; ai++)
                AppendAnnotation(lineOs, sorted[ai], labelWidth, lineWidth);
        }
        FlushElided(os, elided, labelWidth);
        os.Append(">>>>>>\n");
    }

    private static void AppendAnnotation(StringBuilder os, InputAnnotation a, int labelWidth, int lineWidth)
    {
        os.Append(a.Label.PadRight(labelWidth)).Append("  ");
        int col;
        for (col = 1; col < a.StartCol; col++) os.Append(' ');
        os.Append(a.Marker.Lead);
        for (col++; col < a.EndCol && col <= lineWidth; col++) os.Append('~');
        if (a.Marker.Note.Length > 0)
        {
            for (; col <= lineWidth; col++) os.Append(' ');
            os.Append(' ').Append(a.Marker.Note);
        }
        os.Append('\n');
    }

    private static int NextLineInFilter(DumpInputFilter filter, int line, List<InputAnnotation> sorted, int from)
    {
        if (filter == DumpInputFilter.All) return line;
        for (int i = from; i < sorted.Count; i++)
        {
            var a = sorted[i];
            switch (filter)
            {
                case DumpInputFilter.AnnotationFull: return a.InputLine;
                case DumpInputFilter.Annotation when a.IsFirstLine: return a.InputLine;
                case DumpInputFilter.Error when a.IsFirstLine && a.Marker.IsError: return a.InputLine;
            }
        }
        return int.MaxValue;
    }

    /// <summary>Prints three "." rows instead of the elided lines, unless the lines themselves are shorter.</summary>
    private static void FlushElided(StringBuilder os, StringBuilder elided, int labelWidth)
    {
        if (elided.Length == 0) return;
        int newlines = 0;
        for (int i = 0; i < elided.Length; i++) if (elided[i] == '\n') newlines++;
        if (newlines > 3)
            for (int i = 0; i < 3; i++) os.Append(".".PadLeft(labelWidth)).Append('\n');
        else os.Append(elided);
        elided.Clear();
    }
}
