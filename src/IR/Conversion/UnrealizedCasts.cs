namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>Clean-up of `builtin.unrealized_conversion_cast` chains (MLIR's reconcileUnrealizedCasts).</summary>
public static class UnrealizedCasts
{
    public const string OpName = "builtin.unrealized_conversion_cast";

    /// <summary>
    /// Removes the given casts where possible: unused casts are erased, and a cast whose chain of
    /// input casts reaches values of its own result types is replaced by those values
    /// (A→B→C→A collapses to the original A value). Casts that survive are added to
    /// <paramref name="remaining"/> in their original order.
    /// </summary>
    public static void Reconcile(IReadOnlyList<Operation> castOps, List<Operation>? remaining = null)
    {
        var worklist = new OrderedWorklist(castOps);
        var erased = new HashSet<Operation>();

        void EnqueueOperands(Operation cast)
        {
            foreach (var v in cast.Operands)
                if (v.DefiningOp is { } def && def.Name == OpName) worklist.Push(def);
        }

        // Bottom-up: the newest entries first, so users are handled before the casts they consume.
        while (worklist.TryPop(out var cast))
        {
            if (cast.UseEmpty)
            {
                EnqueueOperands(cast);
                erased.Add(cast);
                cast.Erase();
                continue;
            }
            var resultTypes = cast.ResultTypes.ToList();
            for (var next = cast; next is not null; next = InputCast(next))
            {
                if (!Seq.ValueEqual(next.OperandTypes.ToList(), resultTypes)) continue;
                EnqueueOperands(cast);
                cast.ReplaceAllUsesWith(next.Operands.ToList());
                erased.Add(cast);
                cast.Erase();
                break;
            }
        }
        if (remaining is null) return;
        foreach (var op in castOps)
            if (!erased.Contains(op)) remaining.Add(op);
    }

    /// <summary>Reconciles every cast nested in <paramref name="root"/> (the `reconcile-unrealized-casts` pass).</summary>
    public static void ReconcileAll(Operation root)
    {
        var casts = new List<Operation>();
        root.Walk(op => { if (op.Name == OpName) casts.Add(op); });
        Reconcile(casts);
    }

    /// <summary>The cast that defines all inputs of <paramref name="cast"/>, in order, or null.</summary>
    private static Operation? InputCast(Operation cast)
    {
        if (cast.NumOperands == 0) return null;
        if (cast.GetOperand(0).DefiningOp is not { } input || input.Name != OpName) return null;
        if (input.NumResults != cast.NumOperands) return null;
        for (int i = 0; i < cast.NumOperands; i++)
            if (!ReferenceEquals(cast.GetOperand(i), input.GetResult(i))) return null;
        return input;
    }

    /// <summary>A LIFO worklist without duplicates (LLVM's SetVector used as a stack).</summary>
    private sealed class OrderedWorklist
    {
        private readonly List<Operation> _items = new();
        private readonly HashSet<Operation> _set = new();

        public OrderedWorklist(IEnumerable<Operation> initial) { foreach (var op in initial) Push(op); }

        public void Push(Operation op) { if (_set.Add(op)) _items.Add(op); }

        public bool TryPop(out Operation op)
        {
            if (_items.Count == 0) { op = null!; return false; }
            op = _items[^1];
            _items.RemoveAt(_items.Count - 1);
            _set.Remove(op);
            return true;
        }
    }
}
