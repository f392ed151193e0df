namespace Lce.Opt;

/// <summary>An input buffer with O(log n) offset → line/column lookup and line extraction.</summary>
public sealed class SourceText
{
    public string Name { get; }
    public string Text { get; }
    private readonly int[] _lineStarts;

    public SourceText(string name, string text)
    {
        Name = name; Text = text;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        _lineStarts = starts.ToArray();
    }

    /// <summary>1-based line and column of a character offset.</summary>
    public (int Line, int Column) LineColumn(int offset)
    {
        int idx = Array.BinarySearch(_lineStarts, offset);
        if (idx < 0) idx = ~idx - 1;
        return (idx + 1, offset - _lineStarts[idx] + 1);
    }

    /// <summary>Text of a 1-based line without its newline, or null if out of range.</summary>
    public string? Line(int line)
    {
        if (line < 1 || line > _lineStarts.Length) return null;
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        if (end > start && Text[end - 1] == '\r') end--;
        return Text[start..Math.Max(start, end)];
    }

    public int LineCount => _lineStarts.Length;
}

/// <summary>One `-split-input-file` chunk: its text and where it starts in the original buffer.</summary>
public sealed record InputChunk(string Text, int StartLine, int StartColumn);

public static class InputSplitter
{
    /// <summary>
    /// Splits on every occurrence of the marker, as mlir-opt does; the text after a marker on its
    /// line belongs to the next chunk.
    /// </summary>
    public static List<InputChunk> Split(SourceText source, string marker)
    {
        var chunks = new List<InputChunk>();
        string text = source.Text;
        int start = 0;
        while (true)
        {
            int at = text.IndexOf(marker, start, StringComparison.Ordinal);
            var (line, col) = source.LineColumn(start);
            if (at < 0) { chunks.Add(new InputChunk(text[start..], line, col)); break; }
            chunks.Add(new InputChunk(text[start..at], line, col));
            start = at + marker.Length;
        }
        return chunks;
    }
}
