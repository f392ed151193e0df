namespace Lce.Tests.Rewrite;

using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Rewrite;

/// <summary>RewriterBase.EraseOpResults and CloneWithoutRegions: the IR they leave and what the listener hears.</summary>
public class RewriterResultEditingTests
{
    private sealed class Recorder : IRewriterListener
    {
        public List<string> Events { get; } = new();
        public void NotifyOperationInserted(Operation op, Block? previousBlock, Operation? previousNext) =>
            Events.Add($"inserted {op.Name}{(previousBlock is null ? "" : " (moved)")}");
        public void NotifyBlockInserted(Block block, Region? previousRegion, Block? previousNext) => Events.Add("block moved");
        public void NotifyOperationReplaced(Operation op, IReadOnlyList<Value> replacement) => Events.Add($"replaced {op.Name}");
        public void NotifyOperationErased(Operation op) => Events.Add($"erased {op.Name}");
    }

    private static (IRContext, Operation Module, Operation If) Parse()
    {
        var ctx = Lce.Dialects.StandardDialects.CreateContext();
        ctx.AllowUnregisteredDialects = true;
        const string src = """
            func.func @f(%c: i1, %x: i32, %y: i32) -> i32 {
              %r:2 = scf.if %c -> (i32, i32) {
                scf.yield %x, %y : i32, i32
              } else {
                scf.yield %y, %x : i32, i32
              } {tag = 7 : i32}
              return %r#1 : i32
            }
            """;
        var module = MlirParser.ParseSourceString(ctx, src, "t.mlir").Operation!;
        Operation? ifOp = null;
        module.Walk(o => { if (o.Name == "scf.if") ifOp = o; });
        return (ctx, module, ifOp!);
    }

    [Fact]
    public void EraseOpResultsRebuildsTheOpWithoutThoseResults()
    {
        var (ctx, module, ifOp) = Parse();
        var recorder = new Recorder();
        var rw = new PatternRewriter(ctx, recorder);
        var newOp = rw.EraseOpResults(ifOp, new HashSet<int> { 0 });

        Assert.Equal(1, newOp.NumResults);
        Assert.Null(ifOp.ParentBlock);
        Assert.Equal(7, ((IntegerAttr)newOp.GetAttr("tag")!).Int64);
        Assert.Equal(2, newOp.Regions.Count(r => r.Blocks.Count == 1));
        var ret = newOp.NextNode!;
        Assert.Same(newOp.GetResult(0), ret.GetOperand(0));
        Assert.Equal(["inserted scf.if", "block moved", "block moved", "replaced scf.if", "erased scf.if"],
            recorder.Events.Where(e => !e.StartsWith("erased scf.yield", StringComparison.Ordinal)));
    }

    [Fact]
    public void CloneWithoutRegionsKeepsOperandsAndAttributes()
    {
        var (ctx, _, ifOp) = Parse();
        var rw = new PatternRewriter(ctx);
        rw.SetInsertionPoint(ifOp);
        var clone = rw.CloneWithoutRegions(ifOp);

        Assert.Same(ifOp.PrevNode, clone);
        Assert.Same(ifOp.GetOperand(0), clone.GetOperand(0));
        Assert.Equal(2, clone.NumRegions);
        Assert.All(clone.Regions, r => Assert.True(r.IsEmpty));
        Assert.Equal(ifOp.ResultTypes, clone.ResultTypes);
        Assert.Same(ifOp.GetAttr("tag"), clone.GetAttr("tag"));
    }
}
