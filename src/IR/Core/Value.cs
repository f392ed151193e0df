namespace Lce.IR;

/// <summary>
/// An SSA value: an operation result or a block argument. Keeps its uses in an intrusive
/// doubly-linked list so adding, removing and replacing a use is O(1).
/// </summary>
public abstract class Value
{
    public IRType Type { get; set; }
    internal OpOperand? FirstUse;

    private static int _nextHash;
    private readonly int _hash = Interlocked.Increment(ref _nextHash);

    protected Value(IRType type) { Type = type; }

    /// <summary>Identity hash from a counter: cheaper than the runtime's object hash in the printer's and passes' tables.</summary>
    public sealed override int GetHashCode() => _hash;
    public sealed override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <summary>The operation that defines this value, or null for a block argument.</summary>
    public abstract Operation? DefiningOp { get; }
    /// <summary>The block in which the value is defined.</summary>
    public abstract Block? ParentBlock { get; }
    public Region? ParentRegion => ParentBlock?.Parent;

    public IEnumerable<OpOperand> Uses
    {
        get
        {
            for (var u = FirstUse; u is not null;)
            {
                var next = u.NextUse; // tolerate the caller removing the current use
                yield return u;
                u = next;
            }
        }
    }

    public IEnumerable<Operation> Users => Uses.Select(u => u.Owner);
    public bool HasUses => FirstUse is not null;
    public bool HasOneUse => FirstUse is not null && FirstUse.NextUse is null;
    public int UseCount { get { int n = 0; for (var u = FirstUse; u is not null; u = u.NextUse) n++; return n; } }

    /// <summary>Makes every use of this value use <paramref name="replacement"/> instead.</summary>
    public void ReplaceAllUsesWith(Value replacement)
    {
        if (ReferenceEquals(replacement, this)) return;
        while (FirstUse is not null) FirstUse.Set(replacement);
    }

    /// <summary>Replaces the uses for which <paramref name="predicate"/> holds.</summary>
    public void ReplaceUsesWithIf(Value replacement, Func<OpOperand, bool> predicate)
    {
        foreach (var u in Uses.ToList()) if (predicate(u)) u.Set(replacement);
    }
}

public sealed class OpResult : Value
{
    public Operation Owner { get; }
    public int Index { get; }
    internal OpResult(Operation owner, int index, IRType type) : base(type) { Owner = owner; Index = index; }
    public override Operation DefiningOp => Owner;
    public override Block? ParentBlock => Owner.ParentBlock;
}

public sealed class BlockArgument : Value
{
    public Block Owner { get; }
    public int Index { get; internal set; }
    public Location Location { get; set; }
    internal BlockArgument(Block owner, int index, IRType type, Location loc) : base(type) { Owner = owner; Index = index; Location = loc; }
    public override Operation? DefiningOp => null;
    public override Block ParentBlock => Owner;
}

/// <summary>One operand slot of an operation: a use of a value.</summary>
public sealed class OpOperand
{
    public Operation Owner { get; }
    public int Index { get; internal set; }
    public Value Value { get; private set; }
    internal OpOperand? PrevUse, NextUse;

    internal OpOperand(Operation owner, int index, Value value)
    {
        Owner = owner; Index = index; Value = value;
        Link();
    }

    /// <summary>Points this operand at another value, updating both use lists.</summary>
    public void Set(Value v)
    {
        if (ReferenceEquals(v, Value)) return;
        Unlink();
        Value = v;
        Link();
    }

    private bool _linked;

    /// <summary>False once the use was dropped (MLIR leaves a null operand behind; ours keeps the old value but no longer counts as a use).</summary>
    internal bool IsLinked => _linked;

    private void Link()
    {
        _linked = true;
        NextUse = Value.FirstUse;
        if (NextUse is not null) NextUse.PrevUse = this;
        PrevUse = null;
        Value.FirstUse = this;
    }

    /// <summary>Leaves the value's use list (idempotent: erasing IR may drop a use before its owner).</summary>
    internal void Unlink()
    {
        if (!_linked) return;
        _linked = false;
        if (PrevUse is not null) PrevUse.NextUse = NextUse; else Value.FirstUse = NextUse;
        if (NextUse is not null) NextUse.PrevUse = PrevUse;
        PrevUse = NextUse = null;
    }
}

/// <summary>One successor slot of a terminator: a use of a block, tracked for predecessor lists.</summary>
public sealed class BlockOperand
{
    public Operation Owner { get; }
    public int Index { get; }
    public Block Block { get; private set; }
    internal BlockOperand? PrevUse, NextUse;

    internal BlockOperand(Operation owner, int index, Block block)
    {
        Owner = owner; Index = index; Block = block;
        Link();
    }

    public void Set(Block b)
    {
        if (ReferenceEquals(b, Block)) return;
        Unlink(); Block = b; Link();
    }

    private bool _linked;

    private void Link()
    {
        _linked = true;
        NextUse = Block.FirstUse;
        if (NextUse is not null) NextUse.PrevUse = this;
        PrevUse = null;
        Block.FirstUse = this;
    }

    internal void Unlink()
    {
        if (!_linked) return;
        _linked = false;
        if (PrevUse is not null) PrevUse.NextUse = NextUse; else Block.FirstUse = NextUse;
        if (NextUse is not null) NextUse.PrevUse = PrevUse;
        PrevUse = NextUse = null;
    }
}
