namespace Lce.IR.Parsing;

/// <summary>
/// Block labels of one region: `^bb1` may be used (as a successor) before its label appears; such
/// blocks are created detached and added to the region when defined. Any still undefined when the
/// region ends are "reference to an undefined block".
/// </summary>
internal sealed class BlockScope(ParserSession s, Region region)
{
    private sealed class Entry
    {
        public required Block Block;
        public required Location FirstUse;
        public bool Defined;
        public Location? Definition;
    }

    private readonly Dictionary<string, Entry> _blocks = new(StringComparer.Ordinal);
    public Region Region => region;

    /// <summary>The block named by a successor reference, created on first use.</summary>
    public Block Use(string name, Location loc)
    {
        if (_blocks.TryGetValue(name, out var e)) return e.Block;
        var block = new Block();
        _blocks[name] = new Entry { Block = block, FirstUse = loc };
        return block;
    }

    /// <summary>Defines a block label and appends the block to the region.</summary>
    public Block Define(string name, Location loc)
    {
        if (_blocks.TryGetValue(name, out var e))
        {
            if (e.Defined)
            {
                var err = s.Error(loc, $"redefinition of block '^{name}'");
                if (e.Definition is not null) err.Diagnostic.AttachNote("previously defined here", e.Definition);
                throw err;
            }
        }
        else
        {
            e = new Entry { Block = new Block(), FirstUse = loc };
            _blocks[name] = e;
        }
        e.Defined = true;
        e.Definition = loc;
        region.AppendBlock(e.Block);
        return e.Block;
    }

    /// <summary>Checks that every referenced block was defined.</summary>
    public void Finish()
    {
        foreach (var e in _blocks.Values)
            if (!e.Defined) throw s.Error(e.FirstUse, "reference to an undefined block");
    }
}
