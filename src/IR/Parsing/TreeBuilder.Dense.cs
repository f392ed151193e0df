using Antlr4.Runtime;
using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>
/// `dense&lt;...&gt; : type`: nested lists, splats, `"0x..."` hex (decoded straight from the source
/// text into the storage array), complex pairs and strings, with MLIR's shape and type checks.
/// </summary>
internal sealed partial class TreeBuilder
{
    private IRAttribute DenseAttr(G.MlirParser.DenseAttrContext c)
    {
        var type = Type(c.type());
        if (type is not (RankedTensorType or IR.VectorType) || type is ShapedType { HasStaticShape: false })
            throw s.Error(c.type().Start, "elements literal type must have static shape");
        var shaped = (ShapedType)type;
        var lit = c.denseLiteral();
        if (lit is null)
        {
            if (shaped.NumElements != 0)
                throw s.Error(c.Start, $"parsed zero elements, but type ('{type}') expected at least 1");
            return IsStringElement(shaped.ElementType)
                ? DenseStringElementsAttr.Get(Ctx, shaped, [])
                : DenseElementsAttr.FromRaw(Ctx, shaped, [], isSplat: false);
        }
        switch (lit)
        {
            case G.MlirParser.DenseStringContext str:
                return DenseFromString(c.Start, str.STRING().Symbol, shaped);
            case G.MlirParser.DenseSplatContext splat:
                return DenseFromElements(c.Start, shaped, [splat.denseElement()], [], isSplat: true);
            default:
                var list = ((G.MlirParser.DenseNestedContext)lit).denseList();
                var shape = new List<long>();
                var items = new List<ParserRuleContext>();
                var strings = new List<IToken>();
                FlattenDenseList(list, 0, shape, items, strings);
                if (!shape.SequenceEqual(shaped.Shape))
                    throw s.Error(c.Start, $"inferred shape of elements literal ([{string.Join(", ", shape)}]) does not match type ([{string.Join(", ", shaped.Shape)}])");
                if (strings.Count > 0)
                {
                    if (items.Count > 0) throw s.Error(items[0].Start, "expected string elements");
                    return DenseStringElementsAttr.Get(Ctx, shaped, strings.Select(t => StringLiterals.DecodeBytes(s, t)).ToArray());
                }
                return DenseFromElements(c.Start, shaped, items, shape, isSplat: false);
        }
    }

    /// <summary>
    /// The splat `dense&lt;number&gt; : type` for the session's direct path; null (for the generated
    /// rule to report) when the element type takes strings. Numeric errors are those of the rule.
    /// </summary>
    public IRAttribute? DenseSplat(ShapedType type, bool negative, IToken number)
    {
        var element = type.ElementType;
        if (IsStringElement(element)) return null;
        var data = new byte[DenseElementsAttr.ElementByteWidthOf(element)];
        var target = element is ComplexType c ? c.ElementType : element;
        WriteNumber(negative, number, target, data.AsSpan(0, DenseElementsAttr.ElementByteWidthOf(target)));
        return DenseElementsAttr.FromRaw(Ctx, type, data, isSplat: true);
    }

    private static bool IsStringElement(IRType t) => t is not (IR.IntegerType or IndexType or FloatType or ComplexType);

    /// <summary>Collects the leaves in order and infers the shape, checking that sibling lists agree.</summary>
    private void FlattenDenseList(G.MlirParser.DenseListContext list, int depth, List<long> shape, List<ParserRuleContext> items, List<IToken> strings)
    {
        var children = list.denseItem();
        if (depth == shape.Count) shape.Add(children.Length);
        else if (shape[depth] != children.Length)
            throw s.Error(list.Start, "tensor literal is invalid; ranks are not consistent between elements");
        bool? nested = null;
        foreach (var item in children)
        {
            bool isList = item.denseList() is not null;
            if ((nested ??= isList) != isList || (!isList && shape.Count > depth + 1))
                throw s.Error(item.Start, "tensor literal is invalid; ranks are not consistent between elements");
            if (isList) FlattenDenseList(item.denseList(), depth + 1, shape, items, strings);
            else if (item.STRING() is { } str) strings.Add(str.Symbol);
            else items.Add(item.denseElement());
        }
        if (nested == false && shape.Count > depth + 1)
            throw s.Error(list.Start, "tensor literal is invalid; ranks are not consistent between elements");
    }

    private IRAttribute DenseFromElements(IToken at, ShapedType type, IReadOnlyList<ParserRuleContext> items, List<long> shape, bool isSplat)
    {
        var element = type.ElementType;
        if (IsStringElement(element)) throw s.Error(items.Count > 0 ? items[0].Start : at, "expected string elements");
        int ew = DenseElementsAttr.ElementByteWidthOf(element);
        var data = new byte[items.Count * ew];
        for (int i = 0; i < items.Count; i++) WriteDenseElement((G.MlirParser.DenseElementContext)items[i], element, data.AsSpan(i * ew, ew));
        return DenseElementsAttr.FromRaw(Ctx, type, data, isSplat);
    }

    private void WriteDenseElement(G.MlirParser.DenseElementContext e, IRType element, Span<byte> dest)
    {
        switch (e)
        {
            case G.MlirParser.DenseComplexContext cx:
                if (element is not ComplexType ct) throw s.Error(cx.Start, "complex value not valid for element type");
                int half = dest.Length / 2;
                var parts = cx.denseScalar();
                WriteScalar(parts[0], ct.ElementType, dest[..half]);
                WriteScalar(parts[1], ct.ElementType, dest[half..]);
                break;
            case G.MlirParser.DenseBoolContext b:
                if (element is not IR.IntegerType { Width: 1 }) throw s.Error(b.Start, "expected i1 type for 'true' or 'false' values");
                dest[0] = (byte)(b.KW_TRUE() is not null ? 1 : 0);
                break;
            case G.MlirParser.DenseNumberContext n:
                var target = element is ComplexType c2 ? c2.ElementType : element;
                WriteNumber(n.MINUS() is not null, (n.INT() ?? n.HEX_INT() ?? n.FLOAT()).Symbol, target, dest[..DenseElementsAttr.ElementByteWidthOf(target)]);
                break;
        }
    }

    private void WriteScalar(G.MlirParser.DenseScalarContext sc, IRType element, Span<byte> dest)
    {
        if (sc.KW_TRUE() is not null || sc.KW_FALSE() is not null)
        {
            if (element is not IR.IntegerType { Width: 1 }) throw s.Error(sc.Start, "expected i1 type for 'true' or 'false' values");
            dest[0] = (byte)(sc.KW_TRUE() is not null ? 1 : 0);
            return;
        }
        WriteNumber(sc.MINUS() is not null, (sc.INT() ?? sc.HEX_INT() ?? sc.FLOAT()).Symbol, element, dest);
    }

    private void WriteNumber(bool negative, IToken tok, IRType element, Span<byte> dest)
    {
        if (element is FloatType ft)
        {
            UInt128 bits = tok.Type switch
            {
                G.MlirLexer.HEX_INT when negative => throw s.Error(tok, "hexadecimal float literal should not have a leading minus"),
                G.MlirLexer.HEX_INT => HexFloatBits(tok, ft.Semantics),
                _ => ParseFloat(tok, negative, ft.Semantics),
            };
            WriteLittleEndian(dest, bits);
            return;
        }
        if (tok.Type == G.MlirLexer.FLOAT) throw s.Error(tok, "expected integer elements, but parsed floating-point");
        var v = CheckedInteger(tok, negative, element, "integer constant out of range for type");
        WriteLittleEndian(dest, v);
    }

    /// <summary>`dense&lt;"0x..."&gt;` (raw storage, or a splat of one element) or a string splat.</summary>
    private IRAttribute DenseFromString(IToken denseTok, IToken str, ShapedType type)
    {
        var text = s.Span(str);
        bool isHex = text.Length >= 4 && text[1] == '0' && text[2] == 'x';
        if (!isHex || IsStringElement(type.ElementType))
        {
            if (!IsStringElement(type.ElementType)) throw s.Error(str, "expected string containing hex digits starting with `0x`");
            return DenseStringElementsAttr.Get(Ctx, type, [StringLiterals.DecodeBytes(s, str)]);
        }
        byte[] raw;
        try { raw = Convert.FromHexString(text[3..^1]); }
        catch (FormatException) { throw s.Error(str, "expected string containing hex digits starting with `0x`"); }
        long n = type.NumElements;
        int ew = DenseElementsAttr.ElementByteWidthOf(type.ElementType);
        string invalid = $"elements hex data size is invalid for provided type: '{type}'";
        if (type.ElementType is IR.IntegerType { Width: 1 })
            return DenseElementsAttr.FromRaw(Ctx, type, UnpackBits(raw, n) ?? throw s.Error(denseTok, invalid), isSplat: false);
        if (raw.LongLength == n * ew) return DenseElementsAttr.FromRaw(Ctx, type, raw, isSplat: false);
        if (raw.Length == ew) return DenseElementsAttr.FromRaw(Ctx, type, raw, isSplat: true);
        throw s.Error(denseTok, invalid);
    }

    /// <summary>i1 hex data is bit-packed (LSB first); one byte 0x00/0xFF is a splat of any size.</summary>
    private static byte[]? UnpackBits(byte[] raw, long n)
    {
        if (raw.Length == 1 && raw[0] is 0 or 0xFF && n > 8)
        {
            var all = new byte[n];
            if (raw[0] != 0) all.AsSpan().Fill(1);
            return all;
        }
        if (raw.LongLength != (n + 7) / 8) return null;
        var bytes = new byte[n];
        for (long i = 0; i < n; i++) bytes[i] = (byte)((raw[i >> 3] >> (int)(i & 7)) & 1);
        return bytes;
    }
}
