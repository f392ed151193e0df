using System.Text;

namespace Lce.FileCheck.Text;

public enum DiagnosticKind { Error, Warning, Remark, Note }

/// <summary>A half-open range of offsets in one <see cref="SourceFile"/>.</summary>
public readonly record struct SourceRange(int Start, int End);

/// <summary>
/// Formats diagnostics in the shape of LLVM's SourceMgr: "file:line:col: kind: message",
/// then the source line (tabs expanded to 8 columns) and a caret line where '^' marks the
/// location and '~' marks highlighted ranges.
/// </summary>
public sealed class DiagnosticPrinter(StringBuilder output)
{
    private const int TabStop = 8;

    public StringBuilder Output { get; } = output;

    public void Print(SourceFile file, int offset, DiagnosticKind kind, string message, params SourceRange[] ranges)
    {
        var (line, col) = file.LineAndColumn(offset);
        Output.Append(file.Name).Append(':').Append(line).Append(':').Append(col).Append(": ")
            .Append(KindText(kind)).Append(": ").Append(message).Append('\n');
        var (lineStart, lineEnd) = file.LineBounds(offset);
        string lineText = file.Text[lineStart..lineEnd];
        var caret = new char[lineText.Length + 1];
        Array.Fill(caret, ' ');
        foreach (var r in ranges)
        {
            if (r.Start > lineEnd || r.End < lineStart) continue;
            int from = Math.Max(r.Start, lineStart) - lineStart;
            int to = Math.Min(Math.Min(r.End, lineEnd) - lineStart, caret.Length);
            for (int i = from; i < to; i++) caret[i] = '~';
        }
        int column = offset - lineStart;
        caret[Math.Min(column, lineText.Length)] = '^';
        string caretLine = new string(caret).TrimEnd(' ');
        AppendExpanded(lineText, lineText);
        AppendExpanded(caretLine, lineText);
    }

    /// <summary>Writes <paramref name="s"/>, widening each position where the source line has a tab.</summary>
    private void AppendExpanded(string s, string sourceLine)
    {
        int outCol = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (i >= sourceLine.Length || sourceLine[i] != '\t')
            {
                Output.Append(s[i]);
                outCol++;
                continue;
            }
            char fill = ReferenceEquals(s, sourceLine) ? ' ' : s[i];
            do { Output.Append(fill); outCol++; } while (outCol % TabStop != 0);
        }
        Output.Append('\n');
    }

    public static string KindText(DiagnosticKind kind) => kind switch
    {
        DiagnosticKind.Error => "error",
        DiagnosticKind.Warning => "warning",
        DiagnosticKind.Remark => "remark",
        _ => "note",
    };
}
