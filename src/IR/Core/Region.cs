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

    /// <summary>Moves every block of this region into <paramref name="dest"/>, starting at block index <paramref name="index"/>.</summary>
    public void MoveBlocksInto(Region dest, int index)
    {
        foreach (var b in _blocks.ToList()) { RemoveBlock(b); dest.InsertBlock(index++, b); }
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

    internal void CloneInto(Region dest, IRMapping map) => CloneInto(dest, dest._blocks.Count, map);

    /// <summary>
    /// Clones the blocks of this region into <paramref name="dest"/> at block index
    /// <paramref name="index"/>. As MLIR's Region::cloneInto, block arguments already mapped in
    /// <paramref name="map"/> are not recreated: their uses are remapped to the given values.
    /// </summary>
    public void CloneInto(Region dest, int index, IRMapping map)
    {
        var newBlocks = new List<Block>();
        foreach (var b in _blocks)
        {
            var nb = new Block();
            foreach (var a in b.Arguments)
                if (!map.Contains(a)) map.Map(a, nb.AddArgument(a.Type, a.Location));
            map.Map(b, nb);
            newBlocks.Add(nb);
        }
        for (int i = 0; i < _blocks.Count; i++)
        {
            foreach (var op in _blocks[i].Operations) newBlocks[i].Append(op.Clone(map));
            dest.InsertBlock(index + i, newBlocks[i]);
        }
        // Uses may precede definitions in block order (any CFG order is allowed), so operands
        // cloned before their definition was mapped are fixed up once everything exists.
        foreach (var nb in newBlocks)
            foreach (var op in nb.Operations)
                op.Walk(o => { foreach (var operand in o.OpOperands) if (map.Contains(operand.Value)) operand.Set(map.Lookup(operand.Value)); });
    }
}
