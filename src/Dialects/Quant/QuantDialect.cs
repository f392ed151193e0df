namespace Lce.Dialects.Quant;

using Lce.IR;

/// <summary>
/// MLIR 22's `quant` dialect: the quantized types (`!quant.uniform`, `!quant.any`,
/// `!quant.calibrated`, per-axis and sub-channel forms) and the casts between quantized, storage
/// and expressed types (`quant.qcast`, `quant.dcast`, `quant.scast`). Its ops may be inlined.
/// </summary>
public sealed class QuantDialect : Dialect
{
    public const string Name = "quant";
    public override string Namespace => Name;

    public static QuantDialect Of(IRContext ctx) => ctx.GetDialect(Name) as QuantDialect ?? ctx.Register<QuantDialect>();

    public override DialectInlinerInterface InlinerInterface { get; } = new AllLegalInlinerInterface();

    protected override void Define() => QuantOps.Define(Op);

    public override IRType? ParseType(IDialectAsmParser parser) => QuantTypeParser.Parse(parser);

    public override bool PrintType(IRType type, IDialectAsmPrinter printer)
    {
        if (type is not QuantizedType q) return false;
        QuantTypePrinter.Print(q, printer);
        return true;
    }
}
