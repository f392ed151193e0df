using Antlr4.Runtime.Tree;
using Lce.IR.Affine;
using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>Builtin attributes (dense literals and locations have their own files).</summary>
internal sealed partial class TreeBuilder
{
    private readonly Dictionary<long, DistinctAttr> _distinct = new();

    public IRAttribute Attribute(G.MlirParser.AttributeValueContext c) => c switch
    {
        G.MlirParser.DialectOrAliasAttrContext d => DialectOrAliasAttr(d),
        G.MlirParser.UnitAttrContext => UnitAttr.Get(Ctx),
        G.MlirParser.BoolAttrContext b => BoolAttr.Get(Ctx, b.KW_TRUE() is not null),
        G.MlirParser.NumberAttrContext n => NumberAttr(n),
        G.MlirParser.StringAttrContext st => StringAttr.Get(Ctx, StringLiterals.DecodeBytes(s, st.STRING().Symbol), st.type() is { } t ? Type(t) : null),
        G.MlirParser.ArrayAttrContext a => ArrayAttr.Get(Ctx, a.attributeValue().Select(Attribute)),
        G.MlirParser.DictionaryAttrContext d => Dictionary(d.dictionary()),
        G.MlirParser.SymbolRefAttrContext r => SymbolRef(r.symbolRef()),
        G.MlirParser.DenseAttrContext d => DenseAttr(d),
        G.MlirParser.DenseResourceAttrContext r => DenseResource(r),
        G.MlirParser.DenseArrayAttrContext a => DenseArray(a),
        G.MlirParser.AffineMapAttrContext m => AffineBody(m.LESS(), m.GREATER(), isSet: false),
        G.MlirParser.AffineSetAttrContext m => AffineBody(m.LESS(), m.GREATER(), isSet: true),
        G.MlirParser.StridedAttrContext st => Strided(st),
        G.MlirParser.DistinctAttrContext d => Distinct(d),
        G.MlirParser.LocationAttrContext l => Location(l.location(), null),
        G.MlirParser.TypeAttrContext t => TypeAttr.Get(Ctx, Type(t.type())),
        _ => throw s.Error(c.Start, "expected attribute value"),
    };

    private IRAttribute DialectOrAliasAttr(G.MlirParser.DialectOrAliasAttrContext c)
    {
        var tok = c.Start;
        var name = s.Span(tok)[1..];
        var body = c.dialectBody() is { } b ? s.Buffer.Slice(b.Start, b.Stop) : "";
        if (body.Length == 0 && !name.Contains('.'))
        {
            var alias = name.ToString();
            if (!s.AttributeAliases.TryGetValue(alias, out var a)) throw s.ErrorAfter(tok, $"undefined symbol alias id '{alias}'");
            // An alias takes no `: type`: the colon is an error of the enclosing syntax.
            if (c.COLON() is { } colon) throw s.Error(s.WrongTokenLoc(colon.Symbol), StrayColonMessage(c.Parent));
            return a;
        }
        var type = c.type() is { } t ? Type(t) : null;
        return DialectSymbols.ResolveAttribute(s, tok, name, body, type);
    }

    /// <summary>What MLIR expects after an attribute, by the construct that contains it.</summary>
    private static string StrayColonMessage(Antlr4.Runtime.RuleContext? parent) => parent switch
    {
        G.MlirParser.DictEntryContext => "expected '}' in attribute dictionary",
        G.MlirParser.ArrayAttrContext => "expected ',' or ']'",
        G.MlirParser.DistinctAttrContext => "expected '>' to close distinct attribute",
        G.MlirParser.FusedLocContext => "expected '>' after fused location metadata",
        G.MlirParser.TensorTypeContext => "expected '>' in tensor type",
        G.MlirParser.MemrefTypeContext => "expected ',' or '>'",
        _ => "expected attribute value",
    };

    public DictionaryAttr Dictionary(G.MlirParser.DictionaryContext c)
    {
        var list = new List<NamedAttribute>(c.dictEntry().Length);
        DictionaryEntries(c, list);
        return DictionaryAttr.Get(Ctx, list);
    }

    public void DictionaryEntries(G.MlirParser.DictionaryContext c, List<NamedAttribute> into)
    {
        int first = into.Count;
        foreach (var e in c.dictEntry())
        {
            var nameTok = e.Start;
            string name = nameTok.Type == G.MlirLexer.STRING ? StringLiterals.DecodeText(s, nameTok) : s.Intern(nameTok);
            if (name.Length == 0) throw s.Error(nameTok, "expected valid attribute name");
            for (int i = first; i < into.Count; i++)
                if (into[i].Name == name) throw s.Error(nameTok, $"duplicate key '{name}' in dictionary attribute");
            var value = e.attributeValue() is { } v ? Attribute(v) : UnitAttr.Get(Ctx);
            into.Add(new NamedAttribute(name, value));
        }
    }

    private SymbolRefAttr SymbolRef(G.MlirParser.SymbolRefContext c)
    {
        var parts = c.AT_ID().Select(t => SymbolName(t.Symbol)).ToArray();
        return SymbolRefAttr.Get(Ctx, parts[0], parts[1..]);
    }

    /// <summary>The name of an `@name` / `@"quoted name"` token.</summary>
    public string SymbolName(Antlr4.Runtime.IToken tok)
    {
        var text = s.Span(tok)[1..];
        if (text.Length > 0 && text[0] == '"')
        {
            var bytes = StringLiterals.Decode(text, out _) ?? throw s.Error(tok, "unknown escape in string literal");
            return System.Text.Encoding.UTF8.GetString(bytes);
        }
        return s.Names.Intern(text);
    }

    private IRAttribute DenseResource(G.MlirParser.DenseResourceAttrContext c)
    {
        // The key is a keyword or a string (MLIR's parseOptionalKeywordOrString): `dense_resource<"a b">`.
        var key = c.STRING() is { } str ? StringLiterals.DecodeText(s, str.Symbol) : s.Intern(c.anyIdent().Start);
        var type = Type(c.type());
        if (type is not ShapedType shaped) throw s.Error(c.type().Start, "expected a shaped type for dense_resource");
        return DenseResourceElementsAttr.Get(Ctx, shaped, Ctx.Resources.GetOrCreate(key));
    }

    private IRAttribute DenseArray(G.MlirParser.DenseArrayAttrContext c)
    {
        var type = Type(c.type());
        var elements = c.arrayElement();
        int width = type switch
        {
            IR.IntegerType it => it.Width,
            FloatType ft => ft.Width,
            _ => throw s.Error(c.type().Start, "expected integer or float type, got: " + type),
        };
        int bytesPer = width == 1 ? 1 : (width + 7) / 8;
        var data = new byte[elements.Length * bytesPer];
        for (int i = 0; i < elements.Length; i++)
        {
            var e = elements[i];
            var span = data.AsSpan(i * bytesPer, bytesPer);
            bool neg = e.MINUS() is not null;
            if (e.KW_TRUE() is not null || e.KW_FALSE() is not null)
            {
                if (width != 1) throw s.Error(e.Start, "expected integer literal");
                span[0] = (byte)(e.KW_TRUE() is not null ? 1 : 0);
            }
            else if (type is FloatType ft)
            {
                var tok = (e.FLOAT() ?? e.INT() ?? e.HEX_INT()).Symbol;
                UInt128 bits = tok.Type == G.MlirLexer.HEX_INT ? HexFloatBits(tok, ft.Semantics)
                    : ParseFloat(tok, neg, ft.Semantics);
                WriteLittleEndian(span, bits);
            }
            else
            {
                if (e.FLOAT() is not null) throw s.Error(e.FLOAT().Symbol, "expected integer literal");
                var v = CheckedInteger((e.INT() ?? e.HEX_INT()).Symbol, neg, type, "integer constant out of range for type");
                WriteLittleEndian(span, v);
            }
        }
        return DenseArrayAttr.Get(Ctx, type, elements.Length, data);
    }

    public static void WriteLittleEndian(Span<byte> dest, UInt128 bits)
    {
        for (int k = 0; k < dest.Length; k++) { dest[k] = (byte)bits; bits >>= 8; }
    }

    public static void WriteLittleEndian(Span<byte> dest, System.Numerics.BigInteger v)
    {
        dest.Fill(v.Sign < 0 ? (byte)0xFF : (byte)0);
        var bytes = v.ToByteArray(); // little-endian two's complement
        bytes.AsSpan(0, Math.Min(bytes.Length, dest.Length)).CopyTo(dest);
    }

    /// <summary>Hands the exact text between `affine_map&lt;`/`affine_set&lt;` and `&gt;` to the affine parser.</summary>
    private IRAttribute AffineBody(ITerminalNode less, ITerminalNode greater, bool isSet)
    {
        int start = less.Symbol.StopIndex + 1, end = greater.Symbol.StartIndex;
        var body = s.Buffer.Text[start..end];
        string? error; int offset;
        IRAttribute? result = isSet
            ? AffineParser.ParseSet(body, out error, out offset) is { } set ? IntegerSetAttr.Get(Ctx, set) : null
            : AffineParser.ParseMap(body, out error, out offset) is { } map ? AffineMapAttr.Get(Ctx, map) : null;
        return result ?? throw s.Error(s.Buffer.LocAtIndex(start + Math.Max(0, offset)), error ?? "invalid affine body");
    }

    private IRAttribute Strided(G.MlirParser.StridedAttrContext c)
    {
        var values = c.strideValue();
        bool hasOffset = c.KW_OFFSET() is not null;
        int n = hasOffset ? values.Length - 1 : values.Length;
        var strides = new long[n];
        for (int i = 0; i < n; i++) strides[i] = StrideValue(values[i]);
        long offset = hasOffset ? StrideValue(values[^1]) : 0;
        return StridedLayoutAttr.Get(Ctx, offset, strides);
    }

    private long StrideValue(G.MlirParser.StrideValueContext v)
    {
        if (v.QUESTION() is not null) return ShapedType.Dynamic;
        var tok = v.INT().Symbol;
        if (!long.TryParse(s.Span(tok), out long x)) throw s.Error(tok, "integer value too large");
        return v.MINUS() is not null ? -x : x;
    }

    private IRAttribute Distinct(G.MlirParser.DistinctAttrContext c)
    {
        var idTok = c.INT().Symbol;
        if (!long.TryParse(s.Span(idTok), out long id)) throw s.Error(idTok, "expected an integer identifier");
        var referenced = c.attributeValue() is { } v ? Attribute(v) : UnitAttr.Get(Ctx);
        if (_distinct.TryGetValue(id, out var prior))
        {
            if (!ReferenceEquals(prior.Referenced, referenced))
                throw s.Error(c.Start, "referenced attribute does not match previous definition: " + prior.Referenced);
            return prior;
        }
        return _distinct[id] = DistinctAttr.Create(Ctx, referenced);
    }
}
