namespace Lce.Tests.Conversion;

using Lce.IR;
using Lce.IR.Conversion;
using Lce.IR.Rewrite;

/// <summary>Legalization by folding, the cost model's pattern order, value replacement and dropped values.</summary>
public class LegalizerTests
{
    [Fact]
    public void IllegalCastsAreLegalizedByTheirFolder()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse("""
            func.func @f(%a: i32) -> i32 {
              %0 = builtin.unrealized_conversion_cast %a : i32 to i64
              %1 = builtin.unrealized_conversion_cast %0 : i64 to i32
              %2 = builtin.unrealized_conversion_cast %1 : i32 to i32
              return %2 : i32
            }
            """);
        var target = new ConversionTarget(u.Ctx).AddLegalDialect("func", "builtin")
            .AddDynamicallyLegalOp(UnrealizedCasts.OpName, op => op.NumOperands == 1 && op.GetOperand(0).DefiningOp is null);
        Assert.True(DialectConversion.ApplyFullConversion(m, target, new RewritePatternSet(u.Ctx).Freeze()), u.DiagnosticText());
        // %1 folds (i32 -> i64 -> i32) and %2 is an identity cast; %0 is left dead, as MLIR leaves it.
        Assert.Equal("""
            module {
              func.func @f(%arg0: i32) -> i32 {
                %0 = builtin.unrealized_conversion_cast %arg0 : i32 to i64
                return %arg0 : i32
              }
            }

            """, ConversionTestUtil.Print(m));
    }

    [Fact]
    public void FoldingCanBeDisabledOrDeferred()
    {
        using var u = new ConversionTestUtil();
        const string text = "func.func @f(%a: i32) -> i32 {\n  %0 = builtin.unrealized_conversion_cast %a : i32 to i32\n  return %0 : i32\n}\n";
        var target = new ConversionTarget(u.Ctx).AddLegalDialect("func", "builtin").AddIllegalOp(UnrealizedCasts.OpName);
        int patternRuns = 0;
        var patterns = new RewritePatternSet(u.Ctx);
        patterns.Add(ConversionPattern.Create(UnrealizedCasts.OpName, (op, operands, rewriter) =>
        {
            patternRuns++;
            rewriter.ReplaceOp(op, operands);
            return true;
        }, debugName: "drop-cast"));

        var m1 = u.Parse(text);
        Assert.True(DialectConversion.ApplyFullConversion(m1, target, patterns.Freeze()));
        Assert.Equal(0, patternRuns); // folded before patterns

        var m2 = u.Parse(text);
        Assert.True(DialectConversion.ApplyFullConversion(m2, target, patterns.Freeze(), new ConversionConfig { FoldingMode = ConversionFoldingMode.AfterPatterns }));
        Assert.Equal(1, patternRuns);

        var m3 = u.Parse(text);
        Assert.False(DialectConversion.ApplyFullConversion(m3, target, new RewritePatternSet(u.Ctx).Freeze(), new ConversionConfig { FoldingMode = ConversionFoldingMode.Never }));
        Assert.Contains("failed to legalize operation 'builtin.unrealized_conversion_cast'", u.DiagnosticText());
    }

    [Fact]
    public void ShallowerLegalizationIsPreferredOverHigherBenefit()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse("func.func @f(%a: i32) -> i32 {\n  %0 = \"tst.a\"(%a) : (i32) -> i32\n  return %0 : i32\n}\n");
        var target = new ConversionTarget(u.Ctx).AddLegalDialect("func", "builtin", "arith").AddIllegalOp("tst.a", "tst.b");
        var applied = new List<string>();
        RewritePattern Lower(string from, string to, int benefit) => ConversionPattern.Create(from, (op, operands, rewriter) =>
        {
            applied.Add($"{from}->{to}");
            rewriter.ReplaceOp(op, rewriter.Create(to, op.Location, [operands[0], operands[0]], [op.GetResult(0).Type]));
            return true;
        }, benefit: benefit, debugName: $"{from}->{to}", generatedOps: [to]);
        var patterns = new RewritePatternSet(u.Ctx);
        patterns.Add(Lower("tst.a", "tst.b", benefit: 10)); // two steps to a legal op
        patterns.Add(Lower("tst.b", "arith.addi", benefit: 1));
        patterns.Add(Lower("tst.a", "arith.muli", benefit: 1)); // one step
        Assert.True(DialectConversion.ApplyFullConversion(m, target, patterns.Freeze()), u.DiagnosticText());
        Assert.Equal(["tst.a->arith.muli"], applied);
    }

    [Fact]
    public void PatternsThatCanNeverReachALegalOpAreNotTried()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse("func.func @f(%a: i32) -> i32 {\n  %0 = \"tst.a\"(%a) : (i32) -> i32\n  return %0 : i32\n}\n");
        var target = new ConversionTarget(u.Ctx).AddLegalDialect("func", "builtin").AddIllegalOp("tst.a", "tst.c");
        bool tried = false;
        var patterns = new RewritePatternSet(u.Ctx);
        patterns.Add(ConversionPattern.Create("tst.a", (op, operands, rewriter) => { tried = true; return false; },
            debugName: "to-illegal", generatedOps: ["tst.c"]));
        Assert.False(DialectConversion.ApplyPartialConversion(m, target, patterns.Freeze()));
        Assert.False(tried);
    }

    [Fact]
    public void ErasedOpWithLiveUsesGetsASourceMaterialization()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse("func.func @f(%a: i32) {\n  %0 = \"tst.gone\"(%a) : (i32) -> i32\n  \"tst.keep\"(%0) : (i32) -> ()\n  return\n}\n");
        var target = new ConversionTarget(u.Ctx).AddLegalDialect("func", "builtin", "arith").AddIllegalOp("tst.gone")
            .MarkUnknownOpDynamicallyLegal(_ => true);
        var converter = new TypeConverter();
        converter.AddConversion<IRType>(t => t);
        converter.AddSourceMaterialization((b, type, inputs, loc) =>
            inputs.Count == 0 ? b.Create("arith.constant", loc, [], [type], [new NamedAttribute("value", IntegerAttr.Get(u.Ctx, type, 0))]).GetResult(0) : null);
        var patterns = new RewritePatternSet(u.Ctx);
        patterns.Add(ConversionPattern.Create("tst.gone", (op, _, rewriter) => { rewriter.EraseOp(op); return true; }, converter));
        Assert.True(DialectConversion.ApplyPartialConversion(m, target, patterns.Freeze()), u.DiagnosticText());
        u.AssertVerifies(m);
        Assert.Equal("""
            module {
              func.func @f(%arg0: i32) {
                %c0_i32 = arith.constant 0 : i32
                "tst.keep"(%c0_i32) : (i32) -> ()
                return
              }
            }

            """, ConversionTestUtil.Print(m));
    }

    [Fact]
    public void DroppedBlockArgumentsAndRemappedValues()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse("func.func @f(%a: i32, %b: none) -> i32 {\n  %0 = \"tst.add\"(%a, %a) : (i32, i32) -> i32\n  return %0 : i32\n}\n");
        var toy = new ToyConversion(u.Ctx);
        // `none` values disappear (1:0 conversion).
        toy.Converter.AddConversion<NoneType>((_, _) => true);
        Value? remapped = null;
        toy.Patterns.Add(ConversionPattern.Create("tst.add", (op, operands, rewriter) =>
        {
            remapped = rewriter.GetRemappedValue(op.GetOperand(0));
            return false;
        }, toy.Converter, benefit: 9, debugName: "peek"));
        Assert.True(toy.ApplyFull(m), u.DiagnosticText());
        u.AssertVerifies(m);
        Assert.Contains("func.func @f(%arg0: i64) -> i64", ConversionTestUtil.Print(m));
        Assert.NotNull(remapped);
        Assert.Same(toy.Wide, remapped!.Type);
    }
}
