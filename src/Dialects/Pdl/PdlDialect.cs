namespace Lce.Dialects.Pdl;

using Lce.IR;
using Lce.IR.Traits;

/// <summary>
/// The `pdl` dialect of MLIR 22 (Pattern Descriptor Language): patterns, the match-side entities
/// (operand(s), attribute, type(s), operation, result(s), native constraints) and the rewrite
/// ops (rewrite, replace, erase, range, native rewrites). Patterns and rewrites default to
/// the `pdl` dialect, so nested ops print without prefix.
/// </summary>
public sealed class PdlDialect : Dialect
{
    public const string Name = "pdl";
    public override string Namespace => Name;

    public static PdlDialect Of(IRContext ctx) => ctx.GetDialect(Name) as PdlDialect ?? ctx.Register<PdlDialect>();

    private static TypeConstraint Kind(string desc, params PdlTypeKind[] kinds) =>
        new(desc, t => t is PdlType p && kinds.Contains(p.Kind));
    private static TypeConstraint RangeOf(string desc, PdlTypeKind k) =>
        new(desc, t => t is PdlType { Kind: PdlTypeKind.Range } r && r.Element!.Kind == k);
    private static TypeConstraint InstOrRange(string desc, PdlTypeKind k) =>
        new(desc, t => t is PdlType p && (p.Kind == k || (p.Kind == PdlTypeKind.Range && p.Element!.Kind == k)));

    internal static readonly TypeConstraint AnyPdl = new("pdl type", t => t is PdlType);
    internal static readonly TypeConstraint PdlAttr = Kind("PDL handle to an `mlir::Attribute`", PdlTypeKind.Attribute);
    internal static readonly TypeConstraint PdlOp = Kind("PDL handle to an `mlir::Operation *`", PdlTypeKind.Operation);
    internal static readonly TypeConstraint PdlTypeH = Kind("PDL handle to an `mlir::Type`", PdlTypeKind.Type);
    internal static readonly TypeConstraint PdlValue = Kind("PDL handle for an `mlir::Value`", PdlTypeKind.Value);
    internal static readonly TypeConstraint TypeRange = RangeOf("range of PDL handle to an `mlir::Type` values", PdlTypeKind.Type);
    internal static readonly TypeConstraint ValueRange = RangeOf("range of PDL handle for an `mlir::Value` values", PdlTypeKind.Value);
    internal static readonly TypeConstraint ValueOrRange = InstOrRange("single element or range of PDL handle for an `mlir::Value`", PdlTypeKind.Value);
    internal static readonly TypeConstraint TypeOrRange = InstOrRange("single element or range of PDL handle to an `mlir::Type`", PdlTypeKind.Type);
    internal static readonly TypeConstraint RangeOfTypeOrValue = new("range of single element or range of PDL handle to an `mlir::Type` or PDL handle for an `mlir::Value` values",
        t => t is PdlType { Kind: PdlTypeKind.Range } r && r.Element!.Kind is PdlTypeKind.Type or PdlTypeKind.Value);

    internal static readonly AttrConstraint Str = new("string attribute", a => a is StringAttr);
    internal static readonly AttrConstraint Bool = new("bool attribute", BoolAttr.IsBool);
    internal static readonly AttrConstraint StrArray = new("string array attribute", a => a is ArrayAttr arr && arr.Elements.All(e => e is StringAttr));
    internal static readonly AttrConstraint I32 = new("32-bit signless integer attribute", a => a is IntegerAttr { Type: IntegerType { Width: 32, IsSignless: true } });
    internal static readonly AttrConstraint Benefit = new("16-bit signless integer attribute whose value is non-negative",
        a => a is IntegerAttr { Type: IntegerType { Width: 16, IsSignless: true } } i && i.Value >= 0);
    internal static readonly AttrConstraint TypeAttrC = new("any type attribute", a => a is TypeAttr);
    internal static readonly AttrConstraint TypeArray = new("type array attribute", a => a is ArrayAttr arr && arr.Elements.All(e => e is TypeAttr));

    protected override void Define() => PdlOps.Define(this, Op);

    /// <summary>Parses `.attribute`, `.operation`, `.type`, `.value`, `.range&lt;value&gt;` (text after `!pdl`).</summary>
    public override IRType? ParseType(IDialectAsmParser parser)
    {
        var body = parser.Body.Trim();
        if (!body.StartsWith('.')) throw parser.Error("expected '.' after dialect namespace");
        var text = body[1..].Replace(" ", "");
        if (ParseKeywordType(parser.Context, text) is { } t) return t;
        if (text.StartsWith("range<", StringComparison.Ordinal) && text.EndsWith('>'))
        {
            var inner = text["range<".Length..^1];
            var element = ParseKeywordType(parser.Context, inner);
            if (element is null)
            {
                if (inner.StartsWith("range", StringComparison.Ordinal))
                    throw parser.Error($"element of pdl.range cannot be another range, but got!pdl.{inner}", 7);
                throw parser.Error($"invalid 'pdl' type: `{inner}'", 7);
            }
            return PdlType.Range(parser.Context, element);
        }
        int end = 0;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_')) end++;
        throw parser.Error($"invalid 'pdl' type: `{text[..end]}'", 1);
    }

    private static PdlType? ParseKeywordType(IRContext ctx, string text) => text switch
    {
        "attribute" => PdlType.Attribute(ctx),
        "operation" => PdlType.Operation(ctx),
        "type" => PdlType.TypeHandle(ctx),
        "value" => PdlType.ValueHandle(ctx),
        _ => null,
    };

    public override bool PrintType(IRType type, IDialectAsmPrinter printer)
    {
        if (type is not PdlType p) return false;
        printer.Write("." + p.Mnemonic);
        return true;
    }
}
