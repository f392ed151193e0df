using Lce.Opt;

namespace Lce.Tests.Driver;

/// <summary>
/// The verifier reports what mlir-opt 22 reports, in its order (expected lines recorded from
/// mlir-opt 22): an op's region checks run before the ops after it are entered, and every
/// function (an op with isolated regions) is verified on its own, so each failing one reports.
/// </summary>
public class VerifierOrderTests() : ScratchDirectoryTest("verifier-order")
{
    private string[] Errors(string text)
    {
        Write("in.mlir", text);
        var stderr = new StringWriter();
        Assert.Equal(1, LceOpt.Run(["in.mlir"], TextReader.Null, new StringWriter(), stderr, Dir));
        return stderr.ToString().Split('\n').Where(l => l.Contains(": error: ")).ToArray();
    }

    [Fact]
    public void EachFailingFunctionReports() =>
        Assert.Equal([
            "in.mlir:2:8: error: 'arith.addi' op requires the same type for all operands and results",
            "in.mlir:6:8: error: 'arith.addi' op requires the same type for all operands and results",
        ], Errors("""
            func.func @a(%x: i32, %y: i64) {
              %0 = "arith.addi"(%x, %y) : (i32, i64) -> i32
              return
            }
            func.func @b(%x: i32, %y: i64) {
              %0 = "arith.addi"(%x, %y) : (i32, i64) -> i32
              return
            }
            """));

    [Fact]
    public void ARegionCheckComesBeforeTheOpsAfterIt() =>
        Assert.Equal([
            "in.mlir:2:8: error: 'scf.if' op along control flow edge from Operation scf.yield to parent: region branch point has 0 operands, but region successor needs 1 inputs",
        ], Errors("""
            func.func @a(%c: i1, %x: i32, %y: i64) {
              %r = "scf.if"(%c) ({
                "scf.yield"() : () -> ()
              }, {
                "scf.yield"() : () -> ()
              }) : (i1) -> i32
              %0 = "arith.addi"(%x, %y) : (i32, i64) -> i32
              return
            }
            """));

    [Fact]
    public void ADominanceErrorInOneFunctionDoesNotHideAnotherFunctionsError() =>
        Assert.Equal([
            "in.mlir:2:8: error: operand #0 does not dominate this use",
            "in.mlir:7:8: error: 'arith.addi' op requires the same type for all operands and results",
        ], Errors("""
            func.func @a(%x: i32) {
              %0 = "arith.addi"(%1, %x) : (i32, i32) -> i32
              %1 = "arith.addi"(%x, %x) : (i32, i32) -> i32
              return
            }
            func.func @b(%x: i32, %y: i64) {
              %0 = "arith.addi"(%x, %y) : (i32, i64) -> i32
              return
            }
            """));
}
