namespace Lce.Dialects;

/// <summary>Token kinds of a dialect type body, as MLIR's lexer distinguishes them.</summary>
public enum BodyTokenKind { Identifier, Integer, Float, String, Punct, Arrow, Eof, Error }

/// <summary>A token of a type body: its kind and its [Start, End) offsets in the body text.</summary>
public readonly record struct BodyToken(BodyTokenKind Kind, int Start, int End, string Text)
{
    public bool Is(char punct) => Kind == BodyTokenKind.Punct && Text.Length == 1 && Text[0] == punct;
}

/// <summary>
/// Splits the text of a dialect type body (everything between `!quant.` and the end of the
/// balanced `&lt;...&gt;`) into tokens with MLIR's lexical rules: bare identifiers
/// `[A-Za-z_][A-Za-z0-9_$.]*` (keywords and `i8` included), decimal and `0x` hex integers, float
/// literals that need a `.` (`1e3` is the integer 1 then the identifier `e3`), strings,
/// punctuation, `//` comments and whitespace.
/// </summary>
public static class DialectBodyLexer
{
    public static List<BodyToken> Tokenize(string text)
    {
        var tokens = new List<BodyToken>();
        int i = 0;
        while (true)
        {
            i = SkipTrivia(text, i);
            if (i >= text.Length) { tokens.Add(new(BodyTokenKind.Eof, text.Length, text.Length, "")); return tokens; }
            var tok = Lex(text, i);
            tokens.Add(tok);
            if (tok.Kind == BodyTokenKind.Error) { tokens.Add(new(BodyTokenKind.Eof, text.Length, text.Length, "")); return tokens; }
            i = tok.End;
        }
    }

    private static int SkipTrivia(string text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (c is ' ' or '\t' or '\n' or '\r') { i++; continue; }
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n') i++;
                continue;
            }
            break;
        }
        return i;
    }

    private static BodyToken Lex(string text, int start)
    {
        char c = text[start];
        if (char.IsAsciiLetter(c) || c == '_')
        {
            int j = start + 1;
            while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '_' or '$' or '.')) j++;
            return Make(BodyTokenKind.Identifier, text, start, j);
        }
        if (char.IsAsciiDigit(c)) return LexNumber(text, start);
        if (c == '"') return LexString(text, start);
        if (c == '-' && start + 1 < text.Length && text[start + 1] == '>') return Make(BodyTokenKind.Arrow, text, start, start + 2);
        return Make(BodyTokenKind.Punct, text, start, start + 1);
    }

    private static BodyToken LexNumber(string text, int start)
    {
        int j = start + 1;
        // `0x` followed by a hex digit starts a hexadecimal integer; `0xg` is `0` then `xg`.
        if (text[start] == '0' && j + 1 < text.Length && text[j] == 'x' && char.IsAsciiHexDigit(text[j + 1]))
        {
            j += 2;
            while (j < text.Length && char.IsAsciiHexDigit(text[j])) j++;
            return Make(BodyTokenKind.Integer, text, start, j);
        }
        while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
        if (j >= text.Length || text[j] != '.') return Make(BodyTokenKind.Integer, text, start, j);
        j++;
        while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
        if (j < text.Length && text[j] is 'e' or 'E')
        {
            bool digit = j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]);
            bool signedDigit = j + 2 < text.Length && text[j + 1] is '+' or '-' && char.IsAsciiDigit(text[j + 2]);
            if (digit || signedDigit)
            {
                j += 2;
                while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
            }
        }
        return Make(BodyTokenKind.Float, text, start, j);
    }

    private static BodyToken LexString(string text, int start)
    {
        int j = start + 1;
        while (j < text.Length && text[j] != '"' && text[j] != '\n')
        {
            if (text[j] == '\\') j++;
            j++;
        }
        if (j >= text.Length || text[j] != '"') return Make(BodyTokenKind.Error, text, start, Math.Min(j, text.Length));
        return Make(BodyTokenKind.String, text, start, j + 1);
    }

    private static BodyToken Make(BodyTokenKind kind, string text, int start, int end) => new(kind, start, end, text[start..end]);
}
