namespace Lce.Dialects.Memref;

using Lce.IR;
using Lce.IR.Traits;

/// <summary>
/// The `memref` dialect subset: alloc, alloca, dealloc, dim, load, store and cast, with MLIR
/// 22's syntax (`%alloc = memref.alloc(%n)[%s] : memref&lt;?xf32, #map&gt;`) and result name
/// hints (`%alloc`, `%alloca`, `%dim`, `%cast`).
/// </summary>
public sealed class MemrefDialect : Dialect
{
    public const string Name = "memref";
    public override string Namespace => Name;

    /// <summary>The dialect's ops and regions may all be inlined (as MLIR's inliner interface for it).</summary>
    public override DialectInlinerInterface InlinerInterface { get; } = new AllLegalInlinerInterface();

    internal static readonly TypeConstraint Index = new("index", t => t is IndexType);
    internal static readonly TypeConstraint AnyMemRef = new("memref of any type values", t => t is MemRefType);
    internal static readonly TypeConstraint AnyRankedOrUnrankedMemRef =
        new("ranked or unranked memref of any type values", t => t is MemRefType or UnrankedMemRefType);
    internal static readonly TypeConstraint DimSource = new(
        "unranked.memref of any type values or non-0-ranked.memref of any type values",
        t => t is UnrankedMemRefType || t is MemRefType { Rank: > 0 });
    internal static readonly AttrConstraint Alignment = new(
        "64-bit signless integer attribute whose minimum value is 0",
        a => a is IntegerAttr { Type: IntegerType { Width: 64, IsSignless: true } } i && i.Value >= 0);
    internal static readonly AttrConstraint PositiveAlignment = new(
        "64-bit signless integer attribute whose value is positive",
        a => a is IntegerAttr { Type: IntegerType { Width: 64, IsSignless: true } } i && i.Value > 0);
    internal static readonly AttrConstraint Bool = new("bool attribute", BoolAttr.IsBool);

    protected override void Define()
    {
        foreach (var m in new[] { "alloc", "alloca" })
            Op(m).Counts(null, 1)
                .VariadicOperand("dynamicSizes", Index)
                .VariadicOperand("symbolOperands", Index)
                .OptionalProp("alignment", Alignment)
                .Result("memref", AnyMemRef)
                .Trait(AttrSizedOperandSegments.Instance)
                .Parser(MemrefOps.ParseAlloc)
                .Printer(MemrefOps.PrintAlloc)
                .Names((op, set) => set(op.GetResult(0), m))
                .Effects(op => [new MemoryEffect(MemoryEffectKind.Allocate, op.GetResult(0),
                    m == "alloca" ? MemoryEffect.AutomaticAllocationScopeResource : MemoryEffect.DefaultResource)])
                .Verify(MemrefOps.VerifyAlloc);

        Op("dealloc").Counts(1, 0)
            .Operand("memref", AnyRankedOrUnrankedMemRef)
            .Effects(op => [new MemoryEffect(MemoryEffectKind.Free, op.GetOperand(0))])
            .Format("$memref attr-dict `:` type($memref)");

        Op("dim").Counts(2, 1)
            .Operand("source", DimSource).Operand("index", Index).Result("result", Index)
            .Trait(Pure.Instance)
            .TypeFrom("result", "source", (ctx, _) => IndexType.Get(ctx))
            .TypeFrom("index", "source", (ctx, _) => IndexType.Get(ctx))
            .Format("attr-dict $source `,` $index `:` type($source)")
            .Names((op, set) => set(op.GetResult(0), "dim"));

        Op("load").Counts(null, 1)
            .Operand("memref", AnyMemRef)
            .VariadicOperand("indices", Index)
            .OptionalProp("nontemporal", Bool)
            .OptionalProp("alignment", PositiveAlignment)
            .Result("result")
            .TypeFrom("result", "memref", (_, t) => t is MemRefType mt ? mt.ElementType : t)
            .Format("$memref `[` $indices `]` attr-dict `:` type($memref)")
            .Effects(op => [new MemoryEffect(MemoryEffectKind.Read, op.GetOperand(0))])
            .Parser(MemrefOps.ParseLoad)
            .Printer(MemrefOps.PrintLoad)
            .Verify(MemrefOps.VerifyLoad);

        Op("store").Counts(null, 0)
            .Operand("value")
            .Operand("memref", AnyMemRef)
            .VariadicOperand("indices", Index)
            .OptionalProp("nontemporal", Bool)
            .OptionalProp("alignment", PositiveAlignment)
            .TypeFrom("value", "memref", (_, t) => t is MemRefType mt ? mt.ElementType : t)
            .Format("$value `,` $memref `[` $indices `]` attr-dict `:` type($memref)")
            .Effects(op => [new MemoryEffect(MemoryEffectKind.Write, op.GetOperand(1))])
            .Parser(MemrefOps.ParseStore)
            .Printer(MemrefOps.PrintStore)
            .Verify(MemrefOps.VerifyStore);

        Op("cast").Counts(1, 1)
            .Operand("source", AnyRankedOrUnrankedMemRef)
            .Result("dest", AnyRankedOrUnrankedMemRef)
            .Trait(Pure.Instance, Traits.CastOpInterface.Instance)
            .Format("$source attr-dict `:` type($source) `to` type($dest)")
            .Names((op, set) => set(op.GetResult(0), "cast"))
            .Verify(MemrefOps.VerifyCast);
    }
}

