namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>
/// One IR change made during a conversion, kept so it can be undone if a pattern (or the whole
/// conversion) fails, and finished once the conversion succeeds (MLIR's IRRewrite). Some changes
/// happen immediately (creating or moving IR), others are delayed until commit (replacing values,
/// erasing ops): until then the old IR stays in place and only the value mapping knows.
/// </summary>
internal abstract class IRRewrite(ConversionRewriterImpl impl)
{
    protected ConversionRewriterImpl Impl { get; } = impl;

    /// <summary>Undoes the change. Rewrites are rolled back newest first.</summary>
    public abstract void Rollback();

    /// <summary>Makes the change final; a listener hears about it now. Erasure is left to <see cref="Cleanup"/>.</summary>
    public virtual void Commit(RewriterBase rewriter) { }

    /// <summary>Erases what the change made dead (after every rewrite was committed).</summary>
    public virtual void Cleanup(IRErasure erasure) { }

    protected static IRewriterListener? ListenerOf(RewriterBase rewriter) => rewriter.Listener as IRewriterListener;

    /// <summary>Reports <paramref name="op"/> and everything nested in it as erased (inner first).</summary>
    protected static void NotifyErased(IRewriterListener listener, Operation op)
    {
        foreach (var region in op.Regions)
            foreach (var block in region.Blocks) NotifyErased(listener, block);
        listener.NotifyOperationErased(op);
    }

    protected static void NotifyErased(IRewriterListener listener, Block block)
    {
        foreach (var op in block.Operations) NotifyErased(listener, op);
        listener.NotifyBlockErased(block);
    }

    protected static void InsertBlock(Region region, Block? before, Block block) =>
        region.InsertBlock(before is null ? region.Blocks.Count : region.IndexOf(before), block);
}

/// <summary>A block was created (immediately visible); rollback erases it.</summary>
internal sealed class CreateBlockRewrite(ConversionRewriterImpl impl, Block block) : IRRewrite(impl)
{
    public override void Commit(RewriterBase rewriter) => rewriter.Listener?.NotifyBlockInserted(block, null, null);

    public override void Rollback()
    {
        // Everything put into the block later was undone already; whatever remains goes with it.
        foreach (var use in block.Uses.ToList()) use.Unlink();
        if (block.Parent is not null) block.Erase(); else block.DropAllReferences();
    }
}

/// <summary>A block was erased: it is only unlinked now (so rollback can put it back) and destroyed at cleanup.</summary>
internal sealed class EraseBlockRewrite : IRRewrite
{
    private readonly Block _block;
    private readonly Region _region;
    private readonly Block? _insertBefore;

    public EraseBlockRewrite(ConversionRewriterImpl impl, Block block) : base(impl)
    {
        _block = block;
        _region = block.Parent!;
        int i = _region.IndexOf(block);
        _insertBefore = i + 1 < _region.Blocks.Count ? _region.Blocks[i + 1] : null;
    }

    public override void Rollback() => InsertBlock(_region, _insertBefore, _block);

    public override void Commit(RewriterBase rewriter)
    {
        if (ListenerOf(rewriter) is { } listener) NotifyErased(listener, _block);
    }

    public override void Cleanup(IRErasure erasure) => erasure.EraseBlock(_block);
}

/// <summary>All ops of <paramref name="source"/> were moved to another block in one step; rollback moves them back.</summary>
internal sealed class InlineBlockRewrite(ConversionRewriterImpl impl, Block source) : IRRewrite(impl)
{
    private readonly Operation? _first = source.FirstOp;
    private readonly Operation? _last = source.LastOp;

    public override void Rollback()
    {
        if (_first is null) return;
        for (var op = _last; op is not null;)
        {
            var prev = ReferenceEquals(op, _first) ? null : op.PrevNode;
            op.Remove();
            source.Prepend(op);
            op = prev;
        }
    }
}

/// <summary>A block moved to another region or position (immediately visible).</summary>
internal sealed class MoveBlockRewrite(ConversionRewriterImpl impl, Block block, Region previousRegion, Block? previousNext) : IRRewrite(impl)
{
    public override void Commit(RewriterBase rewriter) => rewriter.Listener?.NotifyBlockInserted(block, previousRegion, null);

    public override void Rollback()
    {
        block.Parent?.RemoveBlock(block);
        InsertBlock(previousRegion, previousNext, block);
    }
}

/// <summary>A block was replaced by one with converted argument types; branches now target the new block.</summary>
internal sealed class BlockTypeConversionRewrite(ConversionRewriterImpl impl, Block origBlock, Block newBlock) : IRRewrite(impl)
{
    public override void Commit(RewriterBase rewriter)
    {
        if (ListenerOf(rewriter) is not { } listener) return;
        foreach (var use in newBlock.Uses) listener.NotifyOperationModified(use.Owner);
    }

    public override void Rollback()
    {
        foreach (var use in newBlock.Uses.ToList()) use.Set(origBlock);
    }
}

/// <summary>
/// All uses of a value (a block argument or a result) are to be replaced: recorded in the
/// mapping now, applied at commit. Uses in the replacement's block that come before its
/// definition are left alone, which lets patterns express "replace all uses except".
/// </summary>
internal sealed class ReplaceValueRewrite(ConversionRewriterImpl impl, Value value, TypeConverter? converter) : IRRewrite(impl)
{
    public override void Commit(RewriterBase rewriter)
    {
        var repl = Impl.FindOrBuildReplacementValue(value, converter);
        if (repl is null) return;
        if (repl is not OpResult result)
        {
            rewriter.ReplaceAllUsesWith(value, repl);
            return;
        }
        var replOp = result.Owner;
        var replBlock = replOp.ParentBlock;
        rewriter.ReplaceUsesWithIf(value, repl, use =>
            !ReferenceEquals(use.Owner.ParentBlock, replBlock) || replOp.IsBeforeInBlock(use.Owner));
    }

    public override void Rollback() => Impl.Mapping.Erase(new ValueVector(value));
}

/// <summary>An op moved (immediately visible); rollback moves it back.</summary>
internal sealed class MoveOperationRewrite(ConversionRewriterImpl impl, Operation op, Block previousBlock, Operation? previousNext) : IRRewrite(impl)
{
    public override void Commit(RewriterBase rewriter) => rewriter.Listener?.NotifyOperationInserted(op, previousBlock, null);

    public override void Rollback()
    {
        op.Remove();
        previousBlock.InsertBefore(previousNext, op);
    }
}

/// <summary>An op is being changed in place: a snapshot of everything a pattern may change on it.</summary>
internal sealed class ModifyOperationRewrite : IRRewrite
{
    private readonly Location _loc;
    private readonly DictionaryAttr _attrs;
    private readonly DictionaryAttr? _props;
    private readonly IRAttribute? _opaqueProps;
    private readonly Value[] _operands;
    private readonly Block[] _successors;
    private readonly IRType[] _resultTypes;

    public ModifyOperationRewrite(ConversionRewriterImpl impl, Operation op) : base(impl)
    {
        Operation = op;
        _loc = op.Location;
        _attrs = op.Attributes;
        _props = op.Properties;
        _opaqueProps = op.OpaqueProperties;
        _operands = op.Operands.ToArray();
        _successors = op.Successors.ToArray();
        _resultTypes = op.ResultTypes.ToArray();
    }

    public Operation Operation { get; }

    public override void Commit(RewriterBase rewriter) => ListenerOf(rewriter)?.NotifyOperationModified(Operation);

    public override void Rollback()
    {
        var op = Operation;
        op.Location = _loc;
        op.Attributes = _attrs;
        op.Properties = _props;
        op.OpaqueProperties = _opaqueProps;
        op.SetOperands(_operands);
        for (int i = 0; i < _successors.Length && i < op.NumSuccessors; i++) op.SetSuccessor(i, _successors[i]);
        // Result types are not part of MLIR's snapshot, but our values expose a type setter.
        for (int i = 0; i < _resultTypes.Length; i++) op.GetResult(i).Type = _resultTypes[i];
    }
}

/// <summary>
/// An op is replaced (or erased): its results are mapped to the replacements now; uses are
/// rewired and the op unlinked at commit, and it is destroyed at cleanup.
/// </summary>
internal sealed class ReplaceOperationRewrite(ConversionRewriterImpl impl, Operation op, TypeConverter? converter) : IRRewrite(impl)
{
    public Operation Operation => op;

    public override void Commit(RewriterBase rewriter)
    {
        var listener = ListenerOf(rewriter);
        var replacements = op.Results.Select(r => Impl.FindOrBuildReplacementValue(r, converter)).ToList();
        listener?.NotifyOperationReplaced(op, replacements.Select(v => v!).ToList());
        for (int i = 0; i < replacements.Count; i++)
            if (replacements[i] is { } v) rewriter.ReplaceAllUsesWith(op.GetResult(i), v);
        Impl.Config.UnlegalizedOps?.Remove(op);
        if (listener is not null) NotifyErased(listener, op);
        // Not destroyed yet: the mapping may still refer to it until every rewrite is committed.
        op.Remove();
    }

    public override void Rollback()
    {
        foreach (var r in op.Results) Impl.Mapping.Erase(new ValueVector(r));
    }

    public override void Cleanup(IRErasure erasure) => erasure.EraseOp(op);
}

/// <summary>An op was created (immediately visible); rollback destroys it.</summary>
internal sealed class CreateOperationRewrite(ConversionRewriterImpl impl, Operation op) : IRRewrite(impl)
{
    public override void Commit(RewriterBase rewriter) => rewriter.Listener?.NotifyOperationInserted(op, null, null);

    public override void Rollback() => IRErasure.Destroy(op);
}

/// <summary>An unrealized_conversion_cast the driver inserted to bridge a type mismatch; rollback removes it.</summary>
internal sealed class UnresolvedMaterializationRewrite(ConversionRewriterImpl impl, Operation castOp, ValueVector mappedValues) : IRRewrite(impl)
{
    public override void Rollback()
    {
        if (!mappedValues.IsEmpty) Impl.Mapping.Erase(mappedValues);
        Impl.UnresolvedMaterializations.Remove(castOp);
        IRErasure.Destroy(castOp);
    }
}
