namespace Lce.Dialects.Arith;

using Lce.IR;

/// <summary>
/// The `arith` dialect of MLIR 22: integer and floating-point arithmetic, comparisons, casts
/// and constants, with the `#arith.fastmath` and `#arith.overflow` attributes. Ops are declared
/// in the partial files ArithDialect.*.cs.
/// </summary>
public sealed partial class ArithDialect : Dialect
{
    public const string Name = "arith";
    public override string Namespace => Name;

    /// <summary>The dialect's ops and regions may all be inlined (as MLIR's inliner interface for it).</summary>
    public override DialectInlinerInterface InlinerInterface { get; } = new AllLegalInlinerInterface();

    /// <summary>The dialect instance of a context, registering it on first use.</summary>
    public static ArithDialect Of(IRContext ctx) => ctx.GetDialect(Name) as ArithDialect ?? ctx.Register<ArithDialect>();

    protected override void Define()
    {
        DefineConstant();
        DefineIntegerBinaryOps();
        DefineFloatOps();
        DefineExtendedOps();
        DefineCasts();
        DefineCompares();
        DefineSelect();
        AttachFolders();
        AttachCanonicalizationPatterns();
    }

    /// <summary>Parses `.fastmath&lt;...&gt;` and `.overflow&lt;...&gt;` (the text after `#arith`).</summary>
    public override IRAttribute? ParseAttribute(IDialectAsmParser parser, IRType? type)
    {
        var body = parser.Body;
        if (!body.StartsWith('.')) throw parser.Error("expected '.' after dialect namespace");
        int i = 1;
        while (i < body.Length && (char.IsAsciiLetterOrDigit(body[i]) || body[i] == '_')) i++;
        var mnemonic = body[1..i];
        BitEnum? e = mnemonic switch
        {
            FastMathFlagsAttr.Mnemonic => FastMathFlagsAttr.Enum,
            IntegerOverflowFlagsAttr.Mnemonic => IntegerOverflowFlagsAttr.Enum,
            _ => null,
        };
        if (e is null) throw parser.Error($"unknown attribute `{mnemonic}` in dialect `{Name}`", 1);
        int open = i;
        while (open < body.Length && char.IsWhiteSpace(body[open])) open++;
        if (open >= body.Length || body[open] != '<') throw parser.Error("expected '<'", open);
        int close = body.LastIndexOf('>');
        if (close < open) throw parser.Error("expected '>'", body.Length);
        if (body[(close + 1)..].Trim().Length != 0) throw parser.Error("unexpected text after attribute", close + 1);
        int bits = e.ParseBodyText(parser, body[(open + 1)..close], open + 1);
        return ReferenceEquals(e, FastMathFlagsAttr.Enum)
            ? FastMathFlagsAttr.Get(parser.Context, (FastMathFlags)bits)
            : IntegerOverflowFlagsAttr.Get(parser.Context, (IntegerOverflowFlags)bits);
    }

    /// <summary>Prints `.fastmath&lt;nnan,ninf&gt;` / `.overflow&lt;nsw, nuw&gt;` (the printer adds `#arith`).</summary>
    public override bool PrintAttribute(IRAttribute attr, IDialectAsmPrinter printer)
    {
        switch (attr)
        {
            case FastMathFlagsAttr f: printer.Write($".{FastMathFlagsAttr.Mnemonic}<{f.Keywords}>"); return true;
            case IntegerOverflowFlagsAttr o: printer.Write($".{IntegerOverflowFlagsAttr.Mnemonic}<{o.Keywords}>"); return true;
            default: return false;
        }
    }

    /// <summary>Folded values become `arith.constant` when it can hold them (ConstantOp::materialize).</summary>
    public override Operation? MaterializeConstant(Builder builder, IRAttribute value, IRType type, Location loc) =>
        ConstantOp.IsBuildableWith(value, type) ? ConstantOp.Build(builder, value, loc) : null;
}
