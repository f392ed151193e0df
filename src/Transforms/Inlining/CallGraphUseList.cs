using Lce.IR;
using Lce.IR.Traits;

namespace Lce.Transforms.Inlining;

/// <summary>
/// Counts the symbol uses of discardable callables during inlining (MLIR's CGUseList), since
/// symbol references have no use lists: a discardable callable is a private (or otherwise
/// invisible) symbol that no non-callable op refers to. Each callable node records the
/// discardable nodes it references, at its top level and inside its body.
/// </summary>
internal sealed class CallGraphUseList
{
    private sealed class NodeUses
    {
        /// <summary>Nodes referenced by the callable op's own attributes (counted once).</summary>
        public HashSet<CallGraphNode> TopLevel { get; } = new();
        /// <summary>Nodes referenced from ops nested in the callable, with their use counts.</summary>
        public Dictionary<CallGraphNode, int> Inner { get; } = new();
    }

    private readonly Dictionary<CallGraphNode, int> _discardableUses = new();
    private readonly Dictionary<CallGraphNode, NodeUses> _nodeUses = new();
    private readonly SymbolTableCollection _tables;

    public CallGraphUseList(Operation root, CallGraph cg, SymbolTableCollection tables)
    {
        _tables = tables;
        var alwaysLive = new Dictionary<SymbolRefAttr, CallGraphNode?>();
        WalkSymbolTables(root, allUsesVisible: root.ParentBlock is null, (table, allUsesVisible) =>
        {
            foreach (var block in table.GetRegion(0).Blocks)
                for (var op = block.FirstOp; op is not null; op = op.NextNode)
                {
                    if (CallInterfaces.AsCallable(op) is not null && cg.LookupNode(CallInterfaces.GetCallableRegion(op)) is { } node)
                    {
                        if (SideEffects.IsSymbolOp(op))
                        {
                            var visibility = SymbolTable.GetVisibility(op);
                            if ((allUsesVisible || visibility == "private") && visibility != "public") _discardableUses.TryAdd(node, 0);
                        }
                        continue;
                    }
                    // Callables referenced by anything else stay alive.
                    WalkReferencedNodes(op, cg, alwaysLive, (_, _) => { });
                }
        });
        foreach (var node in alwaysLive.Values)
            if (node is not null) _discardableUses.Remove(node);
        foreach (var node in cg.Nodes) RecomputeUses(node, cg);
    }

    /// <summary>MLIR's SymbolTable::walkSymbolTables: nested tables first, with whether all uses of their symbols are visible.</summary>
    private static void WalkSymbolTables(Operation op, bool allUsesVisible, Action<Operation, bool> callback)
    {
        bool isTable = op.HasTrait<SymbolTableTrait>();
        if (isTable) allUsesVisible |= !SideEffects.IsSymbolOp(op) || SymbolTable.GetVisibility(op) == "private";
        else allUsesVisible = true;
        foreach (var region in op.Regions)
            foreach (var block in region.Blocks)
                for (var nested = block.FirstOp; nested is not null; nested = nested.NextNode)
                    WalkSymbolTables(nested, allUsesVisible, callback);
        if (isTable) callback(op, allUsesVisible);
    }

    /// <summary>
    /// Calls <paramref name="callback"/> for every symbol use under <paramref name="op"/> that
    /// names a callable node; references are resolved once per attribute through <paramref name="resolved"/>.
    /// </summary>
    private void WalkReferencedNodes(Operation op, CallGraph cg, Dictionary<SymbolRefAttr, CallGraphNode?> resolved,
        Action<CallGraphNode, Operation> callback)
    {
        var uses = SymbolUses.Collect(op);
        if (uses is null) return;
        var tableOp = op.ParentOp;
        foreach (var use in uses)
        {
            if (!resolved.TryGetValue(use.Reference, out var node))
            {
                resolved[use.Reference] = null;
                if (tableOp is null || _tables.LookupNearestSymbolFrom(tableOp, use.Reference) is not { } symbol
                    || CallInterfaces.AsCallable(symbol) is null)
                    continue;
                node = resolved[use.Reference] = cg.LookupNode(CallInterfaces.GetCallableRegion(symbol));
            }
            if (node is not null) callback(node, use.User);
        }
    }

    private void AddDiscardable(CallGraphNode node, int delta) => _discardableUses[node] = _discardableUses.GetValueOrDefault(node) + delta;

    /// <summary>Drops the uses held by a call that was just inlined into <paramref name="userNode"/>.</summary>
    public void DropCallUses(CallGraphNode userNode, Operation call, CallGraph cg)
    {
        var inner = UsesOf(userNode).Inner;
        WalkReferencedNodes(call, cg, new Dictionary<SymbolRefAttr, CallGraphNode?>(), (node, _) =>
        {
            if (!inner.TryGetValue(node, out int count)) return;
            inner[node] = count - 1;
            AddDiscardable(node, -1);
        });
    }

    /// <summary>Forgets a node (and its nested callables) whose body was inlined in place.</summary>
    public void EraseNode(CallGraphNode node)
    {
        foreach (var edge in node.Edges)
            if (edge.IsChild) EraseNode(edge.Target);
        if (_nodeUses.Remove(node, out var uses)) Decrement(uses);
        _discardableUses.Remove(node);
    }

    /// <summary>A node is dead when its discardable symbol has no uses left (or, for non-symbols, its op is unused and effect free).</summary>
    public bool IsDead(CallGraphNode node)
    {
        var op = node.CallableRegion!.Owner!;
        if (!SideEffects.IsSymbolOp(op)) return SideEffects.IsMemoryEffectFree(op) && op.UseEmpty;
        return _discardableUses.TryGetValue(node, out int count) && count == 0;
    }

    /// <summary>Whether the node is discardable and has exactly one use, so it can be inlined in place.</summary>
    public bool HasOneUseAndDiscardable(CallGraphNode node)
    {
        var op = node.CallableRegion!.Owner!;
        if (!SideEffects.IsSymbolOp(op)) return SideEffects.IsMemoryEffectFree(op) && op.Results.Sum(r => r.UseCount) == 1;
        return _discardableUses.TryGetValue(node, out int count) && count == 1;
    }

    /// <summary>Recounts the discardable uses referenced from the node's callable op.</summary>
    public void RecomputeUses(CallGraphNode node, CallGraph cg)
    {
        var op = node.CallableRegion!.Owner!;
        if (_nodeUses.TryGetValue(node, out var old)) Decrement(old);
        var uses = new NodeUses();
        _nodeUses[node] = uses;
        WalkReferencedNodes(op, cg, new Dictionary<SymbolRefAttr, CallGraphNode?>(), (referenced, user) =>
        {
            if (!_discardableUses.ContainsKey(referenced)) return;
            if (!ReferenceEquals(user, op)) uses.Inner[referenced] = uses.Inner.GetValueOrDefault(referenced) + 1;
            else if (!uses.TopLevel.Add(referenced)) return;
            AddDiscardable(referenced, 1);
        });
    }

    /// <summary>After a copy of <paramref name="callee"/> was inlined into <paramref name="caller"/>, the caller also holds the callee's inner uses.</summary>
    public void MergeUsesAfterInlining(CallGraphNode callee, CallGraphNode caller)
    {
        var calleeUses = UsesOf(callee);
        var callerUses = UsesOf(caller);
        foreach (var (node, count) in calleeUses.Inner.ToList())
        {
            callerUses.Inner[node] = callerUses.Inner.GetValueOrDefault(node) + count;
            AddDiscardable(node, count);
        }
    }

    private NodeUses UsesOf(CallGraphNode node)
    {
        if (!_nodeUses.TryGetValue(node, out var uses)) _nodeUses[node] = uses = new NodeUses();
        return uses;
    }

    private void Decrement(NodeUses uses)
    {
        foreach (var node in uses.TopLevel) AddDiscardable(node, -1);
        foreach (var (node, count) in uses.Inner) AddDiscardable(node, -count);
    }
}
