using Antlr4.Runtime;
using Lce.IR.Numerics;
using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>
/// Turns the parse trees of the generated rules into interned IR objects. One partial file per
/// sub-language: types here, then attributes, numbers, dense literals and locations.
/// </summary>
internal sealed partial class TreeBuilder(ParserSession s)
{
    private IRContext Ctx => s.Context;

    public IRType Type(G.MlirParser.TypeContext c) =>
        c.functionType() is { } f ? FunctionType(f) : NonFunctionType(c.nonFunctionType());

    public FunctionType FunctionType(G.MlirParser.FunctionTypeContext c)
    {
        var inputs = TypeList(c.typeList());
        IRType[] results = c.functionResults() switch
        {
            G.MlirParser.ParenResultsContext p => TypeList(p.typeList()),
            G.MlirParser.SingleResultContext r => [NonFunctionType(r.nonFunctionType())],
            _ => throw s.Error(c.Start, "expected function result types"),
        };
        return IR.FunctionType.Get(Ctx, inputs, results);
    }

    public IRType[] TypeList(G.MlirParser.TypeListContext? c)
    {
        if (c is null) return [];
        var types = c.type();
        var result = new IRType[types.Length];
        for (int i = 0; i < types.Length; i++) result[i] = Type(types[i]);
        return result;
    }

    public IRType NonFunctionType(G.MlirParser.NonFunctionTypeContext c) => c switch
    {
        G.MlirParser.IntegerTypeContext i => IntegerType(i.Start),
        G.MlirParser.KeywordTypeContext k => KeywordType(k.Start),
        G.MlirParser.ComplexTypeContext cx => ComplexOf(cx),
        G.MlirParser.TupleTypeContext t => TupleType.Get(Ctx, TypeList(t.typeList())),
        G.MlirParser.TensorTypeContext t => TensorType(t),
        G.MlirParser.VectorTypeContext v => VectorType(v),
        G.MlirParser.MemrefTypeContext m => MemRefType(m),
        G.MlirParser.DialectTypeContext d => DialectSymbolType(d),
        _ => throw s.Error(c.Start, "expected non-function type"),
    };

    private IRType IntegerType(IToken t)
    {
        var text = s.Span(t);
        var sign = text[0] switch { 's' => Signedness.Signed, 'u' => Signedness.Unsigned, _ => Signedness.Signless };
        var digits = text[(sign == Signedness.Signless ? 1 : 2)..];
        if (!int.TryParse(digits, out int width) || width > IR.IntegerType.MaxWidth)
            throw s.Error(t, $"integer bitwidth is limited to {IR.IntegerType.MaxWidth} bits");
        return IR.IntegerType.Get(Ctx, width, sign);
    }

    private IRType KeywordType(IToken t)
    {
        var name = s.Span(t);
        if (name.SequenceEqual("index")) return IndexType.Get(Ctx);
        if (name.SequenceEqual("none")) return NoneType.Get(Ctx);
        if (FloatSemantics.FromName(name.ToString()) is { } sem) return FloatType.Get(Ctx, sem);
        throw s.Error(t, "expected non-function type");
    }

    /// <summary>Dimensions of a shaped type; returns null for the unranked `*x` form.</summary>
    private long[]? Dimensions(G.MlirParser.DimensionContext[] dims, List<bool>? scalable, string kind)
    {
        var shape = new long[dims.Length];
        for (int i = 0; i < dims.Length; i++)
        {
            var tok = dims[i].Start;
            var text = s.Span(tok);
            switch (tok.Type)
            {
                case G.MlirLexer.DIM_UNRANKED:
                    if (dims.Length != 1 || kind == "vector") throw s.Error(tok, kind == "vector" ? "expected dimension size in vector type" : "expected only '*x' in unranked shape");
                    return null;
                case G.MlirLexer.DIM_DYNAMIC:
                    if (kind == "vector") throw s.Error(tok, "expected static shape");
                    shape[i] = ShapedType.Dynamic;
                    scalable?.Add(false);
                    break;
                case G.MlirLexer.DIM_SCALABLE:
                    if (scalable is null) throw s.Error(tok, "expected static shape");
                    shape[i] = Size(tok, text[1..text.IndexOf(']')]);
                    scalable.Add(true);
                    break;
                default:
                    shape[i] = Size(tok, text[..^1]);
                    scalable?.Add(false);
                    break;
            }
        }
        return shape;
    }

    private long Size(IToken tok, ReadOnlySpan<char> digits) =>
        long.TryParse(digits, out long v) && v >= 0 ? v : throw s.Error(tok, "invalid dimension");

    private IRType TensorType(G.MlirParser.TensorTypeContext c)
    {
        var shape = Dimensions(c.dimension(), null, "tensor");
        var element = Type(c.type());
        if (!ElementTypes.IsValidTensorElement(element)) throw s.Error(c.type().Start, "invalid tensor element type");
        var encoding = c.attributeValue() is { } e ? Attribute(e) : null;
        if (shape is null)
        {
            if (encoding is not null) throw s.Error(c.attributeValue().Start, "cannot apply encoding to unranked tensor");
            return UnrankedTensorType.Get(Ctx, element);
        }
        return RankedTensorType.Get(Ctx, shape, element, encoding);
    }

    private IRType ComplexOf(G.MlirParser.ComplexTypeContext c)
    {
        var element = Type(c.type());
        if (!ElementTypes.IsValidComplexElement(element)) throw s.Error(c.type().Start, "invalid element type for complex");
        return IR.ComplexType.Get(Ctx, element);
    }

    private IRType VectorType(G.MlirParser.VectorTypeContext c)
    {
        var scalable = new List<bool>();
        var shape = Dimensions(c.dimension(), scalable, "vector")!;
        var element = Type(c.type());
        if (Array.IndexOf(shape, 0L) >= 0)
            throw s.Error(c.Start, "vector types must have positive constant sizes but got " + string.Join(", ", shape));
        if (!ElementTypes.IsValidVectorElement(element))
            throw s.Error(c.Start, "failed to verify 'elementType': VectorElementTypeInterface instance");
        return IR.VectorType.Get(Ctx, shape, element, scalable);
    }

    private IRType MemRefType(G.MlirParser.MemrefTypeContext c)
    {
        var shape = Dimensions(c.dimension(), null, "memref");
        var element = Type(c.type());
        if (!ElementTypes.IsValidMemRefElement(element)) throw s.Error(c.type().Start, "invalid memref element type");
        var attrs = c.attributeValue();
        IRAttribute? layout = null, space = null;
        for (int i = 0; i < attrs.Length; i++)
        {
            var a = Attribute(attrs[i]);
            bool isLayout = a is AffineMapAttr or StridedLayoutAttr;
            if (isLayout && layout is null && space is null && shape is not null) layout = a;
            else if (!isLayout && space is null) space = a;
            else throw s.Error(attrs[i].Start, isLayout ? "expected memory space after layout" : "multiple memory spaces specified in memref type");
        }
        // Memory space 0 is the default space, stored as "none" (MLIR's skipDefaultMemorySpace).
        if (space is IntegerAttr { Value.IsZero: true }) space = null;
        return shape is null ? UnrankedMemRefType.Get(Ctx, element, space) : IR.MemRefType.Get(Ctx, shape, element, layout, space);
    }

    private IRType DialectSymbolType(G.MlirParser.DialectTypeContext c)
    {
        var tok = c.Start;
        var name = s.Span(tok)[1..];
        var body = c.dialectBody() is { } b ? s.Buffer.Slice(b.Start, b.Stop) : "";
        if (body.Length == 0 && !name.Contains('.'))
        {
            var alias = name.ToString();
            return s.TypeAliases.TryGetValue(alias, out var t) ? t : throw s.ErrorAfter(tok, $"undefined symbol alias id '{alias}'");
        }
        return DialectSymbols.ResolveType(s, tok, name, body);
    }
}
