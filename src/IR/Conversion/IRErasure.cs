namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>
/// Destroys IR left dead by a finished conversion, each op and block once even when a replaced
/// op was nested in another replaced op or an erased block (MLIR's SingleEraseRewriter).
/// </summary>
internal sealed class IRErasure(Action<Operation>? onErased = null)
{
    private readonly HashSet<object> _erased = new(ReferenceEqualityComparer.Instance);

    public bool WasErased(object opOrBlock) => _erased.Contains(opOrBlock);

    public void EraseOp(Operation op)
    {
        if (!_erased.Add(op)) return;
        op.Walk(nested =>
        {
            if (!ReferenceEquals(nested, op) && _erased.Add(nested)) onErased?.Invoke(nested);
            foreach (var r in nested.Regions)
                foreach (var b in r.Blocks) _erased.Add(b);
        });
        onErased?.Invoke(op);
        Destroy(op);
    }

    public void EraseBlock(Block block)
    {
        if (!_erased.Add(block)) return;
        for (var op = block.LastOp; op is not null;)
        {
            var prev = op.PrevNode;
            EraseOp(op);
            op = prev;
        }
        // Anything still referring to the dead block or its arguments is dead as well.
        foreach (var arg in block.Arguments)
            foreach (var use in arg.Uses.ToList()) use.Unlink();
        foreach (var use in block.Uses.ToList()) use.Unlink();
        if (block.Parent is not null) block.Erase(); else block.DropAllReferences();
    }

    /// <summary>Unlinks and drops an op with everything it references, whatever uses its results still have.</summary>
    public static void Destroy(Operation op)
    {
        foreach (var r in op.Results)
            foreach (var use in r.Uses.ToList()) use.Unlink();
        op.Remove();
        op.DropAllReferences();
    }
}
