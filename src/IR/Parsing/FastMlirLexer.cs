using Antlr4.Runtime;
using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>
/// The generated lexer with two hand-written fast paths for the bulk of big files: whitespace
/// and `//` comments are skipped, and string literals (megabytes of hex in `dense&lt;"0x..."&gt;`)
/// are scanned with a vectorized search instead of character by character through the DFA.
/// Anything unusual (an unterminated string, other modes) is left to the generated rules, so
/// the token stream is exactly what the grammar alone produces.
/// </summary>
internal sealed partial class FastMlirLexer : G.MlirLexer
{
    private static readonly System.Buffers.SearchValues<char> StringStops = System.Buffers.SearchValues.Create("\"\\\n\r");
    private readonly string _text;

    public FastMlirLexer(ICharStream input, string text) : base(input)
    {
        _text = text;
    }

    public override IToken NextToken()
    {
        if (CurrentMode != 0) return base.NextToken(); // 0: the default lexer mode
        int pos = InputStream.Index, line = Interpreter.Line, col = Interpreter.Column;
        var text = _text;
        while (pos < text.Length)
        {
            char c = text[pos];
            if (c == '\n') { pos++; line++; col = 0; }
            else if (c is ' ' or '\t' or '\r') { pos++; col++; }
            else if (c == '/' && pos + 1 < text.Length && text[pos + 1] == '/')
            {
                int nl = text.IndexOf('\n', pos);
                int end = nl < 0 ? text.Length : nl;
                col += end - pos;
                pos = end;
            }
            else break;
        }
        if (pos != InputStream.Index)
        {
            InputStream.Seek(pos);
            Interpreter.Line = line;
            Interpreter.Column = col;
        }
        if (pos >= text.Length) return base.NextToken();
        if (text[pos] == '"' && ScanString(pos) is int stop and >= 0) return Emit(STRING, pos, stop, line, col);
        if (FastToken(pos) is var (type, after) && type != 0) return Emit(type, pos, after - 1, line, col);
        return base.NextToken();
    }

    private SourceToken Emit(int type, int start, int stop, int line, int col)
    {
        var tok = new SourceToken(this, type, start, stop, line, col);
        InputStream.Seek(stop + 1);
        Interpreter.Column = col + (stop + 1 - start);
        return tok;
    }

    /// <summary>Index of the closing quote of the string starting at <paramref name="open"/>, or -1 if unterminated.</summary>
    private int ScanString(int open)
    {
        var span = _text.AsSpan();
        int i = open + 1;
        while (true)
        {
            int k = span[i..].IndexOfAny(StringStops);
            if (k < 0) return -1;
            i += k;
            char c = span[i];
            if (c == '"') return i;
            if (c is '\n' or '\r') return -1;
            // An escape: the next character is taken literally unless it ends the line.
            if (i + 1 >= span.Length || span[i + 1] is '\n' or '\r') return -1;
            i += 2;
        }
    }
}
