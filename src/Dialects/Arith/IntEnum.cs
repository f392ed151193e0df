namespace Lce.Dialects.Arith;

using Lce.IR;

/// <summary>
/// An integer enum stored as a signless integer attribute (ODS I64EnumAttr / I32EnumAttr):
/// generic form `predicate = 6 : i64`, custom form the case keyword `ult`.
/// </summary>
public sealed class IntEnum
{
    public int Width { get; }
    public IReadOnlyList<string> Cases { get; }
    /// <summary>The constraint wording, e.g. "allowed 64-bit signless integer cases: 0, 1, 2".</summary>
    public string Description { get; }

    /// <summary>Cases numbered 0, 1, 2, ... in order.</summary>
    public IntEnum(int width, IReadOnlyList<string> cases, string? description = null)
    {
        Width = width; Cases = cases;
        Description = description ?? $"allowed {width}-bit signless integer cases: {string.Join(", ", Enumerable.Range(0, cases.Count))}";
    }

    public int? Symbolize(string keyword)
    {
        for (int i = 0; i < Cases.Count; i++) if (Cases[i] == keyword) return i;
        return null;
    }

    public string? Stringify(long value) => value >= 0 && value < Cases.Count ? Cases[(int)value] : null;

    public IntegerAttr Get(IRContext ctx, int value) => IntegerAttr.Get(ctx, IntegerType.Get(ctx, Width), value);

    /// <summary>The case of an attribute, or null if it is not a valid case of this enum.</summary>
    public int? ValueOf(IRAttribute? a) =>
        a is IntegerAttr { Type: IntegerType { IsSignless: true } t } i && t.Width == Width && i.Value >= 0 && i.Value < Cases.Count
            ? (int)i.Value : null;

    public AttrConstraint Constraint => new(Description, a => ValueOf(a) is not null);

    /// <summary>The keyword syntax ODS generates for `$attrName` of this enum in an assembly format.</summary>
    public AttrSyntax SyntaxFor(string attrName)
    {
        string expected = $"expected string or keyword containing one of the following enum values for attribute '{attrName}' [{string.Join(", ", Cases)}]";
        IRAttribute? ParseOpt(IOpAsmParser p)
        {
            foreach (var c in Cases)
                if (p.PeekKeyword(c)) { p.ParseKeyword(c); return Get(p.Context, Symbolize(c)!.Value); }
            return null;
        }
        IRAttribute Parse(IOpAsmParser p)
        {
            var loc = p.CurrentLocation;
            if (p.ParseOptionalString() is { } str)
                return Symbolize(str) is { } sv ? Get(p.Context, sv)
                    : throw p.Error(loc, $"invalid {attrName} attribute specification: \"{str}\"");
            return ParseOpt(p) ?? throw p.Error(loc, expected);
        }
        return new AttrSyntax(attrName, ParseOpt, Parse,
            (a, printer) => printer.Write(Stringify(((IntegerAttr)a).Int64) ?? ((IntegerAttr)a).Value.ToString()));
    }
}
