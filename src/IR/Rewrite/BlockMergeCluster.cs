using Lce.IR.Traits;

namespace Lce.IR.Rewrite;

/// <summary>
/// What block merging compares: a hash of the block's ops (ignoring operand identities and
/// locations) and, for each op with results, the position of its first result among the values
/// the block defines (arguments first).
/// </summary>
internal sealed class BlockEquivalenceData
{
    public Block Block { get; }
    public int Hash { get; }
    private readonly Dictionary<Operation, int> _opOrderIndex = new();

    public BlockEquivalenceData(Block block)
    {
        Block = block;
        int order = block.NumArguments;
        var hash = new HashCode();
        foreach (var op in block.Operations)
        {
            if (op.NumResults > 0)
            {
                _opOrderIndex[op] = order;
                order += op.NumResults;
            }
            hash.Add(OpShapeHash(op));
        }
        Hash = hash.ToHashCode();
    }

    public int OrderOf(Value v) => v is BlockArgument a ? a.Index : _opOrderIndex[((OpResult)v).Owner] + ((OpResult)v).Index;

    private static int OpShapeHash(Operation op)
    {
        var h = new HashCode();
        h.Add(op.OpName);
        h.Add(op.Attributes);
        h.Add(op.Properties is { IsEmpty: false } props ? props : null);
        h.Add(op.OpaqueProperties);
        foreach (var t in op.ResultTypes) h.Add(t);
        h.Add(op.NumOperands);
        return h.ToHashCode();
    }

    /// <summary>
    /// OperationEquivalence::isEquivalentTo with operand identities ignored and locations
    /// ignored: same name, attributes, properties, counts, operand and result types and regions
    /// (merging only considers ops whose regions are empty).
    /// </summary>
    /// <summary>An op without properties and one with an empty property dictionary hold the same (no) properties.</summary>
    private static bool PropertiesEqual(DictionaryAttr? lhs, DictionaryAttr? rhs) =>
        (lhs is null || lhs.IsEmpty) ? (rhs is null || rhs.IsEmpty) : Equals(lhs, rhs);

    public static bool OpsEquivalent(Operation lhs, Operation rhs)
    {
        if (ReferenceEquals(lhs, rhs)) return true;
        if (!Equals(lhs.Attributes, rhs.Attributes)) return false;
        if (!ReferenceEquals(lhs.OpName, rhs.OpName) || lhs.NumRegions != rhs.NumRegions
            || lhs.NumSuccessors != rhs.NumSuccessors || lhs.NumOperands != rhs.NumOperands
            || lhs.NumResults != rhs.NumResults || !PropertiesEqual(lhs.Properties, rhs.Properties)
            || !Equals(lhs.OpaqueProperties, rhs.OpaqueProperties))
            return false;
        for (int i = 0; i < lhs.NumOperands; i++)
        {
            var (l, r) = (lhs.GetOperand(i), rhs.GetOperand(i));
            if (!ReferenceEquals(l, r) && !ReferenceEquals(l.Type, r.Type)) return false;
        }
        for (int i = 0; i < lhs.NumResults; i++)
            if (!ReferenceEquals(lhs.GetResult(i).Type, rhs.GetResult(i).Type)) return false;
        for (int i = 0; i < lhs.NumRegions; i++)
            if (!lhs.GetRegion(i).IsEmpty || !rhs.GetRegion(i).IsEmpty) return false;
        return true;
    }
}

/// <summary>A leader block and the equivalent blocks to merge into it.</summary>
internal sealed class BlockMergeCluster(BlockEquivalenceData leader)
{
    private readonly List<Block> _blocksToMerge = new();
    /// <summary>(op index, operand index) of operands that differ between the blocks and become arguments.</summary>
    private readonly SortedSet<(int Op, int Operand)> _operandsToMerge = new();

    public bool TryAdd(BlockEquivalenceData data)
    {
        if (leader.Hash != data.Hash) return false;
        Block leaderBlock = leader.Block, mergeBlock = data.Block;
        if (leaderBlock.NumArguments != mergeBlock.NumArguments) return false;
        for (int i = 0; i < leaderBlock.NumArguments; i++)
            if (!ReferenceEquals(leaderBlock.GetArgument(i).Type, mergeBlock.GetArgument(i).Type)) return false;

        var mismatched = new List<(int, int)>();
        Operation? lhs = leaderBlock.FirstOp, rhs = mergeBlock.FirstOp;
        for (int opI = 0; lhs is not null && rhs is not null; lhs = lhs.NextNode, rhs = rhs.NextNode, opI++)
        {
            if (!BlockEquivalenceData.OpsEquivalent(lhs, rhs)) return false;
            for (int operand = 0; operand < lhs.NumOperands; operand++)
            {
                var (l, r) = (lhs.GetOperand(operand), rhs.GetOperand(operand));
                if (ReferenceEquals(l, r)) continue;
                if (!ReferenceEquals(l.Type, r.Type)) return false;
                bool lhsInBlock = ReferenceEquals(l.ParentBlock, leaderBlock);
                bool rhsInBlock = ReferenceEquals(r.ParentBlock, mergeBlock);
                if (lhsInBlock != rhsInBlock) return false;
                if (!lhsInBlock)
                {
                    // A result of a predecessor's terminator does not dominate the merged block.
                    if (!IsValidSuccessorArg(leaderBlock, l) || !IsValidSuccessorArg(mergeBlock, r)) return false;
                    mismatched.Add((opI, operand));
                    continue;
                }
                if (leader.OrderOf(l) != data.OrderOf(r)) return false;
            }
            // A merged op would stand for either block's, so it must not be used elsewhere.
            if (BlockMerging.IsUsedOutsideOfBlock(rhs, mergeBlock) || BlockMerging.IsUsedOutsideOfBlock(lhs, leaderBlock))
                return false;
        }
        if (lhs is not null || rhs is not null) return false;

        _operandsToMerge.UnionWith(mismatched);
        if (!_blocksToMerge.Contains(mergeBlock)) _blocksToMerge.Add(mergeBlock);
        return true;
    }

    private static bool IsValidSuccessorArg(Block block, Value operand)
    {
        var def = operand.DefiningOp;
        var parent = operand.ParentBlock!;
        if (def is null || !ReferenceEquals(def, parent.Terminator)) return true;
        return !block.Predecessors.Contains(parent);
    }

    private static bool AbleToUpdatePredOperands(Block block) =>
        block.Uses.All(u => u.Owner.HasTrait<BranchOpInterface>());

    public bool Merge(RewriterBase rewriter)
    {
        if (_blocksToMerge.Count == 0) return false;
        var leaderBlock = leader.Block;
        if (_operandsToMerge.Count > 0)
        {
            if (!AbleToUpdatePredOperands(leaderBlock) || !_blocksToMerge.All(AbleToUpdatePredOperands)) return false;

            var cursors = new List<Operation?> { leaderBlock.FirstOp };
            cursors.AddRange(_blocksToMerge.Select(b => b.FirstOp));
            var newArguments = new List<Value[]>();
            for (int i = 0; i < cursors.Count; i++) newArguments.Add(new Value[_operandsToMerge.Count]);
            int curOpIndex = 0, numOldArguments = leaderBlock.NumArguments, index = 0;
            foreach (var (opIndex, operandIndex) in _operandsToMerge)
            {
                int offset = opIndex - curOpIndex;
                curOpIndex = opIndex;
                for (int i = 0; i < cursors.Count; i++)
                {
                    for (int k = 0; k < offset; k++) cursors[i] = cursors[i]!.NextNode;
                    var operand = cursors[i]!.OpOperands[operandIndex];
                    newArguments[i][index] = operand.Value;
                    if (i == 0)
                    {
                        var v = operand.Value;
                        operand.Set(leaderBlock.AddArgument(v.Type, LocationOf(v)));
                    }
                }
                index++;
            }
            var pruned = PruneRedundantArguments(newArguments, rewriter, numOldArguments, leaderBlock);
            UpdatePredecessors(leaderBlock, pruned[0]);
            for (int i = 0; i < _blocksToMerge.Count; i++) UpdatePredecessors(_blocksToMerge[i], pruned[i + 1]);
        }
        foreach (var block in _blocksToMerge)
        {
            while (block.Uses.FirstOrDefault() is { } use) use.Set(leaderBlock);
            rewriter.EraseBlock(block);
        }
        return true;
    }

    private static Location LocationOf(Value v) => v is BlockArgument a ? a.Location : v.DefiningOp!.Location;

    private static void UpdatePredecessors(Block block, IReadOnlyList<Value> arguments)
    {
        foreach (var use in block.Uses.ToList())
            BranchOpInterface.GetSuccessorOperands(use.Owner, use.Index)!.Append(arguments);
    }

    /// <summary>
    /// Removes new arguments that repeat an earlier one in every predecessor list ([x, y, x] -> [x, y]),
    /// rewiring the leader's duplicate arguments to the first; returns the pruned lists.
    /// </summary>
    private static List<Value[]> PruneRedundantArguments(List<Value[]> newArguments, RewriterBase rewriter, int numOldArguments, Block block)
    {
        int numLists = newArguments.Count, numArgs = newArguments[0].Length;
        var replacementOf = new Dictionary<int, int>();
        var firstIndex = new Dictionary<Value, int>();
        for (int j = 0; j < numArgs; j++) firstIndex.TryAdd(newArguments[0][j], j);
        for (int j = 0; j < numArgs; j++)
        {
            int k = firstIndex[newArguments[0][j]];
            if (k == j) continue;
            bool replace = true;
            for (int i = 1; i < numLists; i++) replace = replace && ReferenceEquals(newArguments[i][k], newArguments[i][j]);
            if (replace) replacementOf[j] = k;
        }
        var pruned = new List<Value[]>();
        for (int i = 0; i < numLists; i++)
            pruned.Add(Enumerable.Range(0, numArgs).Where(j => !replacementOf.ContainsKey(j)).Select(j => newArguments[i][j]).ToArray());

        var toErase = new List<int>();
        for (int idx = 0; idx < block.NumArguments; idx++)
        {
            if (!replacementOf.TryGetValue(idx, out int repl)) continue;
            rewriter.ReplaceAllUsesWith(block.GetArgument(numOldArguments + idx), block.GetArgument(numOldArguments + repl));
            toErase.Add(numOldArguments + idx);
        }
        for (int i = toErase.Count - 1; i >= 0; i--) block.EraseArgument(toErase[i]);
        return pruned;
    }
}
