using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>
/// The most frequent tokens of the default lexer mode recognized by hand: punctuation, `%x`/`^x`/
/// `!x`/`#x` names and identifiers (keywords, integer types, bare ids). Each case returns exactly
/// the token the generated lexer would (longest match, earlier rule on ties); anything that could
/// lex differently (`{-#`, `::`, `->`, `#-}`, `tensor&lt;`, numbers, `@"..."`) returns type 0 and
/// is left to the generated lexer, as is every other mode.
/// </summary>
internal sealed partial class FastMlirLexer
{
    /// <summary>(token type, end index exclusive), or type 0 to defer to the generated lexer.</summary>
    private (int Type, int End) FastToken(int pos)
    {
        var t = _text;
        char c = t[pos];
        char next = pos + 1 < t.Length ? t[pos + 1] : '\0';
        switch (c)
        {
            case '(': return (LPAREN, pos + 1);
            case ')': return (RPAREN, pos + 1);
            case '}': return (RBRACE, pos + 1);
            case '[': return (LSQUARE, pos + 1);
            case ']': return (RSQUARE, pos + 1);
            case '<': return (LESS, pos + 1);
            case '>': return (GREATER, pos + 1);
            case ',': return (COMMA, pos + 1);
            case '=': return (EQUAL, pos + 1);
            case '{': return next == '-' ? (0, 0) : (LBRACE, pos + 1);
            case ':': return next == ':' ? (0, 0) : (COLON, pos + 1);
            case '-': return next == '>' ? (ARROW, pos + 2) : (MINUS, pos + 1);
            case '%': return Suffixed(PERCENT_ID, pos);
            case '^': return Suffixed(CARET_ID, pos);
            case '!': return Suffixed(EXCL_ID, pos);
            case '#': return next == '-' ? (0, 0) : Suffixed(HASH_ID, pos);
        }
        if (char.IsAsciiLetter(c) || c == '_') return Identifier(pos);
        return (0, 0);
    }

    /// <summary>`%`, `^`, `!`, `#` followed by SUFFIX_ID: digits only, or an id of [a-zA-Z0-9$._-].</summary>
    private (int, int) Suffixed(int type, int pos)
    {
        var t = _text;
        int i = pos + 1;
        if (i >= t.Length) return (0, 0);
        if (char.IsAsciiDigit(t[i]))
        {
            while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
            return (type, i);
        }
        if (!IsSuffixChar(t[i])) return (0, 0);
        while (i < t.Length && (IsSuffixChar(t[i]) || char.IsAsciiDigit(t[i]))) i++;
        return (type, i);
    }

    private static bool IsSuffixChar(char c) => char.IsAsciiLetter(c) || c is '$' or '.' or '_' or '-';

    /// <summary>BARE_ID, or the keyword / integer type it spells exactly (those rules come first).</summary>
    private (int, int) Identifier(int pos)
    {
        var t = _text;
        int i = pos + 1;
        while (i < t.Length && (char.IsAsciiLetterOrDigit(t[i]) || t[i] is '_' or '$' or '.')) i++;
        var word = t.AsSpan(pos, i - pos);
        // `tensor<`, `vector<`, `memref<` are longer matches that switch the lexer mode.
        if (i < t.Length && t[i] == '<' && word is "tensor" or "vector" or "memref") return (0, 0);
        if (IsIntegerType(word)) return (INTEGER_TYPE, i);
        return (Keyword(word), i);
    }

    private static bool IsIntegerType(ReadOnlySpan<char> w)
    {
        if (w.Length > 0 && w[0] is 's' or 'u') w = w[1..];
        if (w.Length < 2 || w[0] != 'i') return false;
        foreach (char d in w[1..]) if (!char.IsAsciiDigit(d)) return false;
        return true;
    }

    private static int Keyword(ReadOnlySpan<char> w) => w switch
    {
        "complex" => KW_COMPLEX, "tuple" => KW_TUPLE, "loc" => KW_LOC, "dense" => KW_DENSE,
        "dense_resource" => KW_DENSE_RESOURCE, "array" => KW_ARRAY, "affine_map" => KW_AFFINE_MAP,
        "affine_set" => KW_AFFINE_SET, "strided" => KW_STRIDED, "offset" => KW_OFFSET,
        "distinct" => KW_DISTINCT, "true" => KW_TRUE, "false" => KW_FALSE, "unit" => KW_UNIT,
        "callsite" => KW_CALLSITE, "at" => KW_AT, "fused" => KW_FUSED, "unknown" => KW_UNKNOWN,
        "to" => KW_TO, _ => BARE_ID,
    };
}
