namespace Lce.Dialects.Scf;

using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>
/// MLIR's generic RegionBranchOpInterface canonicalizations
/// (populateRegionBranchOpInterfaceCanonicalizationPatterns), enabled for the scf region ops:
/// successor inputs that can only hold one outside value are replaced by it, duplicate inputs
/// are merged, and sets of tied inputs (block arguments, results) that are all dead are removed
/// together with the operands forwarded to them.
/// </summary>
internal static class RegionBranchPatterns
{
    public static void Add(RewritePatternSet set, string opName)
    {
        set.Add(RewritePattern.Create(opName, MakeSuccessorInputsDead, debugName: "(anonymous namespace)::MakeRegionBranchOpSuccessorInputsDead"));
        set.Add(RewritePattern.Create(opName, RemoveDuplicateSuccessorInputUses, debugName: "(anonymous namespace)::RemoveDuplicateSuccessorInputUses"));
        set.Add(RewritePattern.Create(opName, RemoveDeadSuccessorInputs, debugName: "(anonymous namespace)::RemoveDeadRegionBranchOpSuccessorInputs"));
    }

    /// <summary>The non-input values a successor input may receive, following inputs transitively.</summary>
    private static HashSet<Value> ReachableValues(Value value, Dictionary<Value, List<OpOperand>> inputToOperands)
    {
        var reachable = new HashSet<Value>();
        var visited = new HashSet<Value>();
        var worklist = new Stack<Value>();
        worklist.Push(value);
        while (worklist.Count > 0)
        {
            var next = worklist.Pop();
            if (!inputToOperands.TryGetValue(next, out var operands))
            {
                reachable.Add(next);
                continue;
            }
            foreach (var operand in operands)
                if (visited.Add(operand.Value)) worklist.Push(operand.Value);
        }
        return reachable;
    }

    /// <summary>Whether <paramref name="a"/>, reachable from input <paramref name="b"/>, is in scope wherever <paramref name="b"/> is.</summary>
    private static bool IsDefinedBefore(Operation op, Value a, Value b)
    {
        if (!ReferenceEquals(a.ParentRegion?.Owner, op)) return true;
        if (b is OpResult) return false;
        return a is BlockArgument aa && b is BlockArgument ba && ReferenceEquals(aa.Owner, ba.Owner);
    }

    public static bool MakeSuccessorInputsDead(Operation op, PatternRewriter rw)
    {
        var inverse = RegionBranch.InputToOperands(RegionBranch.OperandToInputs(op));
        var lookup = inverse.ToDictionary(e => e.Input, e => e.Operands);
        bool changed = false;
        foreach (var (value, _) in inverse)
        {
            if (!value.HasUses) continue;
            var reachable = ReachableValues(value, lookup);
            if (reachable.Count != 1) continue;
            var only = reachable.First();
            if (!IsDefinedBefore(op, only, value)) continue;
            rw.ReplaceAllUsesWith(value, only);
            changed = true;
        }
        return changed;
    }

    private static object Owner(Value v) => v is BlockArgument a ? a.Owner : ((OpResult)v).Owner;
    private static int Number(Value v) => v is BlockArgument a ? a.Index : ((OpResult)v).Index;

    public static bool RemoveDuplicateSuccessorInputUses(Operation op, PatternRewriter rw)
    {
        var inverse = RegionBranch.InputToOperands(RegionBranch.OperandToInputs(op));
        var lookup = inverse.ToDictionary(e => e.Input, e => e.Operands);
        var inputs = inverse.Select(e => e.Input).OrderBy(Number).ToList();
        bool changed = false;
        for (int i = 0; i < inputs.Count; i++)
        {
            var input1 = inputs[i];
            for (int j = i + 1; j < inputs.Count; j++)
            {
                var input2 = inputs[j];
                if (!input2.HasUses || !ReferenceEquals(Owner(input1), Owner(input2))) continue;
                if (!SameForwardedValues(lookup[input1], lookup[input2])) continue;
                rw.ReplaceAllUsesWith(input2, input1);
                changed = true;
            }
        }
        return changed;
    }

    /// <summary>Each branch point forwards the same value to both inputs (and both have the same predecessors).</summary>
    private static bool SameForwardedValues(List<OpOperand> a, List<OpOperand> b)
    {
        var byOwnerA = new Dictionary<Operation, Value>();
        foreach (var o in a) byOwnerA[o.Owner] = o.Value;
        var byOwnerB = new Dictionary<Operation, Value>();
        foreach (var o in b) byOwnerB[o.Owner] = o.Value;
        if (byOwnerA.Count != byOwnerB.Count) return false;
        foreach (var (owner, value) in byOwnerA)
            if (!byOwnerB.TryGetValue(owner, out var other) || !ReferenceEquals(value, other)) return false;
        return true;
    }

    public static bool RemoveDeadSuccessorInputs(Operation op, PatternRewriter rw)
    {
        var mapping = RegionBranch.OperandToInputs(op);
        var tied = new TiedValues();
        foreach (var (_, inputs) in mapping)
        {
            tied.Insert(inputs[0]);
            foreach (var next in inputs.Skip(1)) tied.Union(inputs[0], next);
        }

        var toRemove = new List<Value>();
        var blockArgs = new List<(Block Block, SortedSet<int> Indices)>();
        var results = new HashSet<int>();
        foreach (var set in tied.Sets())
        {
            if (set.Any(v => v.HasUses)) continue;
            foreach (var v in set)
            {
                if (v is BlockArgument arg)
                {
                    var entry = blockArgs.FindIndex(e => ReferenceEquals(e.Block, arg.Owner));
                    if (entry < 0) { blockArgs.Add((arg.Owner, new SortedSet<int>())); entry = blockArgs.Count - 1; }
                    blockArgs[entry].Indices.Add(arg.Index);
                }
                else results.Add(((OpResult)v).Index);
                toRemove.Add(v);
            }
        }
        if (toRemove.Count == 0) return rw.NotifyMatchFailure(op, "no values to remove");

        var inverse = RegionBranch.InputToOperands(mapping).ToDictionary(e => e.Input, e => e.Operands);
        var operandsToRemove = new List<(Operation Owner, SortedSet<int> Indices)>();
        foreach (var value in toRemove)
            foreach (var operand in inverse.TryGetValue(value, out var ops) ? ops : [])
            {
                var entry = operandsToRemove.FindIndex(e => ReferenceEquals(e.Owner, operand.Owner));
                if (entry < 0) { operandsToRemove.Add((operand.Owner, new SortedSet<int>())); entry = operandsToRemove.Count - 1; }
                operandsToRemove[entry].Indices.Add(operand.Index);
            }

        foreach (var (owner, indices) in operandsToRemove)
            rw.ModifyOpInPlace(owner, () => { foreach (var i in indices.Reverse()) owner.EraseOperand(i); });
        foreach (var (block, indices) in blockArgs)
            rw.ModifyOpInPlace(block.ParentOp!, () => { foreach (var i in indices.Reverse()) block.EraseArgument(i); });
        if (results.Count > 0) rw.EraseOpResults(op, results);
        return true;
    }

    /// <summary>Union-find over values keeping first-insertion order (llvm::EquivalenceClasses).</summary>
    private sealed class TiedValues
    {
        private readonly List<Value> _order = new();
        private readonly Dictionary<Value, Value> _parent = new();

        public void Insert(Value v)
        {
            if (_parent.TryAdd(v, v)) _order.Add(v);
        }

        private Value Find(Value v)
        {
            while (!ReferenceEquals(_parent[v], v)) v = _parent[v];
            return v;
        }

        public void Union(Value a, Value b)
        {
            Insert(a);
            Insert(b);
            var (ra, rb) = (Find(a), Find(b));
            if (!ReferenceEquals(ra, rb)) _parent[rb] = ra;
        }

        /// <summary>The sets, ordered by their first-inserted member; members in insertion order.</summary>
        public IEnumerable<List<Value>> Sets() =>
            _order.GroupBy(Find).Select(g => g.ToList());
    }
}
