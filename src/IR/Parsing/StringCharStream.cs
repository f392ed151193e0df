using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace Lce.IR.Parsing;

/// <summary>
/// An <see cref="ICharStream"/> reading the source string in place, with the semantics of
/// <see cref="AntlrInputStream"/> (UTF-16 code units, no marks) but without copying the whole
/// text into a char array.
/// </summary>
internal sealed class StringCharStream(string text) : ICharStream
{
    private int _p;

    public int Index => _p;
    public int Size => text.Length;
    public string SourceName => IntStreamConstants.UnknownSourceName;

    public void Consume()
    {
        if (_p >= text.Length) throw new InvalidOperationException("cannot consume EOF");
        _p++;
    }

    public int LA(int i)
    {
        if (i == 0) return 0;
        if (i < 0)
        {
            i++;
            if (_p + i - 1 < 0) return IntStreamConstants.EOF;
        }
        int k = _p + i - 1;
        return k >= text.Length ? IntStreamConstants.EOF : text[k];
    }

    public int Mark() => -1;
    public void Release(int marker) { }

    public void Seek(int index) => _p = index <= _p ? index : Math.Min(index, text.Length);

    public string GetText(Interval interval)
    {
        int start = interval.a, stop = interval.b;
        if (stop >= text.Length) stop = text.Length - 1;
        if (start >= text.Length) return "";
        return text.Substring(start, stop - start + 1);
    }

    public override string ToString() => text;
}
