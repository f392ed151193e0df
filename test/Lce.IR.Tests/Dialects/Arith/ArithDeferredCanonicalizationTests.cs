namespace Lce.Tests.Dialects.Arith;

using Lce.Dialects.Arith;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Rewrite;
using Lce.Transforms;

/// <summary>
/// Arith's PDLL canonicalizations are deferred: collecting the canonicalize patterns does not
/// load Canonicalization.pdll, canonicalizing IR without such ops does not either, and an op
/// with PDLL patterns loads it and is rewritten by them.
/// </summary>
public class ArithDeferredCanonicalizationTests
{
    private static (IRContext Ctx, Operation Module) Parse(string text)
    {
        var ctx = new IRContext { AllowUnregisteredDialects = true };
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        var result = MlirParser.ParseSourceString(ctx, text);
        return (ctx, result.Operation ?? throw new InvalidOperationException(result.Error?.Message));
    }

    private static FrozenRewritePatternSet Canonicalization(IRContext ctx) =>
        CanonicalizePass.CollectCanonicalizationPatterns(ctx).Freeze();

    [Fact]
    public void ConstantsAndUnregisteredOpsDoNotLoadThePdllModule()
    {
        var (ctx, module) = Parse("""
            func.func @f(%x: f32) -> f32 {
              %c = arith.constant 1.0 : f32
              %d = arith.constant 1.0 : f32
              %y = "tfl.mul"(%x, %c) : (f32, f32) -> f32
              %z = "tfl.add"(%y, %d) : (f32, f32) -> f32
              return %z : f32
            }
            """);
        var patterns = Canonicalization(ctx);
        Assert.False(ArithCanonicalization.IsLoaded(ctx));
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(module, patterns);
        Assert.False(ArithCanonicalization.IsLoaded(ctx));
    }

    [Fact]
    public void AnOpWithPdllPatternsLoadsThemAndIsRewritten()
    {
        // AddIAddConstant: addi(addi(x, c0), c1) -> addi(x, c0 + c1).
        var (ctx, module) = Parse("""
            func.func @f(%x: i32) -> i32 {
              %c1 = arith.constant 1 : i32
              %c2 = arith.constant 2 : i32
              %a = arith.addi %x, %c1 : i32
              %b = arith.addi %a, %c2 : i32
              return %b : i32
            }
            """);
        var patterns = Canonicalization(ctx);
        Assert.False(ArithCanonicalization.IsLoaded(ctx));
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(module, patterns);
        Assert.True(ArithCanonicalization.IsLoaded(ctx));
        var adds = new List<Operation>();
        module.Walk(op => { if (op.Name == "arith.addi") adds.Add(op); }, WalkOrder.PreOrder);
        var add = Assert.Single(adds);
        Assert.True(Matchers.MatchConstantInt(add.GetOperand(1), out var sum));
        Assert.Equal(3, (int)sum);
    }
}
