namespace Lce.IR;

/// <summary>
/// A generic operation: name, operands, results, successors, regions, properties (inherent
/// attributes of registered ops, printed `&lt;{...}&gt;`), discardable attributes and a location.
/// Ops of a kind are described by their <see cref="OpDefinition"/>; the object itself is generic
/// as in MLIR. Ops live in an intrusive list inside their block (O(1) insert/remove).
/// </summary>
public sealed partial class Operation
{
    public IRContext Context { get; }
    public OperationName OpName { get; }
    public string Name => OpName.Name;
    public OpDefinition? Definition => OpName.Definition;
    public Location Location { get; set; }

    private readonly List<OpOperand> _operands;
    private readonly OpResult[] _results;
    private BlockOperand[] _successors;
    private readonly Region[] _regions;

    /// <summary>Inherent attributes; null when the op keeps no properties (unregistered ops parsed without `&lt;{}&gt;`).</summary>
    public DictionaryAttr? Properties { get; set; }
    /// <summary>
    /// Properties of an unregistered op given as a non-dictionary attribute (`&lt;1 : i32&gt;`);
    /// MLIR keeps whatever attribute such an op was parsed with.
    /// </summary>
    public IRAttribute? OpaqueProperties { get; set; }
    /// <summary>Discardable attributes, printed after the regions in `{...}`.</summary>
    public DictionaryAttr Attributes { get; set; }

    public Block? ParentBlock { get; internal set; }
    internal Operation? PrevInBlock, NextInBlock;
    internal long OrderIndex = -1;

    private Operation(IRContext ctx, OperationName name, Location loc, IReadOnlyList<Value> operands,
        IReadOnlyList<IRType> resultTypes, IReadOnlyList<Block> successors, int numRegions,
        DictionaryAttr? properties, DictionaryAttr attributes)
    {
        Context = ctx; OpName = name; Location = loc;
        _operands = new List<OpOperand>(operands.Count);
        for (int i = 0; i < operands.Count; i++) _operands.Add(new OpOperand(this, i, operands[i]));
        _results = new OpResult[resultTypes.Count];
        for (int i = 0; i < _results.Length; i++) _results[i] = new OpResult(this, i, resultTypes[i]);
        _successors = successors.Count == 0 ? [] : new BlockOperand[successors.Count];
        for (int i = 0; i < _successors.Length; i++) _successors[i] = new BlockOperand(this, i, successors[i]);
        _regions = numRegions == 0 ? [] : new Region[numRegions];
        for (int i = 0; i < numRegions; i++) _regions[i] = new Region(this);
        Properties = properties;
        Attributes = attributes;
    }

    /// <summary>Creates a detached operation. Registered ops get their declared property defaults.</summary>
    public static Operation Create(IRContext ctx, string name, Location loc,
        IReadOnlyList<Value>? operands = null, IReadOnlyList<IRType>? resultTypes = null,
        DictionaryAttr? attributes = null, DictionaryAttr? properties = null,
        IReadOnlyList<Block>? successors = null, int numRegions = 0) =>
        Create(ctx, ctx.GetOperationName(name), loc, operands, resultTypes, attributes, properties, successors, numRegions);

    public static Operation Create(IRContext ctx, OperationName name, Location loc,
        IReadOnlyList<Value>? operands = null, IReadOnlyList<IRType>? resultTypes = null,
        DictionaryAttr? attributes = null, DictionaryAttr? properties = null,
        IReadOnlyList<Block>? successors = null, int numRegions = 0)
    {
        var attrs = attributes ?? DictionaryAttr.Empty(ctx);
        if (name.Definition is { } def)
        {
            // Inherent attributes given among the discardable ones become properties, as MLIR does.
            (properties, attrs) = def.SplitProperties(ctx, properties, attrs);
        }
        return new Operation(ctx, name, loc, operands ?? [], resultTypes ?? [], successors ?? [], numRegions, properties, attrs);
    }

    // ---- operands ----
    public IReadOnlyList<OpOperand> OpOperands => _operands;
    public int NumOperands => _operands.Count;
    public Value GetOperand(int i) => _operands[i].Value;
    public IEnumerable<Value> Operands => _operands.Select(o => o.Value);
    public IEnumerable<IRType> OperandTypes => _operands.Select(o => o.Value.Type);
    public void SetOperand(int i, Value v) => _operands[i].Set(v);

    /// <summary>Replaces the whole operand list.</summary>
    public void SetOperands(IReadOnlyList<Value> values)
    {
        foreach (var o in _operands) o.Unlink();
        _operands.Clear();
        for (int i = 0; i < values.Count; i++) _operands.Add(new OpOperand(this, i, values[i]));
    }

    /// <summary>Inserts operands at <paramref name="index"/>; existing uses stay linked where they are (use-list order is observable).</summary>
    public void InsertOperands(int index, IReadOnlyList<Value> values)
    {
        var added = new OpOperand[values.Count];
        for (int i = 0; i < values.Count; i++) added[i] = new OpOperand(this, index + i, values[i]);
        _operands.InsertRange(index, added);
        for (int i = index + values.Count; i < _operands.Count; i++) _operands[i].Index = i;
    }

    /// <summary>Removes one operand; the other uses keep their place in their values' use lists.</summary>
    public void EraseOperand(int index)
    {
        _operands[index].Unlink();
        _operands.RemoveAt(index);
        for (int i = index; i < _operands.Count; i++) _operands[i].Index = i;
    }

    // ---- results ----
    public IReadOnlyList<OpResult> Results => _results;
    public int NumResults => _results.Length;
    public OpResult GetResult(int i) => _results[i];
    public OpResult Result => _results.Length == 1 ? _results[0] : throw new InvalidOperationException($"'{Name}' has {_results.Length} results");
    public IEnumerable<IRType> ResultTypes => _results.Select(r => r.Type);
    public bool UseEmpty => _results.All(r => !r.HasUses);

    public void ReplaceAllUsesWith(IReadOnlyList<Value> values)
    {
        if (values.Count != _results.Length) throw new ArgumentException("replacement count must match the result count");
        for (int i = 0; i < _results.Length; i++) _results[i].ReplaceAllUsesWith(values[i]);
    }

    // ---- successors ----
    public IReadOnlyList<BlockOperand> BlockOperands => _successors;
    public IEnumerable<Block> Successors => _successors.Select(s => s.Block);
    public int NumSuccessors => _successors.Length;
    public Block GetSuccessor(int i) => _successors[i].Block;
    public void SetSuccessor(int i, Block b) => _successors[i].Set(b);

    // ---- regions ----
    public IReadOnlyList<Region> Regions => _regions;
    public int NumRegions => _regions.Length;
    public Region GetRegion(int i) => _regions[i];

    // ---- attributes and properties ----
    public IRAttribute? GetAttr(string name) => Attributes.Get(name);
    public void SetAttr(string name, IRAttribute value) => Attributes = Attributes.With(Context, name, value);
    public void RemoveAttr(string name) => Attributes = Attributes.Without(Context, name);

    /// <summary>An inherent attribute (property) of the op, or null when absent.</summary>
    public IRAttribute? GetProp(string name) => Properties?.Get(name);
    public void SetProp(string name, IRAttribute value) =>
        Properties = (Properties ?? DictionaryAttr.Empty(Context)).With(Context, name, value);
    public void RemoveProp(string name) { if (Properties is not null) Properties = Properties.Without(Context, name); }

    /// <summary>Property if the op defines it as one, otherwise discardable attribute.</summary>
    public IRAttribute? GetInherentOrDiscardable(string name) => GetProp(name) ?? GetAttr(name);

    // ---- structure ----
    public Region? ParentRegion => ParentBlock?.Parent;
    public Operation? ParentOp => ParentBlock?.Parent?.Owner;
    public Operation? NextNode => NextInBlock;
    public Operation? PrevNode => PrevInBlock;

    public bool HasTrait<T>() where T : OpTrait => OpName.HasTrait<T>();

    /// <summary>True if this op is <paramref name="other"/> or contains it (through regions).</summary>
    public bool IsAncestorOf(Operation other)
    {
        for (Operation? o = other; o is not null; o = o.ParentOp) if (ReferenceEquals(o, this)) return true;
        return false;
    }

    /// <summary>Whether this op comes before <paramref name="other"/> in the same block.</summary>
    public bool IsBeforeInBlock(Operation other)
    {
        var b = ParentBlock ?? throw new InvalidOperationException("op is not in a block");
        if (!ReferenceEquals(b, other.ParentBlock)) throw new InvalidOperationException("ops are in different blocks");
        b.EnsureOrder();
        return OrderIndex < other.OrderIndex;
    }

    public override string ToString() => Printing.AsmPrinter.OperationToString(this);

    private static int _nextHash;
    private readonly int _hash = Interlocked.Increment(ref _nextHash);
    /// <summary>Identity hash from a counter (cheaper than the runtime's object hash).</summary>
    public override int GetHashCode() => _hash;
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);
}

public sealed partial class Operation
{
    /// <summary>Whether <paramref name="region"/> is one of this op's regions or nested inside them.</summary>
    public bool IsProperAncestorOfRegion(Region region)
    {
        for (Region? r = region; r is not null; r = r.Owner?.ParentRegion)
            if (ReferenceEquals(r.Owner, this)) return true;
        return false;
    }
}
