using Lce.FileCheck.Matching;
using Lce.FileCheck.Text;

namespace Lce.FileCheck.Dump;

/// <summary>
/// Converts recorded diagnostics into annotation lines: labels like "next:3'1" (check type,
/// check-file line or "impN" for implicit patterns, and an index when one check has several
/// results), and input line/column spans split per line.
/// </summary>
internal static class AnnotationBuilder
{
    public static List<InputAnnotation> Build(SourceFile input, SourceFile checkFile, IReadOnlyList<SourceFile> implicitFiles,
        List<InputDiag> diags, out int labelWidth)
    {
        var perCheck = new Dictionary<(SourceFile, int), int>();
        foreach (var d in diags)
            perCheck[(d.CheckFile, d.CheckLoc)] = perCheck.GetValueOrDefault((d.CheckFile, d.CheckLoc)) + 1;
        var seen = new Dictionary<(SourceFile, int), int>();
        var result = new List<InputAnnotation>();
        labelWidth = 0;
        for (int index = 0; index < diags.Count; index++)
        {
            var d = diags[index];
            string label = d.Type.Abbreviation + ":";
            if (d.CheckFile == checkFile) label += d.CheckFile.LineOf(d.CheckLoc);
            else label += "imp" + (implicitFiles.ToList().IndexOf(d.CheckFile) + 1);
            var key = (d.CheckFile, d.CheckLoc);
            if (perCheck[key] > 1)
            {
                int n = seen.GetValueOrDefault(key);
                seen[key] = n + 1;
                label += "'" + n;
            }
            labelWidth = Math.Max(labelWidth, label.Length);
            var marker = MarkerStyle.For(d.Match);
            var (startLine, startCol) = input.LineAndColumn(d.InputStart);
            var (endLine, endCol) = input.LineAndColumn(d.InputEnd);
            if (d.Note.Length > 0)
            {
                marker = marker with { Note = d.Note };
                if (startLine == endLine && startCol == endCol) marker = marker with { Lead = ' ' };
            }
            if (d.Match == InputMatchType.FoundErrorNote) marker = marker with { Note = "error: " + marker.Note };
            var first = new InputAnnotation
            {
                DiagIndex = index, Label = label, IsFirstLine = true, InputLine = startLine, StartCol = startCol, Marker = marker,
            };
            if (startLine == endLine)
            {
                first.EndCol = Math.Max(startCol + 1, endCol);
                result.Add(first);
                continue;
            }
            first.EndCol = int.MaxValue;
            result.Add(first);
            for (int line = startLine + 1; line <= endLine; line++)
            {
                if (endCol == 1 && line == endLine) break;
                result.Add(new InputAnnotation
                {
                    DiagIndex = index, Label = label, IsFirstLine = false, InputLine = line, StartCol = 1,
                    EndCol = line != endLine ? int.MaxValue : endCol, Marker = marker with { Lead = '~', Note = "" },
                });
            }
        }
        return result;
    }
}
