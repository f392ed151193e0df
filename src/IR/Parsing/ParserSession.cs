using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>
/// State shared by every part of one parse: the context, the source, the token stream (one
/// ANTLR lexer feeding an unbuffered stream, so memory does not grow with the file), the
/// generated parser used for types/attributes/locations, aliases and interned names.
/// </summary>
internal sealed partial class ParserSession
{
    public IRContext Context { get; }
    public SourceBuffer Buffer { get; }
    public ParserOptions Options { get; }
    public SkippingTokenStream Tokens { get; }
    public FastMlirLexer Lexer { get; }
    public NestingLimitedParser Antlr { get; }
    public NameTable Names { get; } = new();
    public TreeBuilder Trees { get; }

    public Dictionary<string, IRAttribute> AttributeAliases { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, IRType> TypeAliases { get; } = new(StringComparer.Ordinal);

    /// <summary>`loc(#alias)` uses whose alias was not defined yet; resolved after the whole file.</summary>
    public List<(string Alias, IToken Token, Action<Location> Apply)> DeferredLocations { get; } = new();

    public ParserSession(IRContext ctx, string text, string bufferName, int lineOffset, ParserOptions options)
    {
        Context = ctx;
        Options = options;
        Buffer = new SourceBuffer(ctx, text, bufferName, lineOffset);
        // Large inputs: most lines hold an op, and every op has a point location of its own.
        // (Capped: a file of blank lines must not reserve more than its size.)
        if (text.Length > 1 << 20) FileLineColLoc.ReservePoints(ctx, bufferName, Math.Min(text.AsSpan().Count('\n'), text.Length / 16));
        var lexer = new FastMlirLexer(new StringCharStream(text), text);
        lexer.RemoveErrorListeners();
        Lexer = lexer;
        Tokens = new SkippingTokenStream(lexer);
        Antlr = new NestingLimitedParser(Tokens, this) { BuildParseTree = true };
        Antlr.RemoveErrorListeners();
        Antlr.ErrorHandler = new SyntaxErrorStrategy(this);
        Antlr.Interpreter.PredictionMode = PredictionMode.SLL;
        Trees = new TreeBuilder(this);
    }

    // ---------------------------------------------------------------- tokens
    public IToken Peek => Tokens.LT(1);
    public int PeekType => Tokens.LA(1);
    public IToken Next()
    {
        var t = Tokens.LT(1);
        Tokens.Consume();
        return t;
    }

    public bool TryConsume(int type)
    {
        if (Tokens.LA(1) != type) return false;
        Tokens.Consume();
        return true;
    }

    public IToken Expect(int type, string message)
    {
        if (Tokens.LA(1) != type) throw ErrorExpected(message);
        return Next();
    }

    public ReadOnlySpan<char> Span(IToken t) => Buffer.Span(t);
    public string Intern(IToken t) => Names.Intern(Buffer.Span(t));

    /// <summary>Identifier-like tokens: bare identifiers, integer types and keywords.</summary>
    public static bool IsIdentifier(int type) =>
        type is G.MlirLexer.BARE_ID or G.MlirLexer.INTEGER_TYPE || (type >= G.MlirLexer.KW_COMPLEX && type <= G.MlirLexer.KW_TO);

    // ---------------------------------------------------------------- diagnostics
    public ParseAbort Error(IToken at, string message) => Error(Buffer.LocOf(at), message);

    public ParseAbort Error(Location at, string message) =>
        new(new Diagnostic(DiagnosticSeverity.Error, at, message));

    /// <summary>An error about the next token (at end of input it points after the last content, as MLIR).</summary>
    public ParseAbort ErrorExpected(string message) =>
        LexicalError(Peek) is { } lexical ? Error(Peek, lexical) : Error(WrongTokenLoc(Peek), message);

    /// <summary>An error about whatever follows <paramref name="tok"/> (MLIR's emitWrongTokenError after consuming it).</summary>
    public ParseAbort ErrorAfter(IToken tok, string message)
    {
        int next = Buffer.NextTokenStart(tok.StopIndex + 1);
        return Error(Buffer.LocAtIndex(Buffer.WrongTokenIndex(next, next >= Buffer.Text.Length)), message);
    }

    /// <summary>Where MLIR reports an unexpected token: after the previous content, not at the token.</summary>
    public Location WrongTokenLoc(IToken t)
    {
        bool eof = t.Type == TokenConstants.EOF || t.StartIndex < 0;
        return Buffer.LocAtIndex(Buffer.WrongTokenIndex(eof ? Buffer.Text.Length : t.StartIndex, eof));
    }

    /// <summary>MLIR's lexer errors for a stray prefix character (`%` without a name, ...), else null.</summary>
    public string? LexicalError(IToken t)
    {
        if (t.Type != G.MlirLexer.UNKNOWN) return null;
        return Span(t) switch
        {
            "%" => "invalid SSA name",
            "^" => "invalid block name",
            "@" => "expected string or identifier after @",
            "#" => "invalid attribute name",
            "!" => "invalid type identifier",
            "\"" => "expected '\"' in string literal",
            _ => $"unexpected character '{Span(t).ToString()}'",
        };
    }

    public ParseAbort SyntaxError(IToken at, string message) =>
        new(new Diagnostic(DiagnosticSeverity.Error, LexicalError(at) is null ? WrongTokenLoc(at) : Buffer.LocOf(at), message), isSyntax: true);

    // ---------------------------------------------------------------- sub-languages
    /// <summary>
    /// Runs one generated rule at the current position with cheap SLL prediction, retrying with
    /// full LL prediction from the same position if SLL reports a syntax error.
    /// </summary>
    public T Run<T>(Func<G.MlirParser, T> rule) where T : ParserRuleContext
    {
        int mark = Tokens.Mark();
        int start = Tokens.Index;
        try
        {
            Antlr.Context = null!;
            Antlr.ResetDepth();
            try
            {
                return rule(Antlr);
            }
            catch (ParseAbort e) when (e.IsSyntax)
            {
                Tokens.Seek(start);
                Antlr.Context = null!;
                Antlr.ResetDepth();
                Antlr.Interpreter.PredictionMode = PredictionMode.LL;
                try { return rule(Antlr); }
                finally { Antlr.Interpreter.PredictionMode = PredictionMode.SLL; }
            }
        }
        finally
        {
            Tokens.Release(mark);
        }
    }

    public IRType ParseType() => Trees.Type(Run(p => p.type()));
    public IRType ParseNonFunctionType() => Trees.NonFunctionType(Run(p => p.nonFunctionType()));
    public IRAttribute ParseAttribute()
    {
        // An alias reference (`#name` not followed by `<`) is looked up directly: it is common,
        // and a `:` after it belongs to the caller's syntax, not to the attribute.
        if (PeekType == G.MlirLexer.HASH_ID && Tokens.LA(2) != G.MlirLexer.LESS && Span(Peek).IndexOf('.') < 0)
        {
            var tok = Next();
            return AttributeAliases.TryGetValue(Span(tok)[1..].ToString(), out var a) ? a
                : throw ErrorAfter(tok, $"undefined symbol alias id '{Span(tok)[1..]}'");
        }
        if (PeekType == G.MlirLexer.KW_DENSE && Tokens.LA(2) == G.MlirLexer.LESS && TryDenseSplat() is { } splat) return splat;
        return Trees.Attribute(Run(p => p.attributeValue()));
    }
    public DictionaryAttr ParseDictionary() => Trees.Dictionary(Run(p => p.dictionary()));
    public void ParseDictionaryInto(List<NamedAttribute> into) => Trees.DictionaryEntries(Run(p => p.dictionary()), into);

    /// <summary>`loc(...)`; an alias that is not defined yet is deferred through <paramref name="apply"/>.</summary>
    public Location ParseLocation(Action<Location>? apply = null) => Trees.Location(Run(p => p.location()), apply);

    /// <summary>Whether the next tokens start a type (used by optional parsing).</summary>
    public bool AtTypeStart() => PeekType is G.MlirLexer.INTEGER_TYPE or G.MlirLexer.BARE_ID or G.MlirLexer.KW_COMPLEX
        or G.MlirLexer.KW_TUPLE or G.MlirLexer.TENSOR_LT or G.MlirLexer.VECTOR_LT or G.MlirLexer.MEMREF_LT
        or G.MlirLexer.EXCL_ID or G.MlirLexer.LPAREN;

    /// <summary>Whether the next token can start an attribute value.</summary>
    public bool AtAttributeStart() => PeekType is G.MlirLexer.HASH_ID or G.MlirLexer.KW_UNIT or G.MlirLexer.KW_TRUE
        or G.MlirLexer.KW_FALSE or G.MlirLexer.MINUS or G.MlirLexer.INT or G.MlirLexer.HEX_INT or G.MlirLexer.FLOAT
        or G.MlirLexer.STRING or G.MlirLexer.LSQUARE or G.MlirLexer.LBRACE or G.MlirLexer.AT_ID or G.MlirLexer.KW_DENSE
        or G.MlirLexer.KW_DENSE_RESOURCE or G.MlirLexer.KW_ARRAY or G.MlirLexer.KW_AFFINE_MAP or G.MlirLexer.KW_AFFINE_SET
        or G.MlirLexer.KW_STRIDED or G.MlirLexer.KW_DISTINCT or G.MlirLexer.KW_LOC || AtTypeStart();
}
