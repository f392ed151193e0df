namespace Lce.IR;

/// <summary>An ordered list of blocks owned by an operation.</summary>
public sealed class Region
{
    private readonly List<Block> _blocks = new();
    public Operation? Owner { get; }
    internal Region(Operation? owner) { Owner = owner; }

    /// <summary>A region not attached to an operation (used while building or parsing).</summary>
    public static Region CreateDetached() => new(null);

    public IReadOnlyList<Block> Blocks => _blocks;
    public bool IsEmpty => _blocks.Count == 0;
    public Block? EntryBlock => _blocks.Count > 0 ? _blocks[0] : null;

    public Block AddBlock()
    {
        var b = new Block();
        AppendBlock(b);
        return b;
    }

    public void AppendBlock(Block b)
    {
        if (b.Parent is not null) throw new InvalidOperationException("block already belongs to a region");
        b.Parent = this;
        _blocks.Add(b);
    }

    public void InsertBlock(int index, Block b)
    {
        if (b.Parent is not null) throw new InvalidOperationException("block already belongs to a region");
        b.Parent = this;
        _blocks.Insert(index, b);
    }

    internal void RemoveBlock(Block b)
    {
        _blocks.Remove(b);
        b.Parent = null;
    }

    public int IndexOf(Block b) => _blocks.IndexOf(b);

    /// <summary>Moves every block of this region to the end of <paramref name="dest"/>.</summary>
    public void TakeBody(Region dest)
    {
        foreach (var b in _blocks.ToList()) { RemoveBlock(b); dest.AppendBlock(b); }
    }

    public IEnumerable<Operation> Ops => _blocks.SelectMany(b => b.Operations);

    internal void DropAllReferences()
    {
        foreach (var b in _blocks) b.DropAllReferences();
    }

    /// <summary>Whether <paramref name="op"/> is nested (at any depth) inside this region.</summary>
    public bool IsAncestorOf(Operation op)
    {
        for (var r = op.ParentRegion; r is not null; r = r.Owner?.ParentRegion)
            if (ReferenceEquals(r, this)) return true;
        return false;
    }

    internal void CloneInto(Region dest, IRMapping map)
    {
        var newBlocks = new List<Block>();
        foreach (var b in _blocks)
        {
            var nb = new Block();
            foreach (var a in b.Arguments) map.Map(a, nb.AddArgument(a.Type, a.Location));
            map.Map(b, nb);
            newBlocks.Add(nb);
        }
        for (int i = 0; i < _blocks.Count; i++)
        {
            foreach (var op in _blocks[i].Operations) newBlocks[i].Append(op.Clone(map));
            dest.AppendBlock(newBlocks[i]);
        }
        // Uses may precede definitions in block order (any CFG order is allowed), so operands
        // cloned before their definition was mapped are fixed up once everything exists.
        foreach (var nb in newBlocks)
            foreach (var op in nb.Operations)
                op.Walk(o => { foreach (var operand in o.OpOperands) if (map.Contains(operand.Value)) operand.Set(map.Lookup(operand.Value)); });
    }
}
