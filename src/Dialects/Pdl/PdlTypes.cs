namespace Lce.Dialects.Pdl;

using Lce.IR;

/// <summary>The kinds of PDL handle types.</summary>
public enum PdlTypeKind { Attribute, Operation, Type, Value, Range }

/// <summary>`!pdl.attribute`, `!pdl.operation`, `!pdl.type`, `!pdl.value` and `!pdl.range&lt;T&gt;`.</summary>
public sealed class PdlType : DialectType
{
    private readonly PdlDialect _dialect;
    public override Dialect Dialect => _dialect;
    public PdlTypeKind Kind { get; }
    /// <summary>The element of a range type; null otherwise.</summary>
    public PdlType? Element { get; }

    private PdlType(PdlDialect d, PdlTypeKind kind, PdlType? element) { _dialect = d; Kind = kind; Element = element; }

    public static PdlType Get(IRContext ctx, PdlTypeKind kind) => ctx.Intern(new PdlType(PdlDialect.Of(ctx), kind, null));
    public static PdlType Range(IRContext ctx, PdlType element) => ctx.Intern(new PdlType(PdlDialect.Of(ctx), PdlTypeKind.Range, element));

    public static PdlType Attribute(IRContext ctx) => Get(ctx, PdlTypeKind.Attribute);
    public static PdlType Operation(IRContext ctx) => Get(ctx, PdlTypeKind.Operation);
    public static PdlType TypeHandle(IRContext ctx) => Get(ctx, PdlTypeKind.Type);
    public static PdlType ValueHandle(IRContext ctx) => Get(ctx, PdlTypeKind.Value);

    public string Mnemonic => Kind switch
    {
        PdlTypeKind.Attribute => "attribute",
        PdlTypeKind.Operation => "operation",
        PdlTypeKind.Type => "type",
        PdlTypeKind.Value => "value",
        _ => $"range<{Element!.Mnemonic}>",
    };

    /// <summary>getRangeElementTypeOrSelf.</summary>
    public static IRType ElementOrSelf(IRType t) => t is PdlType { Kind: PdlTypeKind.Range } r ? r.Element! : t;

    public override bool Equals(object? o) => o is PdlType t && t.Kind == Kind && Equals(t.Element, Element);
    protected override int ComputeHash() => HashCode.Combine(0x9d1, Kind, Element);
}
