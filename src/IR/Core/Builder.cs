namespace Lce.IR;

/// <summary>
/// Creates operations at an insertion point (MLIR's OpBuilder). The insertion point is a block
/// and an anchor op to insert before (null: the end of the block).
/// </summary>
public class Builder
{
    public IRContext Context { get; }
    public Block? InsertionBlock { get; private set; }
    public Operation? InsertionAnchor { get; private set; }

    public Builder(IRContext ctx) { Context = ctx; }

    /// <summary>Told about every op and block this builder inserts (MLIR's OpBuilder::Listener).</summary>
    public IBuilderListener? Listener { get; set; }

    public void SetInsertionPointToEnd(Block b) { InsertionBlock = b; InsertionAnchor = null; }
    public void SetInsertionPointToStart(Block b) { InsertionBlock = b; InsertionAnchor = b.FirstOp; }
    public void SetInsertionPoint(Operation before) { InsertionBlock = before.ParentBlock; InsertionAnchor = before; }
    public void SetInsertionPointAfter(Operation after) { InsertionBlock = after.ParentBlock; InsertionAnchor = after.NextNode; }
    public void SetInsertionPoint(Block block, Operation? before) { InsertionBlock = block; InsertionAnchor = before; }
    public void ClearInsertionPoint() { InsertionBlock = null; InsertionAnchor = null; }

    /// <summary>Saves the insertion point; disposing the result restores it.</summary>
    public IDisposable SaveInsertionPoint()
    {
        var (b, a) = (InsertionBlock, InsertionAnchor);
        return new Restore(() => { InsertionBlock = b; InsertionAnchor = a; });
    }

    /// <summary>Inserts a detached op at the insertion point (if any) and returns it.</summary>
    public virtual Operation Insert(Operation op)
    {
        if (InsertionBlock is null) return op;
        InsertionBlock.InsertBefore(InsertionAnchor, op);
        Listener?.NotifyOperationInserted(op, null, null);
        return op;
    }

    public Operation Create(OperationState state) => Insert(state.Create());

    public Operation Create(string name, Location loc, IReadOnlyList<Value>? operands = null,
        IReadOnlyList<IRType>? resultTypes = null, IEnumerable<NamedAttribute>? properties = null,
        IEnumerable<NamedAttribute>? attributes = null, int numRegions = 0) =>
        Insert(Operation.Create(Context, name, loc, operands, resultTypes,
            attributes is null ? null : DictionaryAttr.Get(Context, attributes),
            properties is null ? null : DictionaryAttr.Get(Context, properties), null, numRegions));

    /// <summary>Creates a block at the end of <paramref name="region"/> and moves the insertion point into it.</summary>
    public Block CreateBlock(Region region, IEnumerable<IRType>? argTypes = null, Location? loc = null) =>
        CreateBlock(region, region.Blocks.Count, argTypes, loc);

    /// <summary>Creates a block at position <paramref name="index"/> of <paramref name="region"/> and moves the insertion point into it.</summary>
    public Block CreateBlock(Region region, int index, IEnumerable<IRType>? argTypes = null, Location? loc = null)
    {
        var b = new Block();
        foreach (var t in argTypes ?? []) b.AddArgument(t, loc ?? UnknownLoc.Get(Context));
        region.InsertBlock(index, b);
        SetInsertionPointToEnd(b);
        Listener?.NotifyBlockInserted(b, null, null);
        return b;
    }

    // Convenience constructors for common types and attributes.
    public IntegerType I(int width) => IntegerType.Get(Context, width);
    public IndexType Index => IndexType.Get(Context);
    public FloatType F32 => FloatType.F32(Context);
    public IntegerAttr IntAttr(IRType type, long v) => IntegerAttr.Get(Context, type, v);
    public StringAttr Str(string s) => StringAttr.Get(Context, s);
    public Location UnknownLocation => IR.UnknownLoc.Get(Context);

    private sealed class Restore(Action a) : IDisposable { public void Dispose() => a(); }
}
