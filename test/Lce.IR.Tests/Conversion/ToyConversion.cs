namespace Lce.Tests.Conversion;

using Lce.Dialects.Func;
using Lce.IR;
using Lce.IR.Conversion;
using Lce.IR.Rewrite;

/// <summary>
/// A toy lowering used by the tests: `tst.add`/`tst.mul` become `arith.addi`/`arith.muli`
/// while i32 becomes <see cref="Wide"/> (i64 by default), through functions, calls, returns
/// and branches.
/// </summary>
internal sealed class ToyConversion
{
    public TypeConverter Converter { get; } = new();
    public ConversionTarget Target { get; }
    public RewritePatternSet Patterns { get; }
    public IRType Wide { get; }

    public ToyConversion(IRContext ctx, IRType? wide = null)
    {
        Wide = wide ?? IntegerType.Get(ctx, 64);
        var i32 = IntegerType.Get(ctx, 32);
        Converter.AddConversion<IRType>(t => t);
        Converter.AddConversion<IntegerType>(t => ReferenceEquals(t, i32) ? Wide : null);

        Target = new ConversionTarget(ctx);
        Target.AddLegalDialect("arith");
        Target.AddLegalOp("builtin.module");
        Target.AddIllegalOp("tst.add", "tst.mul");
        Target.AddDynamicallyLegalOp("func.func", op =>
            Converter.IsSignatureLegal(FuncOp.Type(op)) && Converter.IsLegal(op.GetRegion(0)));
        Target.AddDynamicallyLegalOp(["func.return", "func.call"], op => Converter.IsLegal(op));
        Target.AddDynamicallyLegalOp(["cf.br", "cf.cond_br"], op => FuncConversions.IsLegalForBranchOpInterfaceTypeConversionPattern(op, Converter));

        Patterns = new RewritePatternSet(ctx);
        Patterns.Add(Binary("tst.add", "arith.addi"));
        Patterns.Add(Binary("tst.mul", "arith.muli"));
        FuncConversions.PopulateFuncOpTypeConversionPattern(Patterns, Converter);
        FuncConversions.PopulateCallOpTypeConversionPattern(Patterns, Converter);
        FuncConversions.PopulateReturnOpTypeConversionPattern(Patterns, Converter);
        FuncConversions.PopulateBranchOpInterfaceTypeConversionPattern(Patterns, Converter);
    }

    /// <summary>Rewrites a two-operand tst op into the arith op on the converted operands.</summary>
    public ConversionPattern Binary(string from, string to, int benefit = 1) =>
        ConversionPattern.Create(from, (op, operands, rewriter) =>
        {
            if (op.NumResults != 1) return rewriter.NotifyMatchFailure(op, "expected one result");
            var type = Converter.ConvertType(op.GetResult(0).Type);
            if (type is null) return rewriter.NotifyMatchFailure(op, "result type not convertible");
            var repl = rewriter.Create(to, op.Location, operands, [type]);
            rewriter.ReplaceOp(op, repl);
            return true;
        }, Converter, benefit, debugName: $"{from}-to-{to}", generatedOps: [to]);

    public bool ApplyPartial(Operation root, ConversionConfig? config = null) =>
        DialectConversion.ApplyPartialConversion(root, Target, Patterns.Freeze(), config);

    public bool ApplyFull(Operation root, ConversionConfig? config = null) =>
        DialectConversion.ApplyFullConversion(root, Target, Patterns.Freeze(), config);
}
