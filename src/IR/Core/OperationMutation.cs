namespace Lce.IR;

public sealed partial class Operation
{
    /// <summary>Unlinks the op from its block without destroying it.</summary>
    public void Remove() => ParentBlock?.RemoveOp(this);

    /// <summary>Removes the op from its block and drops every reference it holds. Its results must have no uses.</summary>
    public void Erase()
    {
        if (!UseEmpty) throw new InvalidOperationException($"cannot erase '{Name}': its results still have uses");
        Remove();
        DropAllReferences();
    }

    /// <summary>Drops the uses this op (and everything nested in it) makes of values and blocks.</summary>
    public void DropAllReferences()
    {
        foreach (var o in _operands) o.Unlink();
        _operands.Clear();
        foreach (var s in _successors) s.Unlink();
        _successors = [];
        foreach (var r in _regions) r.DropAllReferences();
    }

    public void MoveBefore(Operation other)
    {
        Remove();
        other.ParentBlock!.InsertBefore(other, this);
    }

    public void MoveAfter(Operation other)
    {
        Remove();
        other.ParentBlock!.InsertAfter(other, this);
    }

    /// <summary>Deep-copies the op and its regions; operands defined outside are remapped through <paramref name="map"/> when present.</summary>
    public Operation Clone(IRMapping? map = null)
    {
        map ??= new IRMapping();
        var operands = Operands.Select(map.Lookup).ToList();
        var succ = Successors.Select(map.Lookup).ToList();
        var clone = new Operation(Context, OpName, Location, operands, ResultTypes.ToList(), succ, _regions.Length, Properties, Attributes)
        {
            OpaqueProperties = OpaqueProperties
        };
        for (int i = 0; i < _results.Length; i++) map.Map(_results[i], clone._results[i]);
        for (int i = 0; i < _regions.Length; i++) _regions[i].CloneInto(clone._regions[i], map);
        return clone;
    }

    /// <summary>A copy with the same operands, successors, attributes and result types and as many empty regions (Operation::cloneWithoutRegions).</summary>
    public Operation CloneWithoutRegions() =>
        new(Context, OpName, Location, Operands.ToList(), ResultTypes.ToList(), Successors.ToList(), _regions.Length, Properties, Attributes)
        {
            OpaqueProperties = OpaqueProperties
        };

    /// <summary>Pre-order or post-order walk over this op and all nested ops.</summary>
    public void Walk(Action<Operation> visit, WalkOrder order = WalkOrder.PostOrder) =>
        Walk(op => { visit(op); return WalkResult.Advance; }, order);

    /// <summary>Interruptible walk; <see cref="WalkResult.Skip"/> (pre-order only) skips an op's regions.</summary>
    public WalkResult Walk(Func<Operation, WalkResult> visit, WalkOrder order = WalkOrder.PostOrder) =>
        Walker.Walk(this, visit, order);
}

public enum WalkOrder { PreOrder, PostOrder }

public enum WalkResult { Advance, Skip, Interrupt }

/// <summary>Maps values and blocks of an original region to their clones.</summary>
public sealed class IRMapping
{
    private readonly Dictionary<Value, Value> _values = new();
    private readonly Dictionary<Block, Block> _blocks = new();
    public void Map(Value from, Value to) => _values[from] = to;
    public void Map(Block from, Block to) => _blocks[from] = to;
    public Value Lookup(Value v) => _values.TryGetValue(v, out var m) ? m : v;
    public Block Lookup(Block b) => _blocks.TryGetValue(b, out var m) ? m : b;
    public bool Contains(Value v) => _values.ContainsKey(v);
}
