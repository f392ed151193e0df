namespace Lce.IR;

/// <summary>
/// Block dominators of one region, by the Cooper–Harvey–Kennedy iterative algorithm over a
/// reverse post-order. Blocks unreachable from the entry have no immediate dominator.
/// </summary>
public sealed class DominatorTree
{
    private readonly Dictionary<Block, int> _rpoIndex = new();
    private readonly List<Block> _rpo = new();
    private readonly int[] _idom;

    public DominatorTree(Region region)
    {
        if (region.EntryBlock is not { } entry) { _idom = []; return; }
        BuildReversePostOrder(entry);
        _idom = new int[_rpo.Count];
        Array.Fill(_idom, -1);
        _idom[0] = 0;
        var preds = _rpo.Select(b => b.Predecessors.Where(_rpoIndex.ContainsKey).Select(p => _rpoIndex[p]).ToArray()).ToArray();
        for (bool changed = true; changed;)
        {
            changed = false;
            for (int i = 1; i < _rpo.Count; i++)
            {
                int newIdom = -1;
                foreach (var p in preds[i])
                {
                    if (_idom[p] < 0) continue;
                    newIdom = newIdom < 0 ? p : Intersect(p, newIdom);
                }
                if (newIdom != _idom[i]) { _idom[i] = newIdom; changed = true; }
            }
        }
    }

    private void BuildReversePostOrder(Block entry)
    {
        var post = new List<Block>();
        var visited = new HashSet<Block>() { entry };
        var stack = new Stack<(Block, IEnumerator<Block>)>();
        stack.Push((entry, entry.Successors.GetEnumerator()));
        while (stack.Count > 0)
        {
            var (b, it) = stack.Peek();
            if (it.MoveNext())
            {
                var s = it.Current;
                if (visited.Add(s)) stack.Push((s, s.Successors.GetEnumerator()));
            }
            else { stack.Pop(); post.Add(b); }
        }
        post.Reverse();
        for (int i = 0; i < post.Count; i++) { _rpoIndex[post[i]] = i; _rpo.Add(post[i]); }
    }

    private int Intersect(int a, int b)
    {
        while (a != b)
        {
            while (a > b) a = _idom[a];
            while (b > a) b = _idom[b];
        }
        return a;
    }

    public bool IsReachable(Block b) => _rpoIndex.ContainsKey(b);

    /// <summary>The entry block (the tree's root), or null for an empty region.</summary>
    public Block? Root => _rpo.Count > 0 ? _rpo[0] : null;

    private Dictionary<Block, List<Block>>? _children;

    /// <summary>
    /// The blocks <paramref name="b"/> immediately dominates, in depth-first preorder over
    /// successors (the child order of LLVM's dominator tree nodes).
    /// </summary>
    public IReadOnlyList<Block> GetChildren(Block b)
    {
        _children ??= BuildChildren();
        return _children.TryGetValue(b, out var c) ? c : [];
    }

    private Dictionary<Block, List<Block>> BuildChildren()
    {
        var children = new Dictionary<Block, List<Block>>();
        if (Root is not { } root) return children;
        var visited = new HashSet<Block>();
        var stack = new Stack<Block>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            if (!visited.Add(b)) continue;
            if (!ReferenceEquals(b, root))
            {
                var idom = _rpo[_idom[_rpoIndex[b]]];
                if (!children.TryGetValue(idom, out var list)) children[idom] = list = new List<Block>();
                list.Add(b);
            }
            var term = b.LastOp;
            for (int i = (term?.NumSuccessors ?? 0) - 1; i >= 0; i--)
            {
                var s = term!.GetSuccessor(i);
                if (!visited.Contains(s)) stack.Push(s);
            }
        }
        return children;
    }

    /// <summary>Whether <paramref name="a"/> dominates <paramref name="b"/> (a block dominates itself).</summary>
    public bool Dominates(Block a, Block b)
    {
        if (!_rpoIndex.TryGetValue(a, out int ia) || !_rpoIndex.TryGetValue(b, out int ib)) return false;
        while (ib > ia) ib = _idom[ib];
        return ib == ia;
    }
}
