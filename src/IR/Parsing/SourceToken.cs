using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace Lce.IR.Parsing;

/// <summary>
/// A default-channel token made by <see cref="FastMlirLexer"/>'s fast paths: the fields of a
/// <see cref="CommonToken"/> that such tokens use, in 48 instead of 64 bytes (millions of them
/// are made for a large file). Its text is read from the source on demand.
/// </summary>
internal sealed class SourceToken(FastMlirLexer lexer, int type, int start, int stop, int line, int column) : IWritableToken
{
    private int _index = -1;

    public string Text
    {
        get => ((ICharStream)lexer.InputStream).GetText(Interval.Of(start, stop));
        set => throw new NotSupportedException("the text of a source token is the source");
    }
    public int Type { get => type; set => type = value; }
    public int Line { get => line; set => line = value; }
    public int Column { get => column; set => column = value; }
    public int Channel
    {
        get => TokenConstants.DefaultChannel;
        set { if (value != TokenConstants.DefaultChannel) throw new NotSupportedException("source tokens are on the default channel"); }
    }
    public int TokenIndex { get => _index; set => _index = value; }
    public int StartIndex => start;
    public int StopIndex => stop;
    public ITokenSource TokenSource => lexer;
    public ICharStream InputStream => (ICharStream)lexer.InputStream;

    public override string ToString() =>
        $"[@{_index},{start}:{stop}='{Text.Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t")}',<{type}>,{line}:{column}]";
}
