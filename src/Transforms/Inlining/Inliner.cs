using Lce.IR;
using Lce.IR.Traits;

namespace Lce.Transforms.Inlining;

/// <summary>A call with the call graph nodes of its caller and callee.</summary>
public readonly record struct ResolvedCall(Operation Call, CallGraphNode SourceNode, CallGraphNode TargetNode);

/// <summary>
/// The SCC-based inliner (MLIR's Inliner): visits the call graph's strongly connected
/// components bottom-up; for each, simplifies its callables with the configured pipelines and
/// inlines the calls it contains, repeating up to the iteration limit while calls get inlined.
/// Calls that appear by inlining remember where they came from so recursion is not unrolled.
/// Callables left without uses are erased at the end.
/// </summary>
public sealed class Inliner(Operation root, CallGraph cg, InlinerConfig config, Func<ResolvedCall, bool> isProfitable)
{
    /// <summary>Runs the inliner; false when a simplification pipeline failed.</summary>
    public bool Run()
    {
        var tables = new SymbolTableCollection();
        var iface = new CollectingInlinerInterface(root.Context, cg, tables);
        var useList = new CallGraphUseList(root, cg, tables);
        foreach (var component in cg.StronglyConnectedComponents())
        {
            var scc = new List<CallGraphNode>(component);
            if (!InlineScc(iface, useList, scc)) return false;
        }
        foreach (var node in iface.DeadNodes) node.CallableRegion!.Owner!.Erase();
        return true;
    }

    private bool InlineScc(CollectingInlinerInterface iface, CallGraphUseList useList, List<CallGraphNode> scc)
    {
        uint iteration = 0;
        do
        {
            if (!OptimizeScc(useList, scc)) return false;
            if (!InlineCallsInScc(iface, useList, scc)) break;
        } while (++iteration < config.MaxInliningIterations);
        return true;
    }

    /// <summary>Runs the pipelines on the SCC's isolated callables without nested callables, then recounts their uses.</summary>
    private bool OptimizeScc(CallGraphUseList useList, List<CallGraphNode> scc)
    {
        var toVisit = scc.Where(n => !n.IsExternal && !n.HasChildren && n.CallableRegion!.Owner!.HasTrait<IsolatedFromAbove>()).ToList();
        if (toVisit.Count == 0) return true;
        foreach (var node in toVisit)
        {
            var callable = node.CallableRegion!.Owner!;
            var pipeline = config.OpPipelines.GetValueOrDefault(callable.Name) ?? config.DefaultPipeline;
            if (pipeline is not null && !pipeline(callable)) return false;
        }
        foreach (var node in toVisit) useList.RecomputeUses(node, cg);
        return true;
    }

    /// <summary>Inlines the calls of the SCC; false when none was inlined.</summary>
    private bool InlineCallsInScc(CollectingInlinerInterface iface, CallGraphUseList useList, List<CallGraphNode> scc)
    {
        var calls = iface.Calls;
        var deadNodes = new List<CallGraphNode>();
        void MarkDead(CallGraphNode n) { if (!deadNodes.Contains(n)) deadNodes.Add(n); }

        foreach (var node in scc)
        {
            if (node.IsExternal) continue;
            if (useList.IsDead(node)) MarkDead(node);
            else CallCollector.Collect(node.CallableRegion!.Blocks, node, cg, iface.Tables, calls, traverseNestedNodes: false);
        }

        // Each inlining records (callee, history of the call it replaced); calls found in the
        // inlined body carry that entry, so a callee already on their path is not inlined again.
        var history = new List<(CallGraphNode Callee, int? Parent)>();
        var callHistory = new List<int?>(Enumerable.Repeat<int?>(null, calls.Count));

        bool inlinedAny = false;
        for (int i = 0; i < calls.Count; i++)
        {
            var resolved = calls[i];
            if (deadNodes.Contains(resolved.SourceNode)) continue;
            int? historyId = callHistory[i];
            if (HistoryIncludes(resolved.TargetNode, historyId, history) || !ShouldInline(resolved)) continue;

            int previousCount = calls.Count;
            var targetRegion = resolved.TargetNode.CallableRegion!;
            bool inPlace = useList.HasOneUseAndDiscardable(resolved.TargetNode);
            if (!InliningUtils.InlineCall(iface, config.CloneCallback, resolved.Call, targetRegion.Owner!, targetRegion, shouldClone: !inPlace))
                continue;
            inlinedAny = true;

            int newHistoryId = history.Count;
            history.Add((resolved.TargetNode, historyId));
            for (int k = previousCount; k < calls.Count; k++) callHistory.Add(newHistoryId);

            useList.DropCallUses(resolved.SourceNode, resolved.Call, cg);
            useList.MergeUsesAfterInlining(resolved.TargetNode, resolved.SourceNode);
            resolved.Call.Erase();

            if (inPlace)
            {
                useList.EraseNode(resolved.TargetNode);
                MarkDead(resolved.TargetNode);
            }
        }

        foreach (var node in deadNodes)
        {
            scc.Remove(node);
            iface.DeadNodes.Add(node);
        }
        calls.Clear();
        return inlinedAny;
    }

    private static bool HistoryIncludes(CallGraphNode node, int? historyId, List<(CallGraphNode Callee, int? Parent)> history)
    {
        for (; historyId is { } id; historyId = history[id].Parent)
            if (ReferenceEquals(history[id].Callee, node)) return true;
        return false;
    }

    /// <summary>MLIR's shouldInline: no terminator calls, no (mutual) recursion, block structure the caller can hold, and profitable.</summary>
    private bool ShouldInline(ResolvedCall resolved)
    {
        var call = resolved.Call;
        if (call.HasTrait<IsTerminator>()) return false;
        foreach (var edge in resolved.TargetNode.Edges)
            if (ReferenceEquals(edge.Target, resolved.TargetNode) || ReferenceEquals(edge.Target, resolved.SourceNode)) return false;

        var calleeRegion = resolved.TargetNode.CallableRegion!;
        if (call.ParentRegion is { } callRegion && IsAncestor(calleeRegion, callRegion)) return false;

        if (calleeRegion.Blocks.Count >= 2)
        {
            var callerOp = call.ParentOp!;
            bool callerAllowsBlocks = calleeRegion.Owner!.Name == callerOp.Name
                || !(callerOp.Definition is null || callerOp.HasTrait<SingleBlock>());
            if (!callerAllowsBlocks) return false;
        }
        return isProfitable(resolved);
    }

    private static bool IsAncestor(Region ancestor, Region region)
    {
        for (Region? r = region; r is not null; r = r.Owner?.ParentRegion)
            if (ReferenceEquals(r, ancestor)) return true;
        return false;
    }
}
