namespace Lce.IR;

/// <summary>
/// Structural equivalence of operations (MLIR's OperationEquivalence): same name, attributes,
/// properties, operand and result types, equivalent operands (as a multiset for commutative
/// ops) and equivalent regions, where values defined inside the compared regions correspond
/// positionally. Locations are compared unless ignored.
/// </summary>
public static class OperationEquivalence
{
    /// <summary>A hash consistent with <see cref="IsEquivalentTo"/> over operands compared by identity (regions are not hashed).</summary>
    public static int ComputeHash(Operation op, bool ignoreLocations = true)
    {
        var hash = new HashCode();
        hash.Add(op.OpName);
        hash.Add(op.Attributes);
        hash.Add(op.Properties);
        hash.Add(op.OpaqueProperties);
        foreach (var r in op.Results) hash.Add(r.Type);
        if (!ignoreLocations) hash.Add(op.Location);
        if (op.HasTrait<Traits.Commutative>())
        {
            // Order-independent combination, as commutative ops match any operand order.
            int sum = 0;
            foreach (var o in op.OpOperands) sum = unchecked(sum + o.Value.GetHashCode());
            hash.Add(sum);
        }
        else
        {
            foreach (var o in op.OpOperands) hash.Add(o.Value);
        }
        return hash.ToHashCode();
    }

    /// <summary>Whether two ops compute the same thing (MLIR's isEquivalentTo with a value-equivalence cache).</summary>
    public static bool IsEquivalentTo(Operation lhs, Operation rhs, bool ignoreLocations = true) =>
        new Comparison(ignoreLocations).Ops(lhs, rhs, commutativeOperands: true);

    /// <summary>Whether two regions are equivalent block by block and op by op.</summary>
    public static bool IsRegionEquivalentTo(Region lhs, Region rhs, bool ignoreLocations = true) =>
        new Comparison(ignoreLocations).Regions(lhs, rhs, commutativeOperands: true);

    private sealed class Comparison(bool ignoreLocations)
    {
        private readonly Dictionary<Value, Value> _equivalent = new();

        private bool ValuesMatch(Value l, Value r) =>
            ReferenceEquals(l, r) || (_equivalent.TryGetValue(l, out var m) && ReferenceEquals(m, r));

        private void MarkEquivalent(Value l, Value r) => _equivalent.TryAdd(l, r);

        public bool Ops(Operation lhs, Operation rhs, bool commutativeOperands)
        {
            if (ReferenceEquals(lhs, rhs)) return true;
            if (!ReferenceEquals(lhs.OpName, rhs.OpName)
                || !ReferenceEquals(lhs.Attributes, rhs.Attributes)
                || lhs.NumRegions != rhs.NumRegions
                || lhs.NumSuccessors != rhs.NumSuccessors
                || lhs.NumOperands != rhs.NumOperands
                || lhs.NumResults != rhs.NumResults
                || !ReferenceEquals(lhs.Properties, rhs.Properties)
                || !ReferenceEquals(lhs.OpaqueProperties, rhs.OpaqueProperties))
                return false;
            if (!ignoreLocations && !ReferenceEquals(lhs.Location, rhs.Location)) return false;

            if (commutativeOperands && lhs.HasTrait<Traits.Commutative>())
            {
                if (!CommutativeOperandsMatch(lhs, rhs)) return false;
            }
            else
            {
                for (int i = 0; i < lhs.NumOperands; i++)
                {
                    Value l = lhs.GetOperand(i), r = rhs.GetOperand(i);
                    if (ReferenceEquals(l, r)) continue;
                    if (!ReferenceEquals(l.Type, r.Type) || !ValuesMatch(l, r)) return false;
                }
            }

            for (int i = 0; i < lhs.NumResults; i++)
            {
                if (!ReferenceEquals(lhs.GetResult(i).Type, rhs.GetResult(i).Type)) return false;
                MarkEquivalent(lhs.GetResult(i), rhs.GetResult(i));
            }

            for (int i = 0; i < lhs.NumRegions; i++)
                if (!Regions(lhs.GetRegion(i), rhs.GetRegion(i), commutativeOperands: false)) return false;
            return true;
        }

        /// <summary>
        /// Operands equal position by position up to the first mismatch; the rest must be the
        /// same values in some order (MLIR compares the remainders sorted, by identity).
        /// </summary>
        private bool CommutativeOperandsMatch(Operation lhs, Operation rhs)
        {
            int n = lhs.NumOperands, i = 0;
            while (i < n && ValuesMatch(lhs.GetOperand(i), rhs.GetOperand(i))) i++;
            if (i == n) return true;
            var remaining = new Dictionary<Value, int>();
            for (int j = i; j < n; j++)
                remaining[lhs.GetOperand(j)] = remaining.GetValueOrDefault(lhs.GetOperand(j)) + 1;
            for (int j = i; j < n; j++)
            {
                var v = rhs.GetOperand(j);
                if (!remaining.TryGetValue(v, out int count) || count == 0) return false;
                remaining[v] = count - 1;
            }
            return true;
        }

        /// <summary>Ops inside compare commutative operands as multisets only when the caller asked for it (MLIR passes no commutative check below the top op).</summary>
        public bool Regions(Region lhs, Region rhs, bool commutativeOperands)
        {
            var blockMap = new Dictionary<Block, Block>();
            bool MapBlock(Block l, Block r)
            {
                if (blockMap.TryGetValue(l, out var mapped)) return ReferenceEquals(mapped, r);
                blockMap[l] = r;
                return true;
            }

            var lBlocks = lhs.Blocks;
            var rBlocks = rhs.Blocks;
            int common = Math.Min(lBlocks.Count, rBlocks.Count);
            for (int b = 0; b < common; b++)
            {
                Block lb = lBlocks[b], rb = rBlocks[b];
                if (lb.NumArguments != rb.NumArguments || !MapBlock(lb, rb)) return false;
                for (int a = 0; a < lb.NumArguments; a++)
                {
                    BlockArgument la = lb.GetArgument(a), ra = rb.GetArgument(a);
                    if (!ReferenceEquals(la.Type, ra.Type)) return false;
                    if (!ignoreLocations && !ReferenceEquals(la.Location, ra.Location)) return false;
                    MarkEquivalent(la, ra);
                }
                Operation? lo = lb.FirstOp, ro = rb.FirstOp;
                for (; lo is not null && ro is not null; lo = lo.NextNode, ro = ro.NextNode)
                {
                    if (!Ops(lo, ro, commutativeOperands)) return false;
                    for (int s = 0; s < lo.NumSuccessors; s++)
                        if (!MapBlock(lo.GetSuccessor(s), ro.GetSuccessor(s))) return false;
                }
                if (lo is not null || ro is not null) return false;
            }
            return lBlocks.Count == rBlocks.Count;
        }
    }
}
