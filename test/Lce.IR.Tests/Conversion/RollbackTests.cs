namespace Lce.Tests.Conversion;

using Lce.IR;
using Lce.IR.Conversion;
using Lce.IR.Rewrite;

/// <summary>Patterns that change IR and then fail, or produce IR that cannot be legalized, are undone.</summary>
public class RollbackTests
{
    private const string Input = """
        func.func @f(%a: i32, %c: i1) -> i32 {
          %0 = "tst.add"(%a, %a) : (i32, i32) -> i32
          cf.cond_br %c, ^bb1, ^bb2
        ^bb1:
          %1 = "tst.mul"(%0, %a) {tag} : (i32, i32) -> i32
          return %1 : i32
        ^bb2:
          return %0 : i32
        }
        """;

    private static ConversionTarget Target(IRContext ctx) =>
        new ConversionTarget(ctx).AddLegalDialect("arith", "func", "cf", "builtin").AddIllegalOp("tst.add", "tst.mul");

    /// <summary>A pattern that exercises every kind of IR change, then reports failure.</summary>
    private static int _vandalRuns;

    private static RewritePattern Vandal(string root, int benefit) => RewritePattern.Create(root, (op, rewriter) =>
    {
        Interlocked.Increment(ref _vandalRuns);
        var block = op.ParentBlock!;
        var region = block.Parent!;
        var c = rewriter.Create("arith.constant", op.Location, [], [IntegerType.Get(op.Context, 32)],
            [new NamedAttribute("value", IntegerAttr.Get(op.Context, IntegerType.Get(op.Context, 32), 7))]);
        rewriter.ModifyOpInPlace(op, () => { op.SetOperand(0, c.GetResult(0)); op.SetAttr("touched", UnitAttr.Get(op.Context)); });
        var tail = rewriter.SplitBlock(block, op.NextNode);
        var extra = rewriter.CreateBlock(region, region.Blocks.Count, [IntegerType.Get(op.Context, 1)]);
        var br = new OperationState(op.Context, "cf.br", op.Location);
        br.Successors.Add(tail);
        rewriter.Create(br);
        rewriter.MoveOpBefore(c, tail, tail.FirstOp);
        rewriter.ReplaceAllUsesWith(op.GetOperand(1), c.GetResult(0));
        rewriter.EraseBlock(extra);
        rewriter.ReplaceOp(op, [c.GetResult(0)]);
        return false;
    }, benefit, debugName: "vandal");

    [Fact]
    public void FailedPatternLeavesTheIRUntouchedAndTheNextPatternApplies()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse(Input);
        var before = ConversionTestUtil.Print(m);
        var patterns = new RewritePatternSet(u.Ctx);
        patterns.Add(Vandal("tst.add", benefit: 10));
        patterns.Add(Vandal("tst.mul", benefit: 10));
        int runs = _vandalRuns;
        Assert.False(DialectConversion.ApplyPartialConversion(m, Target(u.Ctx), patterns.Freeze()));
        Assert.True(_vandalRuns > runs);
        Assert.Equal(before, ConversionTestUtil.Print(m));
        u.AssertVerifies(m);

        // With a proper fallback pattern the same vandal is tried first, undone, and the fallback wins.
        var toy = new ToyConversion(u.Ctx);
        var withFallback = new RewritePatternSet(u.Ctx);
        withFallback.Add(Vandal("tst.add", benefit: 10));
        withFallback.Add(toy.Binary("tst.add", "arith.addi"));
        withFallback.Add(toy.Binary("tst.mul", "arith.muli"));
        u.Diagnostics.Clear();
        Assert.True(DialectConversion.ApplyPartialConversion(m, Target(u.Ctx), withFallback.Freeze(),
            new ConversionConfig { BuildMaterializations = false }), u.DiagnosticText());
        u.AssertVerifies(m);
        var printed = ConversionTestUtil.Print(m);
        Assert.DoesNotContain("touched", printed);
        Assert.DoesNotContain("arith.constant", printed);
        Assert.Contains("arith.addi", printed);
        Assert.Contains("arith.muli", printed);
        Assert.Equal(3, m.GetRegion(0).EntryBlock!.FirstOp!.GetRegion(0).Blocks.Count);
    }

    [Fact]
    public void PatternWhoseResultCannotBeLegalizedIsRolledBack()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse(Input);
        var toy = new ToyConversion(u.Ctx);
        var target = Target(u.Ctx).AddIllegalOp("tst.dead_end");
        var patterns = new RewritePatternSet(u.Ctx);
        // Higher benefit, but produces an op nothing can legalize.
        patterns.Add(ConversionPattern.Create("tst.add", (op, operands, rewriter) =>
        {
            rewriter.ReplaceOp(op, rewriter.Create("tst.dead_end", op.Location, operands, [op.GetResult(0).Type]));
            return true;
        }, benefit: 5, debugName: "to-dead-end"));
        patterns.Add(toy.Binary("tst.add", "arith.addi"));
        patterns.Add(toy.Binary("tst.mul", "arith.muli"));
        Assert.True(DialectConversion.ApplyPartialConversion(m, target, patterns.Freeze(), new ConversionConfig { BuildMaterializations = false }), u.DiagnosticText());
        u.AssertVerifies(m);
        var printed = ConversionTestUtil.Print(m);
        Assert.DoesNotContain("tst.dead_end", printed);
        Assert.Contains("arith.addi", printed);
    }

    [Fact]
    public void WithoutRollbackAFailingPatternThatChangedIRIsAnError()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse(Input);
        var patterns = new RewritePatternSet(u.Ctx);
        patterns.Add(Vandal("tst.add", benefit: 1));
        var ex = Assert.Throws<InvalidOperationException>(() =>
            DialectConversion.ApplyPartialConversion(m, Target(u.Ctx), patterns.Freeze(), new ConversionConfig { AllowPatternRollback = false }));
        Assert.Equal("pattern 'vandal' rollback of IR modifications requested", ex.Message);
    }

    [Fact]
    public void RecursiveApplicationOfTheSamePatternIsCut()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse("func.func @f(%a: i32) {\n  \"tst.grow\"(%a) : (i32) -> ()\n  return\n}\n");
        int applications = 0;
        var patterns = new RewritePatternSet(u.Ctx);
        // Replaces tst.grow by another tst.grow: legalizing the new op needs this pattern again.
        patterns.Add(ConversionPattern.Create("tst.grow", (op, operands, rewriter) =>
        {
            applications++;
            rewriter.Create("tst.grow", op.Location, operands, []);
            rewriter.EraseOp(op);
            return true;
        }, debugName: "grow"));
        var target = new ConversionTarget(u.Ctx).AddLegalDialect("func", "builtin").AddIllegalOp("tst.grow");
        Assert.False(DialectConversion.ApplyPartialConversion(m, target, patterns.Freeze()));
        Assert.Equal(1, applications);
        Assert.Contains("failed to legalize operation 'tst.grow' that was explicitly marked illegal", u.DiagnosticText());
        Assert.Single(ConversionTestUtil.OpNames(m), "tst.grow");
    }

    [Fact]
    public void BoundedRecursionAllowsThePatternToApplyToItsOwnResult()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse("func.func @f(%a: i32) {\n  \"tst.count\"(%a) {n = 3 : i64} : (i32) -> ()\n  return\n}\n");
        var patterns = new RewritePatternSet(u.Ctx);
        patterns.Add(new CountDown());
        var target = new ConversionTarget(u.Ctx).AddLegalDialect("func", "builtin")
            .AddDynamicallyLegalOp("tst.count", op => ((IntegerAttr)op.GetAttr("n")!).Value.IsZero);
        Assert.True(DialectConversion.ApplyFullConversion(m, target, patterns.Freeze()), u.DiagnosticText());
        Assert.Contains("\"tst.count\"(%arg0) {n = 0 : i64} : (i32) -> ()", ConversionTestUtil.Print(m));
    }

    /// <summary>Replaces `tst.count {n}` by `tst.count {n - 1}`: safe to apply to its own result.</summary>
    private sealed class CountDown : ConversionPattern
    {
        public CountDown() : base("tst.count") { HasBoundedRewriteRecursion = true; }

        public override bool MatchAndRewrite(Operation op, IReadOnlyList<Value> operands, ConversionPatternRewriter rewriter)
        {
            var n = ((IntegerAttr)op.GetAttr("n")!).Value;
            var i64 = IntegerType.Get(op.Context, 64);
            rewriter.Create("tst.count", op.Location, operands, [], attributes: [new NamedAttribute("n", IntegerAttr.Get(op.Context, i64, (long)(n - 1)))]);
            rewriter.EraseOp(op);
            return true;
        }
    }
}
