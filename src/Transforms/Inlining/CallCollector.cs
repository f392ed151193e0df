using Lce.IR;

namespace Lce.Transforms.Inlining;

/// <summary>Finds the inlinable calls in a set of blocks (MLIR's collectCallOps).</summary>
internal static class CallCollector
{
    /// <summary>
    /// Appends the calls in <paramref name="blocks"/> that resolve to a callable of the graph.
    /// Blocks are taken from the back of a worklist, so the order matches MLIR's. Nested
    /// callables are entered only when <paramref name="traverseNestedNodes"/> is set.
    /// </summary>
    public static void Collect(IEnumerable<Block> blocks, CallGraphNode sourceNode, CallGraph cg,
        SymbolTableCollection tables, List<ResolvedCall> calls, bool traverseNestedNodes)
    {
        var worklist = new List<(Block Block, CallGraphNode Node)>();
        foreach (var b in blocks) worklist.Add((b, sourceNode));
        while (worklist.Count > 0)
        {
            var (block, node) = worklist[^1];
            worklist.RemoveAt(worklist.Count - 1);
            for (var op = block.FirstOp; op is not null; op = op.NextNode)
            {
                if (CallInterfaces.AsCall(op) is { } call)
                {
                    // Nested symbol references are not inlined.
                    if (call.GetCallableForCallee(op) is SymbolRefAttr { IsFlat: false }) continue;
                    var target = cg.ResolveCallable(op, tables);
                    if (!target.IsExternal) calls.Add(new ResolvedCall(op, node, target));
                    continue;
                }
                foreach (var region in op.Regions)
                {
                    var nestedNode = cg.LookupNode(region);
                    if (traverseNestedNodes || nestedNode is null)
                        foreach (var b in region.Blocks) worklist.Add((b, nestedNode ?? node));
                }
            }
        }
    }
}

/// <summary>The inliner's interface: collects the calls that appear in inlined blocks, and the callables to erase at the end.</summary>
internal sealed class CollectingInlinerInterface(IRContext ctx, CallGraph cg, SymbolTableCollection tables) : InlinerInterface(ctx)
{
    public SymbolTableCollection Tables { get; } = tables;
    public List<ResolvedCall> Calls { get; } = new();
    public HashSet<CallGraphNode> DeadNodes { get; } = new();

    public override void ProcessInlinedBlocks(IReadOnlyList<Block> inlinedBlocks)
    {
        // The closest enclosing call graph node owns the new calls.
        Region? region = inlinedBlocks[0].Parent;
        CallGraphNode? node;
        while ((node = cg.LookupNode(region)) is null) region = region!.Owner?.ParentRegion;
        CallCollector.Collect(inlinedBlocks, node, cg, Tables, Calls, traverseNestedNodes: true);
    }
}
