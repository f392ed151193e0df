namespace Lce.Tests.Passes;

using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Passes;
using Lce.Transforms.Cse;

/// <summary>
/// As MLIR's CSE, the pass marks every analysis preserved when it changed nothing, which also
/// tells the pass manager not to verify the IR again after it.
/// </summary>
public class CsePreservedAnalysesTests
{
    private static bool PreservedAfterCse(string text)
    {
        var ctx = new IRContext { AllowUnregisteredDialects = true };
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        var module = MlirParser.ParseSourceString(ctx, text).Operation!;
        var cse = new CsePass();
        var pm = new PassManager(ctx);
        pm.AddPass(cse);
        Assert.True(pm.Run(module));
        return cse.PreservedAllAnalyses;
    }

    [Fact]
    public void NothingToEliminateKeepsAllAnalyses() =>
        Assert.True(PreservedAfterCse("""
            func.func @f(%x: i32) -> i32 {
              %c = arith.constant 1 : i32
              %y = "tst.use"(%x, %c) : (i32, i32) -> i32
              return %y : i32
            }
            """));

    [Fact]
    public void AnEliminatedDuplicateInvalidatesThem() =>
        Assert.False(PreservedAfterCse("""
            func.func @f(%x: i32) -> i32 {
              %c = arith.constant 1 : i32
              %d = arith.constant 1 : i32
              %y = "tst.use"(%c, %d) : (i32, i32) -> i32
              return %y : i32
            }
            """));

    [Fact]
    public void AnErasedDeadOpInvalidatesThem() =>
        Assert.False(PreservedAfterCse("""
            func.func @f(%x: i32) -> i32 {
              %dead = arith.constant 7 : i32
              return %x : i32
            }
            """));
}
