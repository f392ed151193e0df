namespace Lce.FileCheck.Text;

/// <summary>
/// A named buffer of byte text (one char per byte) with a precomputed table of line starts,
/// so that offset-to-line lookups are O(log n) even on very large inputs.
/// </summary>
public sealed class SourceFile
{
    private readonly int[] _lineStarts;

    public string Name { get; }
    public string Text { get; }

    public SourceFile(string name, string text)
    {
        Name = name;
        Text = text;
        var starts = new List<int> { 0 };
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        _lineStarts = [.. starts];
    }

    /// <summary>1-based line (counting '\n') of an offset.</summary>
    public int LineOf(int offset)
    {
        int idx = Array.BinarySearch(_lineStarts, offset);
        return idx >= 0 ? idx + 1 : ~idx;
    }

    /// <summary>1-based line and column; like LLVM's SourceMgr, a stray '\r' also restarts the column.</summary>
    public (int Line, int Column) LineAndColumn(int offset)
    {
        int line = LineOf(offset);
        int lineStart = _lineStarts[line - 1];
        int lastCr = offset > lineStart ? Text.LastIndexOf('\r', offset - 1, offset - lineStart) : -1;
        int colBase = lastCr >= 0 ? lastCr + 1 : lineStart;
        return (line, offset - colBase + 1);
    }

    /// <summary>Bounds of the physical line containing <paramref name="offset"/>, split at '\n' or '\r'.</summary>
    public (int Start, int End) LineBounds(int offset)
    {
        int start = offset;
        while (start > 0 && Text[start - 1] is not ('\n' or '\r')) start--;
        int end = offset;
        while (end < Text.Length && Text[end] is not ('\n' or '\r')) end++;
        return (start, end);
    }

    public int LineCount => _lineStarts.Length;
}
