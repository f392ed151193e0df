namespace Lce.IR;

/// <summary>The kinds of call graph edges (MLIR's CallGraphNode::Edge::Kind).</summary>
public enum CallGraphEdgeKind
{
    /// <summary>From the external caller node to every callable that is not nested in another.</summary>
    Abstract,
    /// <summary>A call from the source's region to the target.</summary>
    Call,
    /// <summary>The target callable is nested inside the source callable.</summary>
    Child,
}

public readonly record struct CallGraphEdge(CallGraphNode Target, CallGraphEdgeKind Kind)
{
    public bool IsCall => Kind == CallGraphEdgeKind.Call;
    public bool IsChild => Kind == CallGraphEdgeKind.Child;
}

/// <summary>A callable region in the call graph, or one of the two external nodes (null region).</summary>
public sealed class CallGraphNode
{
    private readonly List<CallGraphEdge> _edges = new();
    private readonly HashSet<CallGraphEdge> _edgeSet = new();

    internal CallGraphNode(Region? callableRegion) { CallableRegion = callableRegion; }

    /// <summary>The region this node represents; null for the external-caller and unknown-callee nodes.</summary>
    public Region? CallableRegion { get; }
    public bool IsExternal => CallableRegion is null;

    /// <summary>Outgoing edges in insertion order (each target/kind pair once).</summary>
    public IReadOnlyList<CallGraphEdge> Edges => _edges;
    public bool HasChildren => _edges.Exists(e => e.IsChild);

    internal void AddEdge(CallGraphNode target, CallGraphEdgeKind kind)
    {
        var edge = new CallGraphEdge(target, kind);
        if (_edgeSet.Add(edge)) _edges.Add(edge);
    }
}

/// <summary>
/// The call graph of the callables nested in an op (MLIR's CallGraph): a node per callable
/// region, child edges from a callable to the callables nested in it, call edges for the calls
/// in its region, and an external caller node reaching every top-level callable. Calls that
/// resolve to nothing known (declarations, indirect calls) go to the unknown callee node.
/// </summary>
public sealed class CallGraph
{
    private readonly Dictionary<Region, CallGraphNode> _nodes = new();
    private readonly List<CallGraphNode> _order = new();

    public CallGraphNode ExternalCallerNode { get; } = new(null);
    public CallGraphNode UnknownCalleeNode { get; } = new(null);

    public CallGraph(Operation root)
    {
        // Nodes first, so calls to callables nested further on can be resolved.
        var tables = new SymbolTableCollection();
        Compute(root, tables, null, resolveCalls: false);
        Compute(root, tables, null, resolveCalls: true);
    }

    /// <summary>The callable nodes in creation order.</summary>
    public IReadOnlyList<CallGraphNode> Nodes => _order;

    public CallGraphNode? LookupNode(Region? region) => region is not null && _nodes.TryGetValue(region, out var n) ? n : null;

    /// <summary>The node a call resolves to, or the unknown callee node.</summary>
    public CallGraphNode ResolveCallable(Operation call, SymbolTableCollection tables) =>
        CallInterfaces.ResolveCallable(call, tables) is { } callee && LookupNode(CallInterfaces.GetCallableRegion(callee)) is { } node
            ? node
            : UnknownCalleeNode;

    private void Compute(Operation op, SymbolTableCollection tables, CallGraphNode? parent, bool resolveCalls)
    {
        if (CallInterfaces.AsCall(op) is not null)
        {
            if (resolveCalls && parent is not null) parent.AddEdge(ResolveCallable(op, tables), CallGraphEdgeKind.Call);
            return;
        }
        if (CallInterfaces.AsCallable(op) is not null)
        {
            if (CallInterfaces.GetCallableRegion(op) is not { } region) return;
            parent = GetOrAddNode(region, parent);
        }
        foreach (var r in op.Regions)
            foreach (var block in r.Blocks)
                for (var nested = block.FirstOp; nested is not null; nested = nested.NextNode)
                    Compute(nested, tables, parent, resolveCalls);
    }

    private CallGraphNode GetOrAddNode(Region region, CallGraphNode? parent)
    {
        if (_nodes.TryGetValue(region, out var node)) return node;
        node = new CallGraphNode(region);
        _nodes[region] = node;
        _order.Add(node);
        if (parent is not null) parent.AddEdge(node, CallGraphEdgeKind.Child);
        else ExternalCallerNode.AddEdge(node, CallGraphEdgeKind.Abstract);
        return node;
    }

    /// <summary>
    /// The strongly connected components reachable from the external caller node, callees
    /// before callers (LLVM's scc_iterator order: Tarjan's algorithm over edges in order; the
    /// nodes of a component are listed last-discovered first).
    /// </summary>
    public List<List<CallGraphNode>> StronglyConnectedComponents()
    {
        var result = new List<List<CallGraphNode>>();
        var visitNumbers = new Dictionary<CallGraphNode, uint>();
        var sccStack = new List<CallGraphNode>();
        var visitStack = new List<(CallGraphNode Node, int NextChild, uint MinVisited)>();
        uint visitCount = 0;

        void Visit(CallGraphNode n)
        {
            visitNumbers[n] = ++visitCount;
            sccStack.Add(n);
            visitStack.Add((n, 0, visitCount));
        }

        Visit(ExternalCallerNode);
        while (visitStack.Count > 0)
        {
            // Descend into the next unvisited child of the top frame.
            var top = visitStack[^1];
            if (top.NextChild < top.Node.Edges.Count)
            {
                var child = top.Node.Edges[top.NextChild].Target;
                visitStack[^1] = top with { NextChild = top.NextChild + 1 };
                if (!visitNumbers.TryGetValue(child, out uint childNumber)) { Visit(child); continue; }
                if (top.MinVisited > childNumber) visitStack[^1] = visitStack[^1] with { MinVisited = childNumber };
                continue;
            }

            visitStack.RemoveAt(visitStack.Count - 1);
            if (visitStack.Count > 0 && visitStack[^1].MinVisited > top.MinVisited)
                visitStack[^1] = visitStack[^1] with { MinVisited = top.MinVisited };
            if (top.MinVisited != visitNumbers[top.Node]) continue;

            var scc = new List<CallGraphNode>();
            CallGraphNode popped;
            do
            {
                popped = sccStack[^1];
                sccStack.RemoveAt(sccStack.Count - 1);
                visitNumbers[popped] = uint.MaxValue;
                scc.Add(popped);
            } while (!ReferenceEquals(popped, top.Node));
            result.Add(scc);
        }
        return result;
    }
}
