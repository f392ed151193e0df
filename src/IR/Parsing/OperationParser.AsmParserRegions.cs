using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary><see cref="IOpAsmParser"/>: attributes, arguments, regions and successors.</summary>
internal sealed partial class OperationParser
{
    public IRAttribute ParseAttribute(IRType? type = null) =>
        ParseOptionalAttribute(type) ?? throw s.ErrorExpected("expected attribute value");

    public IRAttribute? ParseOptionalAttribute(IRType? type = null)
    {
        // With a known type, a bare literal takes it (`arith.constant 1 : i32` parses `1` with i32).
        if (type is not null && s.PeekType is G.MlirLexer.INT or G.MlirLexer.HEX_INT or G.MlirLexer.FLOAT or G.MlirLexer.MINUS
            or G.MlirLexer.KW_TRUE or G.MlirLexer.KW_FALSE)
            return s.Trees.LiteralWithType(type);
        return s.AtAttributeStart() ? s.ParseAttribute() : null;
    }

    public void ParseOptionalAttrDict(List<NamedAttribute> result)
    {
        if (s.PeekType == G.MlirLexer.LBRACE) s.ParseDictionaryInto(result);
    }

    public void ParseOptionalAttrDictWithKeyword(List<NamedAttribute> result)
    {
        if (ParseOptionalKeyword("attributes")) s.ParseDictionaryInto(result);
    }

    public DictionaryAttr? ParseOptionalPropDict()
    {
        if (s.PeekType != G.MlirLexer.LESS || s.Tokens.LA(2) != G.MlirLexer.LBRACE) return null;
        s.Next();
        var dict = s.ParseDictionary();
        s.Expect(G.MlirLexer.GREATER, "expected '>' to close properties");
        return dict;
    }

    public Location? ParseOptionalLocationSpecifier() => s.PeekType == G.MlirLexer.KW_LOC ? s.ParseLocation() : null;

    // ---------------------------------------------------------------- region arguments
    public RegionArgument ParseArgument(bool allowType = true, bool allowAttrs = false) =>
        ParseOptionalArgument(allowType, allowAttrs) ?? throw s.ErrorExpected("expected SSA operand");

    public RegionArgument? ParseOptionalArgument(bool allowType = true, bool allowAttrs = false)
    {
        if (s.PeekType != G.MlirLexer.PERCENT_ID) return null;
        var ssa = ParseOperandUse();
        IRType? type = null;
        DictionaryAttr? attrs = null;
        Location? loc = null;
        if (allowType)
        {
            s.Expect(G.MlirLexer.COLON, "expected ':'");
            type = s.ParseType();
        }
        if (allowAttrs && s.PeekType == G.MlirLexer.LBRACE) attrs = s.ParseDictionary();
        if (s.PeekType == G.MlirLexer.KW_LOC) loc = s.ParseLocation();
        return new RegionArgument(ssa, type, attrs, loc);
    }

    public List<RegionArgument> ParseArgumentList(Delimiter delimiter, bool allowType = true, bool allowAttrs = false)
    {
        var list = new List<RegionArgument>();
        int close = OpenDelimiter(delimiter);
        if (close < 0) return list;
        if (close == 0 ? s.PeekType == G.MlirLexer.PERCENT_ID : s.PeekType != close)
        {
            do list.Add(ParseArgument(allowType, allowAttrs)); while (s.TryConsume(G.MlirLexer.COMMA));
        }
        if (close > 0) s.Expect(close, "expected ')' in argument list");
        return list;
    }

    // ---------------------------------------------------------------- regions and successors
    public void ParseRegion(Region region, IReadOnlyList<RegionArgument>? arguments = null, bool enableNameShadowing = false) =>
        ParseRegionBody(region, arguments, EnclosingIsIsolated, enableNameShadowing);

    public bool ParseOptionalRegion(Region region, IReadOnlyList<RegionArgument>? arguments = null, bool enableNameShadowing = false)
    {
        if (s.PeekType != G.MlirLexer.LBRACE) return false;
        ParseRegion(region, arguments, enableNameShadowing);
        return true;
    }

    public Block ParseSuccessor() => ParseSuccessorRef();

    public Block? ParseOptionalSuccessor() => s.PeekType == G.MlirLexer.CARET_ID ? ParseSuccessorRef() : null;

    public Block ParseSuccessorAndUseList(List<Value> operands)
    {
        var block = ParseSuccessorRef();
        if (s.TryConsume(G.MlirLexer.LPAREN))
        {
            var uses = new List<UnresolvedOperand>();
            do uses.Add(ParseOperandUse()); while (s.TryConsume(G.MlirLexer.COMMA));
            var types = ParseColonTypeList();
            s.Expect(G.MlirLexer.RPAREN, "expected ')' to end successor operands");
            ResolveOperands(uses, types, uses[0].Location, operands);
        }
        return block;
    }
}
