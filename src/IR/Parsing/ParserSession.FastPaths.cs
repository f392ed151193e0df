using Antlr4.Runtime;
using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>
/// Shortcuts for the shapes that dominate large files, taken before the generated rules: simple
/// types (`f32`, `tensor&lt;1x8x8x32xf32&gt;`) are cached by their source text, and function types
/// and attribute dictionaries of plain structure are read directly from the tokens. Whenever the
/// input is not of that plain shape, the parser rewinds and runs the generated rule, so results
/// and error messages are exactly those of the grammar.
/// </summary>
internal sealed partial class ParserSession
{
    private readonly Dictionary<string, IRType> _typeCache = new(StringComparer.Ordinal);
    private Dictionary<string, IRType>.AlternateLookup<ReadOnlySpan<char>>? _typeLookup;

    /// <summary>A type, from the cache when it is a keyword or a shaped type with a keyword element type.</summary>
    public IRType ParseTypeCached()
    {
        var lookup = _typeLookup ??= _typeCache.GetAlternateLookup<ReadOnlySpan<char>>();
        int t = PeekType;
        int length;
        if (t is G.MlirLexer.INTEGER_TYPE or G.MlirLexer.BARE_ID) length = 1;
        else if (t is G.MlirLexer.TENSOR_LT or G.MlirLexer.VECTOR_LT or G.MlirLexer.MEMREF_LT)
        {
            int k = 2;
            while (Tokens.LA(k) is G.MlirLexer.DIM_STATIC or G.MlirLexer.DIM_DYNAMIC or G.MlirLexer.DIM_SCALABLE or G.MlirLexer.DIM_UNRANKED) k++;
            if (Tokens.LA(k) is not (G.MlirLexer.INTEGER_TYPE or G.MlirLexer.BARE_ID) || Tokens.LA(k + 1) != G.MlirLexer.GREATER)
                return ParseType();
            length = k + 1;
        }
        else return ParseType();

        var first = Tokens.LT(1);
        var last = Tokens.LT(length);
        var span = Buffer.Text.AsSpan(first.StartIndex, last.StopIndex - first.StartIndex + 1);
        if (lookup.TryGetValue(span, out var cached))
        {
            for (int i = 0; i < length; i++) Tokens.Consume();
            return cached;
        }
        var type = ParseType();
        _typeCache[span.ToString()] = type;
        return type;
    }

    /// <summary>`(types) -&gt; results` read directly; falls back to the generated rule on anything unusual.</summary>
    public FunctionType ParseFunctionTypeFast()
    {
        // Same text as a function type parsed before: skip its tokens entirely.
        if (PeekType == G.MlirLexer.LPAREN && Tokens.CanSkip)
        {
            int begin = Peek.StartIndex;
            if (CachedFunctionTypeAt(begin, out int end) is { } hit)
            {
                Tokens.SkipTo(end);
                return hit;
            }
            if (end > 0)
            {
                var parsed = ParseFunctionTypeUncached();
                if (Tokens.LT(-1).StopIndex + 1 == end) _fnCache[Buffer.Text.Substring(begin, end - begin)] = parsed;
                return parsed;
            }
        }
        return ParseFunctionTypeUncached();
    }

    private readonly Dictionary<string, FunctionType> _fnCache = new(StringComparer.Ordinal);
    private Dictionary<string, FunctionType>.AlternateLookup<ReadOnlySpan<char>>? _fnLookup;
    private readonly Dictionary<string, NamedAttribute[]> _dictCache = new(StringComparer.Ordinal);
    private Dictionary<string, NamedAttribute[]>.AlternateLookup<ReadOnlySpan<char>>? _dictLookup;
    private readonly Dictionary<NamedAttribute[], DictionaryAttr> _dictAttrs = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// A whole attribute dictionary whose text was parsed before, as the interned
    /// <see cref="DictionaryAttr"/> (its tokens are skipped); null, with nothing consumed, otherwise.
    /// </summary>
    public DictionaryAttr? TryCachedDictionaryAttr()
    {
        if (PeekType != G.MlirLexer.LBRACE || !Tokens.CanSkip) return null;
        if (CachedDictionaryAt(Peek.StartIndex, out int end) is not { } attr) return null;
        Tokens.SkipTo(end);
        return attr;
    }

    /// <summary>
    /// The dictionary whose text starts at <paramref name="begin"/> if that very text was parsed
    /// before (<paramref name="end"/>: just after its `}`); null otherwise. Nothing is consumed.
    /// </summary>
    public DictionaryAttr? CachedDictionaryAt(int begin, out int end)
    {
        if (CachedDictionaryEntriesAt(begin, out end) is not { } entries) return null;
        if (!_dictAttrs.TryGetValue(entries, out var attr)) _dictAttrs[entries] = attr = DictionaryAttr.Get(Context, entries);
        return attr;
    }

    /// <summary>The entries of the dictionary text at <paramref name="begin"/> if it was parsed before; <paramref name="end"/> as <see cref="SourceScan.DictionaryEnd"/>.</summary>
    private NamedAttribute[]? CachedDictionaryEntriesAt(int begin, out int end)
    {
        end = SourceScan.DictionaryEnd(Buffer.Text, begin);
        if (end <= 0) return null;
        var lookup = _dictLookup ??= _dictCache.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(Buffer.Text.AsSpan(begin, end - begin), out var entries) ? entries : null;
    }

    /// <summary>
    /// The function type whose text starts at <paramref name="begin"/> if that very text was parsed
    /// before (<paramref name="end"/>: just after it); null otherwise. Nothing is consumed.
    /// </summary>
    public FunctionType? CachedFunctionTypeAt(int begin, out int end)
    {
        end = SourceScan.FunctionTypeEnd(Buffer.Text, begin);
        if (end <= 0) return null;
        var lookup = _fnLookup ??= _fnCache.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(Buffer.Text.AsSpan(begin, end - begin), out var hit) ? hit : null;
    }

    private FunctionType ParseFunctionTypeUncached()
    {
        int mark = Tokens.Mark();
        int start = Tokens.Index;
        try
        {
            if (TryFunctionType(out var inputs, out var results)) return FunctionType.Get(Context, inputs, results);
            Tokens.Seek(start);
            return Trees.FunctionType(Run(p => p.functionType()));
        }
        finally { Tokens.Release(mark); }
    }

    private bool TryFunctionType(out List<IRType> inputs, out List<IRType> results)
    {
        results = inputs = new List<IRType>();
        if (!TryParenTypeList(inputs) || !TryConsume(G.MlirLexer.ARROW)) return false;
        results = new List<IRType>();
        if (PeekType == G.MlirLexer.LPAREN) return TryParenTypeList(results);
        if (!AtTypeStart()) return false;
        results.Add(ParseTypeCached());
        return results[0] is not FunctionType;
    }

    private bool TryParenTypeList(List<IRType> into)
    {
        if (!TryConsume(G.MlirLexer.LPAREN)) return false;
        if (TryConsume(G.MlirLexer.RPAREN)) return true;
        do
        {
            if (!AtTypeStart()) return false;
            into.Add(ParseTypeCached());
        } while (TryConsume(G.MlirLexer.COMMA));
        return TryConsume(G.MlirLexer.RPAREN);
    }

    /// <summary>`{name = value, ...}` into <paramref name="into"/>; plain literals are read directly.</summary>
    public void ParseDictionaryFast(List<NamedAttribute> into)
    {
        // Same text as a dictionary parsed before: skip its tokens entirely.
        if (PeekType == G.MlirLexer.LBRACE && Tokens.CanSkip)
        {
            int begin = Peek.StartIndex;
            if (CachedDictionaryEntriesAt(begin, out int end) is { } hit)
            {
                Tokens.SkipTo(end);
                into.AddRange(hit);
                return;
            }
            if (end > 0)
            {
                int count = into.Count;
                ParseDictionaryUncached(into);
                if (Tokens.LT(-1).StopIndex + 1 == end)
                    _dictCache[Buffer.Text.Substring(begin, end - begin)] = into.GetRange(count, into.Count - count).ToArray();
                return;
            }
        }
        ParseDictionaryUncached(into);
    }

    private void ParseDictionaryUncached(List<NamedAttribute> into)
    {
        int mark = Tokens.Mark();
        int start = Tokens.Index;
        int count = into.Count;
        try
        {
            if (TryDictionary(into)) return;
            into.RemoveRange(count, into.Count - count);
            Tokens.Seek(start);
            ParseDictionaryInto(into);
        }
        finally { Tokens.Release(mark); }
    }

    private bool TryDictionary(List<NamedAttribute> into)
    {
        int first = into.Count;
        if (!TryConsume(G.MlirLexer.LBRACE)) return false;
        if (TryConsume(G.MlirLexer.RBRACE)) return true;
        do
        {
            if (!IsIdentifier(PeekType)) return false;
            var name = Intern(Next());
            for (int i = first; i < into.Count; i++) if (into[i].Name == name) return false;
            if (!TryConsume(G.MlirLexer.EQUAL))
            {
                into.Add(new NamedAttribute(name, UnitAttr.Get(Context)));
                continue;
            }
            var value = TryPlainLiteral() ?? (AtAttributeStart() ? ParseAttribute() : null);
            if (value is null) return false;
            into.Add(new NamedAttribute(name, value));
        } while (TryConsume(G.MlirLexer.COMMA));
        return TryConsume(G.MlirLexer.RBRACE);
    }

    /// <summary>An untyped string, `true`/`false`, or a decimal integer with a keyword type; null (nothing consumed) otherwise.</summary>
    private IRAttribute? TryPlainLiteral()
    {
        switch (PeekType)
        {
            case G.MlirLexer.STRING when Tokens.LA(2) != G.MlirLexer.COLON:
                return StringAttr.Get(Context, StringLiterals.DecodeBytes(this, Next()));
            case G.MlirLexer.KW_TRUE or G.MlirLexer.KW_FALSE:
                return BoolAttr.Get(Context, Next().Type == G.MlirLexer.KW_TRUE);
            case G.MlirLexer.INT when Tokens.LA(2) == G.MlirLexer.COLON && Tokens.LA(3) == G.MlirLexer.INTEGER_TYPE:
                var tok = Next();
                Next();
                var type = ParseTypeCached();
                return IntegerAttr.Get(Context, type, Trees.CheckedInteger(tok, false, type, "integer constant out of range for attribute"));
            default:
                return null;
        }
    }
}
