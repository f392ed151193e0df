namespace Lce.Dialects;

using System.Numerics;
using Lce.IR;
using Lce.IR.Numerics;

/// <summary>
/// MLIR's DialectAsmParser over the body text of a dialect type or attribute: keywords,
/// punctuation, integers, floats and nested types, with MLIR's error messages and locations.
/// "expected 'x'" errors point just after the previous token (MLIR's emitWrongTokenError);
/// value errors point at the offending token. Errors are thrown as <see cref="DiagnosticException"/>s
/// that end the parse; a caller that must report a second error after one (as MLIR does for some
/// types) catches the first, emits its <see cref="DiagnosticException.Diagnostic"/> and throws its own.
/// </summary>
public sealed class DialectBodyParser
{
    private readonly IDialectAsmParser _parser;
    private readonly string _text;
    private readonly int _end;
    private readonly List<BodyToken> _tokens;
    private int _pos;

    /// <summary>Parses the body characters [<paramref name="start"/>, <paramref name="end"/>) (offsets into <see cref="IDialectAsmParser.Body"/>).</summary>
    public DialectBodyParser(IDialectAsmParser parser, int start, int end)
    {
        _parser = parser;
        _end = end;
        // Lex the window only, but keep offsets relative to the whole body for locations.
        _text = new string(' ', start) + parser.Body[start..end];
        _tokens = DialectBodyLexer.Tokenize(_text);
    }

    public IRContext Context => _parser.Context;
    public BodyToken Peek => _tokens[_pos];
    public bool AtEnd => Peek.Kind == BodyTokenKind.Eof;
    /// <summary>Offset of the next token (MLIR's getCurrentLocation).</summary>
    public int CurrentOffset => Peek.Kind == BodyTokenKind.Eof ? _end : Peek.Start;

    public BodyToken Next()
    {
        var t = _tokens[_pos];
        if (t.Kind != BodyTokenKind.Eof) _pos++;
        return t;
    }

    // ------------------------------------------------------------------ errors

    public Location LocationAt(int offset) => _parser.LocationAt(offset);

    /// <summary>An error at a body offset, to throw.</summary>
    public DiagnosticException Error(string message, int offset) =>
        new(new Diagnostic(DiagnosticSeverity.Error, LocationAt(offset), message));

    /// <summary>An error with a note at the same place, to throw.</summary>
    public DiagnosticException ErrorWithNote(string message, string note, int offset)
    {
        var e = Error(message, offset);
        e.Diagnostic.AttachNote(note);
        return e;
    }

    /// <summary>Reports a diagnostic now (the first of two errors MLIR reports for one mistake).</summary>
    public void Emit(Diagnostic diagnostic) => Context.Diagnostics.Emit(diagnostic);

    /// <summary>"expected ..." about the next token: reported just after the previous content, as MLIR does.</summary>
    public DiagnosticException ErrorExpected(string message) => Error(message, WrongTokenOffset());

    private int WrongTokenOffset()
    {
        int at = CurrentOffset;
        int i = at;
        while (true)
        {
            while (i > 0 && _text[i - 1] is ' ' or '\t') i--;
            if (i == 0) return at;
            if (_text[i - 1] is not ('\n' or '\r')) return i;
            i--; // back over the line break to the end of the previous line
        }
    }

    // ------------------------------------------------------------------ punctuation and keywords

    public bool ParseOptionalPunct(char c)
    {
        if (!Peek.Is(c)) return false;
        Next();
        return true;
    }

    public void ParsePunct(char c)
    {
        if (!ParseOptionalPunct(c)) throw ErrorExpected($"expected '{c}'");
    }

    public string? ParseOptionalKeyword() => Peek.Kind == BodyTokenKind.Identifier ? Next().Text : null;

    public string ParseKeyword() =>
        ParseOptionalKeyword() ?? throw Error("expected valid keyword", CurrentOffset);

    // ------------------------------------------------------------------ numbers

    /// <summary>
    /// MLIR's parseOptionalInteger into an integer of range [min, max]: null when the next token
    /// cannot start an integer; `true`/`false` read as the 1-bit values -1 and 0.
    /// </summary>
    public long? ParseOptionalInteger(long min = long.MinValue, long max = long.MaxValue)
    {
        int loc = CurrentOffset;
        if (Peek.Kind == BodyTokenKind.Identifier && Peek.Text is "true" or "false")
            return Next().Text == "true" ? -1 : 0;
        if (Peek.Kind != BodyTokenKind.Integer && !Peek.Is('-')) return null;
        bool negative = ParseOptionalPunct('-');
        if (Peek.Kind != BodyTokenKind.Integer) throw ErrorExpected("expected integer value");
        var spelling = Next().Text;
        BigInteger value = spelling.Length > 1 && spelling[1] == 'x'
            ? BigInteger.Parse("0" + spelling[2..], System.Globalization.NumberStyles.HexNumber)
            : BigInteger.Parse(spelling, System.Globalization.CultureInfo.InvariantCulture);
        if (negative) value = -value;
        if (value < min || value > max) throw Error("integer value too large", loc);
        return (long)value;
    }

    public long ParseInteger(long min = long.MinValue, long max = long.MaxValue)
    {
        int loc = CurrentOffset;
        return ParseOptionalInteger(min, max) ?? throw Error("expected integer value", loc);
    }

    /// <summary>
    /// MLIR's parseFloat(double&amp;): an optional `-`, then a float literal, or a hexadecimal integer
    /// holding the bit pattern of a double; a decimal integer is rejected with MLIR's note.
    /// </summary>
    public double ParseFloat()
    {
        bool negative = ParseOptionalPunct('-');
        var tok = Peek;
        if (tok.Kind == BodyTokenKind.Float)
        {
            Next();
            FloatParser.TryParseMlirLiteral(tok.Text, FloatSemantics.Double, out var bits);
            double v = BitConverter.UInt64BitsToDouble((ulong)bits);
            return negative ? -v : v;
        }
        if (tok.Kind == BodyTokenKind.Integer)
        {
            bool hex = tok.Text.Length > 1 && tok.Text[1] == 'x';
            if (!hex)
                throw ErrorWithNote("unexpected decimal integer literal for a floating point value",
                    "add a trailing dot to make the literal a float", tok.Start);
            if (negative) throw Error("hexadecimal float literal should not have a leading minus", tok.Start);
            var bits = BigInteger.Parse("0" + tok.Text[2..], System.Globalization.NumberStyles.HexNumber);
            if (bits.GetBitLength() > 64) throw Error("hexadecimal float constant out of range for type", tok.Start);
            Next();
            return BitConverter.UInt64BitsToDouble((ulong)bits);
        }
        throw Error("expected floating point literal", tok.Start);
    }

    // ------------------------------------------------------------------ types

    /// <summary>
    /// MLIR's parseOptionalType: a builtin type keyword (`i8`, `f32`, `tensor&lt;...&gt;`, ...) or a
    /// `!` dialect type or alias; null (nothing consumed) when the next token cannot start a type.
    /// </summary>
    public IRType? ParseOptionalType()
    {
        int start = CurrentOffset;
        int end = TypeExtent();
        if (end < 0) return null;
        IRType type;
        try
        {
            type = _parser.ParseTypeText(_text[start..end]);
        }
        catch (Exception e) when (e is not DiagnosticException)
        {
            // The nested parse reports at the start of the body; point at the type instead.
            throw Error(e.Message, start);
        }
        while (Peek.Kind != BodyTokenKind.Eof && Peek.Start < end) Next();
        return type;
    }

    /// <summary>MLIR's parseType: as <see cref="ParseOptionalType"/>, but a type must follow.</summary>
    public IRType ParseType() => ParseOptionalType() ?? throw Error("expected non-function type", CurrentOffset);

    /// <summary>MLIR's parseType into a typed result: "invalid kind of type specified" when it is not a <typeparamref name="T"/>.</summary>
    public T ParseType<T>() where T : IRType
    {
        int loc = CurrentOffset;
        var type = ParseType();
        return type is T t ? t : throw Error("invalid kind of type specified", loc);
    }

    private static readonly HashSet<string> ParametricTypes = ["tensor", "memref", "vector", "complex", "tuple"];

    /// <summary>The end offset of the type text starting at the next token, or -1 if it cannot start a type.</summary>
    private int TypeExtent()
    {
        var tok = Peek;
        if (tok.Kind == BodyTokenKind.Identifier)
        {
            var name = tok.Text;
            if (ParametricTypes.Contains(name))
            {
                int lt = SkipSpaces(tok.End);
                return lt < _end && _text[lt] == '<' ? Balanced(lt) : tok.End;
            }
            return IsSimpleTypeKeyword(name) ? tok.End : -1;
        }
        if (tok.Is('!'))
        {
            int j = tok.End;
            while (j < _end && (char.IsAsciiLetterOrDigit(_text[j]) || _text[j] is '_' or '$' or '.' or '-')) j++;
            return j < _end && _text[j] == '<' ? Balanced(j) : j;
        }
        return -1;
    }

    private static bool IsSimpleTypeKeyword(string name)
    {
        if (name is "index" or "none" || FloatSemantics.FromName(name) is not null) return true;
        var digits = name.StartsWith("si", StringComparison.Ordinal) || name.StartsWith("ui", StringComparison.Ordinal) ? name[2..]
            : name.StartsWith('i') ? name[1..] : null;
        return digits is { Length: > 0 } && digits.All(char.IsAsciiDigit);
    }

    private int SkipSpaces(int i)
    {
        while (i < _end && char.IsWhiteSpace(_text[i])) i++;
        return i;
    }

    /// <summary>The offset after the bracket group opening at <paramref name="open"/> (strings and `->` skipped).</summary>
    private int Balanced(int open)
    {
        int depth = 0;
        for (int i = open; i < _end; i++)
        {
            char c = _text[i];
            if (c == '"')
            {
                for (i++; i < _end && _text[i] != '"'; i++) if (_text[i] == '\\') i++;
                continue;
            }
            if (c == '-' && i + 1 < _end && _text[i + 1] == '>') { i++; continue; }
            if (c is '<' or '(' or '[' or '{') depth++;
            else if (c is '>' or ')' or ']' or '}' && --depth == 0) return i + 1;
        }
        return _end;
    }
}
