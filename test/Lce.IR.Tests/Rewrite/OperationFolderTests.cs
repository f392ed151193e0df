namespace Lce.Tests.Rewrite;

using Lce.IR;
using Lce.IR.Rewrite;

public class OperationFolderTests
{
    private const string Nested = """
        func.func @f(%x: i32, %c: i1) -> i32 {
          %0 = "tst.op"(%x) : (i32) -> i32
          %1 = scf.if %c -> i32 {
            %2 = "tst.inner"() : () -> i32
            scf.yield %2 : i32
          } else {
            scf.yield %0 : i32
          }
          return %1 : i32
        }
        """;

    [Fact]
    public void GetOrCreateConstantMaterializesOnceAtTheIsolatedEntryBlock()
    {
        var t = new RewriteTestUtil(Nested);
        var folder = new OperationFolder(t.Ctx);
        var inner = t.Find("tst.inner").ParentBlock!;
        var arith = t.Ctx.GetDialect("arith")!;
        var i32 = IntegerType.Get(t.Ctx, 32);
        var five = IntegerAttr.Get(t.Ctx, i32, 5);

        var v = folder.GetOrCreateConstant(inner, arith, five, i32)!;
        var entry = t.Func("f").GetRegion(0).Blocks[0];
        Assert.Same(entry.FirstOp, v.DefiningOp);
        Assert.IsType<UnknownLoc>(v.DefiningOp!.Location);
        Assert.Same(v, folder.GetOrCreateConstant(entry, arith, five, i32));
        Assert.True(folder.IsFolderOwnedConstant(v.DefiningOp));

        var i64 = IntegerType.Get(t.Ctx, 64);
        var wide = folder.GetOrCreateConstant(inner, arith, IntegerAttr.Get(t.Ctx, i64, 5), i64)!;
        Assert.NotSame(v, wide);
        Assert.Same(entry.FirstOp, wide.DefiningOp);
    }

    [Fact]
    public void GetOrCreateConstantReturnsNullWhenTheDialectCannotMaterialize()
    {
        var t = new RewriteTestUtil(Nested);
        var folder = new OperationFolder(t.Ctx);
        var entry = t.Func("f").GetRegion(0).Blocks[0];
        var before = RewriteTestUtil.OpNames(entry);
        var i32 = IntegerType.Get(t.Ctx, 32);
        Assert.Null(folder.GetOrCreateConstant(entry, t.Ctx.GetDialect("arith")!, StringAttr.Get(t.Ctx, "x"), i32));
        Assert.Equal(before, RewriteTestUtil.OpNames(entry));
    }

    [Fact]
    public void InsertKnownConstantMergesDuplicatesAndHoistsOutOfNestedRegions()
    {
        var t = new RewriteTestUtil("""
            func.func @f(%c: i1) -> (i32, i32) {
              %0 = "tst.op"() : () -> i32
              %c1 = arith.constant 1 : i32
              %1 = scf.if %c -> i32 {
                %c1_0 = arith.constant 1 : i32
                scf.yield %c1_0 : i32
              } else {
                scf.yield %0 : i32
              }
              return %c1, %1 : i32, i32
            }
            """);
        var folder = new OperationFolder(t.Ctx);
        var constants = t.All("arith.constant");
        var entry = t.Func("f").GetRegion(0).Blocks[0];
        var firstLoc = constants[0].Location;

        Assert.True(folder.InsertKnownConstant(constants[0]));
        // Moved up its own block: it keeps its location.
        Assert.Same(entry.FirstOp, constants[0]);
        Assert.Same(firstLoc, constants[0].Location);

        var yield = t.Find("scf.yield");
        Assert.False(folder.InsertKnownConstant(constants[1]));
        Assert.Null(constants[1].ParentBlock);
        Assert.Same(constants[0].GetResult(0), yield.GetOperand(0));
        // The survivor now stands for both: it gets an unknown location.
        Assert.IsType<UnknownLoc>(constants[0].Location);
    }

    [Fact]
    public void NotifyRemovalForgetsTheConstant()
    {
        var t = new RewriteTestUtil(Nested);
        var folder = new OperationFolder(t.Ctx);
        var entry = t.Func("f").GetRegion(0).Blocks[0];
        var arith = t.Ctx.GetDialect("arith")!;
        var i32 = IntegerType.Get(t.Ctx, 32);
        var one = IntegerAttr.Get(t.Ctx, i32, 1);
        var first = folder.GetOrCreateConstant(entry, arith, one, i32)!;
        folder.NotifyRemoval(first.DefiningOp!);
        Assert.False(folder.IsFolderOwnedConstant(first.DefiningOp!));
        Assert.NotSame(first, folder.GetOrCreateConstant(entry, arith, one, i32));
    }

    [Fact]
    public void TryToFoldReplacesWithAUniquedConstant()
    {
        var t = new RewriteTestUtil("""
            func.func @f(%x: i32) -> (i32, i32, i32) {
              %0 = "tst.op"(%x) : (i32) -> i32
              %c1 = arith.constant 1 : i32
              %c2 = arith.constant 2 : i32
              %1 = arith.addi %c1, %c2 : i32
              %2 = arith.addi %c2, %c1 : i32
              %3 = arith.addi %x, %0 : i32
              return %1, %2, %3 : i32, i32, i32
            }
            """, setup: "addi-fold");
        var folder = new OperationFolder(t.Ctx);
        var adds = t.All("arith.addi");
        var ret = t.Find("func.return");

        Assert.True(folder.TryToFold(adds[0], out bool inPlace));
        Assert.False(inPlace);
        Assert.Null(adds[0].ParentBlock);
        var three = ret.GetOperand(0).DefiningOp!;
        Assert.Equal("arith.constant", three.Name);
        Assert.Same(t.Func("f").GetRegion(0).Blocks[0].FirstOp, three);

        Assert.True(folder.TryToFold(adds[1]));
        Assert.Same(ret.GetOperand(0), ret.GetOperand(1));

        Assert.False(folder.TryToFold(adds[2]));
        Assert.NotNull(adds[2].ParentBlock);
    }

    [Fact]
    public void TryToFoldReportsInPlaceUpdates()
    {
        var t = new RewriteTestUtil("""
            func.func @f(%x: i32) -> i32 {
              %c1 = arith.constant 1 : i32
              %0 = arith.muli %c1, %x : i32
              return %0 : i32
            }
            """);
        var modified = new List<Operation>();
        var folder = new OperationFolder(t.Ctx, new RecordingListener(modified));
        var mul = t.Find("arith.muli");
        var c1 = t.Find("arith.constant").GetResult(0);
        Assert.True(folder.TryToFold(mul, out bool inPlace));
        Assert.True(inPlace);
        Assert.Same(c1, mul.GetOperand(1));
        Assert.Equal([mul], modified);
    }

    [Fact]
    public void FailedMaterializationLeavesTheOpAlone()
    {
        var t = new RewriteTestUtil("""
            func.func @f(%x: i32) -> i32 {
              %0 = arith.subi %x, %x : i32
              return %0 : i32
            }
            """);
        t.Ctx.GetDialect("arith")!.Operations.Single(o => o.Name == "arith.subi")
            .Fold((op, _) => [StringAttr.Get(op.Context, "not a number")]);
        var before = t.Print();
        Assert.False(new OperationFolder(t.Ctx).TryToFold(t.Find("arith.subi")));
        Assert.Equal(before, t.Print());
    }

    private sealed class RecordingListener(List<Operation> modified) : IRewriterListener
    {
        public void NotifyOperationModified(Operation op) => modified.Add(op);
    }
}
