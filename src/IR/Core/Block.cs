namespace Lce.IR;

/// <summary>
/// A basic block: arguments and an ordered list of operations (intrusive doubly-linked list,
/// O(1) insertion and removal; order queries renumber lazily).
/// </summary>
public sealed class Block
{
    private readonly List<BlockArgument> _arguments = new();
    public Region? Parent { get; internal set; }
    public Operation? FirstOp { get; private set; }
    public Operation? LastOp { get; private set; }
    internal BlockOperand? FirstUse;
    private bool _orderValid;
    private int _count;

    public IReadOnlyList<BlockArgument> Arguments => _arguments;
    public int NumArguments => _arguments.Count;
    public BlockArgument GetArgument(int i) => _arguments[i];
    public Operation? ParentOp => Parent?.Owner;
    public bool IsEmpty => FirstOp is null;
    public int OperationCount => _count;

    public IEnumerable<Operation> Operations
    {
        get
        {
            for (var o = FirstOp; o is not null;)
            {
                var next = o.NextInBlock; // the current op may be removed by the caller
                yield return o;
                o = next;
            }
        }
    }

    public BlockArgument AddArgument(IRType type, Location loc)
    {
        var a = new BlockArgument(this, _arguments.Count, type, loc);
        _arguments.Add(a);
        return a;
    }

    public BlockArgument InsertArgument(int index, IRType type, Location loc)
    {
        var a = new BlockArgument(this, index, type, loc);
        _arguments.Insert(index, a);
        for (int i = index + 1; i < _arguments.Count; i++) _arguments[i].Index = i;
        return a;
    }

    public void EraseArgument(int index)
    {
        if (_arguments[index].HasUses) throw new InvalidOperationException("cannot erase a block argument that has uses");
        _arguments.RemoveAt(index);
        for (int i = index; i < _arguments.Count; i++) _arguments[i].Index = i;
    }

    /// <summary>The blocks whose terminators branch here (one entry per branch edge).</summary>
    public IEnumerable<Block> Predecessors
    {
        get
        {
            for (var u = FirstUse; u is not null; u = u.NextUse)
                if (u.Owner.ParentBlock is { } b) yield return b;
        }
    }

    public IEnumerable<BlockOperand> Uses
    {
        get { for (var u = FirstUse; u is not null; u = u.NextUse) yield return u; }
    }
    public bool HasNoPredecessors => FirstUse is null;

    public Operation? Terminator => LastOp is { } op && op.HasTrait<Traits.IsTerminator>() ? op : null;

    public IEnumerable<Block> Successors => LastOp?.Successors ?? [];

    public bool IsEntryBlock => Parent is { } r && r.Blocks.Count > 0 && ReferenceEquals(r.Blocks[0], this);

    // ---- list maintenance ----
    public void Append(Operation op) => InsertBefore(null, op);

    public void Prepend(Operation op) => InsertBefore(FirstOp, op);

    /// <summary>Inserts <paramref name="op"/> before <paramref name="anchor"/> (null means at the end).</summary>
    public void InsertBefore(Operation? anchor, Operation op)
    {
        if (op.ParentBlock is not null) throw new InvalidOperationException($"'{op.Name}' is already in a block");
        op.ParentBlock = this;
        var prev = anchor is null ? LastOp : anchor.PrevInBlock;
        op.PrevInBlock = prev;
        op.NextInBlock = anchor;
        if (prev is null) FirstOp = op; else prev.NextInBlock = op;
        if (anchor is null) LastOp = op; else anchor.PrevInBlock = op;
        _count++;
        // Keep numbering valid when appending at the end, the parser's and builder's common case.
        if (_orderValid && anchor is null) op.OrderIndex = prev is null ? 0 : prev.OrderIndex + 1;
        else _orderValid = false;
    }

    public void InsertAfter(Operation anchor, Operation op) => InsertBefore(anchor.NextInBlock, op);

    internal void RemoveOp(Operation op)
    {
        if (op.PrevInBlock is null) FirstOp = op.NextInBlock; else op.PrevInBlock.NextInBlock = op.NextInBlock;
        if (op.NextInBlock is null) LastOp = op.PrevInBlock; else op.NextInBlock.PrevInBlock = op.PrevInBlock;
        op.PrevInBlock = op.NextInBlock = null;
        op.ParentBlock = null;
        _count--;
    }

    internal void EnsureOrder()
    {
        if (_orderValid) return;
        long i = 0;
        for (var o = FirstOp; o is not null; o = o.NextInBlock) o.OrderIndex = i++;
        _orderValid = true;
    }

    /// <summary>Moves all ops of this block to the end of <paramref name="dest"/> (or before an anchor in it).</summary>
    public void MoveOpsTo(Block dest, Operation? before = null)
    {
        foreach (var op in Operations.ToList()) { op.Remove(); dest.InsertBefore(before, op); }
    }

    /// <summary>Removes this block from its region and drops references held by its ops.</summary>
    public void Erase()
    {
        Parent?.RemoveBlock(this);
        DropAllReferences();
    }

    internal void DropAllReferences()
    {
        for (var o = FirstOp; o is not null; o = o.NextInBlock) o.DropAllReferences();
    }

    private static int _nextHash;
    private readonly int _hash = Interlocked.Increment(ref _nextHash);
    /// <summary>Identity hash from a counter (cheaper than the runtime's object hash).</summary>
    public override int GetHashCode() => _hash;
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <summary>Index of this block within its region.</summary>
    public int IndexInRegion => Parent?.IndexOf(this) ?? -1;
}
