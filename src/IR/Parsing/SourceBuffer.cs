using System.Text;
using Antlr4.Runtime;

namespace Lce.IR.Parsing;

/// <summary>
/// The text being parsed, its buffer name and the line offset of a split-input chunk, and the
/// mapping from token positions to MLIR locations: 1-based lines of the ORIGINAL file and
/// 1-based columns counted in UTF-8 bytes, as MLIR's SourceMgr reports them.
/// </summary>
internal sealed class SourceBuffer(IRContext ctx, string text, string name, int lineOffset)
{
    public string Text { get; } = text;
    public string Name { get; } = name;
    public int LineOffset { get; } = lineOffset;

    /// <summary>Location of the first character of a token.</summary>
    public FileLineColLoc LocOf(IToken t)
    {
        if (t.Type == TokenConstants.EOF || t.StartIndex < 0) return LocAtIndex(AfterLastContent());
        return LocOnLine(t.Line, t.StartIndex - t.Column, t.StartIndex);
    }

    /// <summary>Location of <paramref name="index"/> on the chunk's line <paramref name="line"/>, which starts at <paramref name="lineStart"/>.</summary>
    public FileLineColLoc LocOnLine(int line, int lineStart, int index) =>
        FileLineColLoc.Get(ctx, Name, line + LineOffset, Utf8Column(lineStart, index));

    /// <summary>Location of an arbitrary character index (computes the line by scanning; used for errors).</summary>
    public FileLineColLoc LocAtIndex(int index)
    {
        index = Math.Clamp(index, 0, Text.Length);
        int line = 1, lineStart = 0;
        for (int i = 0; i < index; i++)
            if (Text[i] == '\n') { line++; lineStart = i + 1; }
        return FileLineColLoc.Get(ctx, Name, line + LineOffset, Utf8Column(lineStart, index));
    }

    /// <summary>
    /// Where MLIR reports an error at end of input: just after the last character that is neither
    /// whitespace nor inside a trailing `//` comment line.
    /// </summary>
    public int AfterLastContent()
    {
        int end = Text.Length;
        while (true)
        {
            while (end > 0 && char.IsWhiteSpace(Text[end - 1])) end--;
            int lineStart = Text.LastIndexOf('\n', Math.Max(0, end - 1)) + 1;
            int comment = CommentStart(lineStart, end);
            if (comment < 0) return end;
            end = comment;
        }
    }

    /// <summary>
    /// Where MLIR's emitWrongTokenError reports an unexpected token starting at
    /// <paramref name="tokenStart"/> (<paramref name="isEof"/>: the end of input): backed up over
    /// blanks, line breaks and trailing `//` comments to just after the previous content, so
    /// `{a = 1    b = 2}` is reported after the `1`, not at `b`.
    /// </summary>
    public int WrongTokenIndex(int tokenStart, bool isEof)
    {
        int original = isEof ? Math.Max(0, Math.Min(tokenStart, Text.Length) - 1) : tokenStart;
        int end = original;
        while (true)
        {
            while (end > 0 && Text[end - 1] is ' ' or '\t') end--;
            if (end == 0) return original;
            if (Text[end - 1] is not ('\n' or '\r')) return end;
            end--;
            int lineStart = Text.LastIndexOfAny(['\n', '\r'], Math.Max(0, end - 1)) + 1;
            if (end == 0) lineStart = 0;
            // Like MLIR, any `//` on the previous line is taken as the start of a comment.
            int comment = Text.IndexOf("//", lineStart, end - lineStart, StringComparison.Ordinal);
            if (comment >= 0) end = comment;
        }
    }

    /// <summary>Start of the next token at or after <paramref name="index"/> (skipping blanks and `//` comments); Text.Length at the end.</summary>
    public int NextTokenStart(int index)
    {
        while (index < Text.Length)
        {
            if (char.IsWhiteSpace(Text[index])) index++;
            else if (Text[index] == '/' && index + 1 < Text.Length && Text[index + 1] == '/')
            {
                int nl = Text.IndexOf('\n', index);
                index = nl < 0 ? Text.Length : nl + 1;
            }
            else return index;
        }
        return Text.Length;
    }

    private int CommentStart(int lineStart, int end)
    {
        bool inString = false;
        for (int i = lineStart; i < end - 1; i++)
        {
            char c = Text[i];
            if (c == '"' && (i == lineStart || Text[i - 1] != '\\')) inString = !inString;
            if (!inString && c == '/' && Text[i + 1] == '/') return i;
        }
        return -1;
    }

    private int Utf8Column(int lineStart, int index)
    {
        if (lineStart < 0) lineStart = 0;
        var span = Text.AsSpan(lineStart, Math.Max(0, index - lineStart));
        foreach (char c in span)
            if (c > 0x7F) return Encoding.UTF8.GetByteCount(span) + 1;
        return span.Length + 1;
    }

    /// <summary>The exact source characters of a token range (inclusive).</summary>
    public string Slice(IToken first, IToken last) =>
        last.StopIndex < first.StartIndex ? "" : Text.Substring(first.StartIndex, last.StopIndex - first.StartIndex + 1);

    public ReadOnlySpan<char> Span(IToken t) =>
        t.StartIndex < 0 || t.StopIndex < t.StartIndex ? ReadOnlySpan<char>.Empty : Text.AsSpan(t.StartIndex, t.StopIndex - t.StartIndex + 1);
}
