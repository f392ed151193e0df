namespace Lce.Opt;

/// <summary>An input buffer with O(log n) offset → line/column lookup and line extraction.</summary>
public sealed class SourceText
{
    public string Name { get; }
    public string Text { get; }
    private int[]? _lineStartsIndex;
    /// <summary>Made on first use: only diagnostics and split-input-file need it (a large input costs a scan).</summary>
    private int[] Starts => _lineStartsIndex ??= LineStarts(Text);

    public SourceText(string name, string text)
    {
        Name = name; Text = text;
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        return starts.ToArray();
    }

    /// <summary>1-based line and column of a character offset.</summary>
    public (int Line, int Column) LineColumn(int offset)
    {
        int idx = Array.BinarySearch(Starts, offset);
        if (idx < 0) idx = ~idx - 1;
        return (idx + 1, offset - Starts[idx] + 1);
    }

    /// <summary>Text of a 1-based line without its newline, or null if out of range.</summary>
    public string? Line(int line)
    {
        if (line < 1 || line > Starts.Length) return null;
        int start = Starts[line - 1];
        int end = line < Starts.Length ? Starts[line] - 1 : Text.Length;
        if (end > start && Text[end - 1] == '\r') end--;
        return Text[start..Math.Max(start, end)];
    }

    public int LineCount => Starts.Length;
}

/// <summary>One `-split-input-file` chunk: its text and where it starts in the original buffer.</summary>
public sealed record InputChunk(string Text, int StartOffset, int StartLine, int StartColumn);

/// <summary>A warning produced while splitting (mlir-opt's "near miss with file split marker").</summary>
public sealed record SplitWarning(int Line, int Column, string Message);

public static class InputSplitter
{
    /// <summary>Characters of the marker's tail that must follow a split point (MLIR checks two).</summary>
    private const int CheckLength = 2;

    /// <summary>
    /// Splits as mlir-opt does: cut at every occurrence of the marker without its last two
    /// characters; a piece that starts with those two characters ends the previous chunk,
    /// otherwise it is a near miss (warned about) and stays in the previous chunk. An empty
    /// leading piece is replaced by the next one whole, which is how a marker on the first line
    /// leaves its last dashes in the first chunk.
    /// </summary>
    public static List<InputChunk> Split(SourceText source, string marker, List<SplitWarning>? warnings = null)
    {
        string text = source.Text;
        string cut = marker.Length > CheckLength ? marker[..^CheckLength] : marker;
        string tail = marker.Length > CheckLength ? marker[^CheckLength..] : "";
        // Raw pieces as (start, length) in the original text.
        var raw = new List<(int Start, int Length)>();
        int pos = 0;
        while (true)
        {
            int at = text.IndexOf(cut, pos, StringComparison.Ordinal);
            if (at < 0) { raw.Add((pos, text.Length - pos)); break; }
            raw.Add((pos, at - pos));
            pos = at + cut.Length;
        }
        var chunks = new List<(int Start, int Length)>();
        (int Start, int Length) prev = (0, 0);
        bool havePrev = false;
        foreach (var piece in raw)
        {
            if (!havePrev || prev.Length == 0) { prev = piece; havePrev = true; continue; }
            if (string.CompareOrdinal(text, piece.Start, tail, 0, tail.Length) == 0 && piece.Length >= tail.Length)
            {
                chunks.Add(prev);
                prev = (piece.Start + tail.Length, piece.Length - tail.Length);
            }
            else
            {
                var (l, c) = source.LineColumn(piece.Start);
                warnings?.Add(new SplitWarning(l, c, "near miss with file split marker"));
                prev = (prev.Start, piece.Start + piece.Length - prev.Start);
            }
        }
        if (prev.Length > 0) chunks.Add(prev);
        return chunks.Select(ch =>
        {
            var (line, col) = source.LineColumn(ch.Start);
            return new InputChunk(text.Substring(ch.Start, ch.Length), ch.Start, line, col);
        }).ToList();
    }
}
