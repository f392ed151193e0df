namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>
/// The rewriter conversion patterns get (MLIR's ConversionPatternRewriter). Every change is
/// logged so a failed legalization attempt can be rolled back. Replacing or erasing ops and
/// replacing values is delayed: patterns still see the old IR, values may be replaced by values
/// of other types (the driver reconciles the types at the end), and replaced ops are removed
/// only once the whole conversion succeeds. Only the conversion driver creates one.
/// </summary>
public sealed class ConversionPatternRewriter : PatternRewriter
{
    internal ConversionPatternRewriter(IRContext ctx, ConversionConfig config) : base(ctx)
    {
        Impl = new ConversionRewriterImpl(ctx, config);
        Listener = Impl;
    }

    internal ConversionRewriterImpl Impl { get; }

    public ConversionConfig Config => Impl.Config;

    // ------------------------------------------------------------------ replacing and erasing

    /// <summary>Replaces <paramref name="op"/> by <paramref name="values"/> (types may differ; a null value drops that result).</summary>
    public override void ReplaceOp(Operation op, IReadOnlyList<Value> values)
    {
        if (values.Count != op.NumResults) throw new ArgumentException($"'{op.Name}' has {op.NumResults} results but {values.Count} replacements were given");
        MoveInsertionPointPast(op);
        Impl.ReplaceOp(op, values.Select(v => v is null ? (IReadOnlyList<Value>)[] : [v]).ToList());
    }

    public override void ReplaceOp(Operation op, Operation replacement) => ReplaceOp(op, replacement.Results.Cast<Value>().ToList());

    /// <summary>Replaces each result of <paramref name="op"/> by any number of values (1:N).</summary>
    public void ReplaceOpWithMultiple(Operation op, IReadOnlyList<IReadOnlyList<Value>> values)
    {
        MoveInsertionPointPast(op);
        Impl.ReplaceOp(op, values);
    }

    /// <summary>Erases <paramref name="op"/>; its results must be unused by the end of the conversion.</summary>
    public override void EraseOp(Operation op)
    {
        MoveInsertionPointPast(op);
        Impl.ReplaceOp(op, Enumerable.Repeat<IReadOnlyList<Value>>([], op.NumResults).ToList());
    }

    public override void EraseBlock(Block block) => Impl.EraseBlock(block);

    private void MoveInsertionPointPast(Operation op)
    {
        if (ReferenceEquals(InsertionAnchor, op)) SetInsertionPointAfter(op);
    }

    /// <summary>
    /// Replaces all current and future uses of <paramref name="from"/> (applied at the end; types
    /// may differ). Uses in the replacement's block before its definition are kept.
    /// </summary>
    public override void ReplaceAllUsesWith(Value from, Value to) => ReplaceAllUsesWith(from, [to]);

    public void ReplaceAllUsesWith(Value from, IReadOnlyList<Value> to) => Impl.ReplaceValue(from, to, Impl.CurrentTypeConverter);

    /// <summary>Replaces the uses of a block argument (applied at the end).</summary>
    public void ReplaceUsesOfBlockArgument(BlockArgument from, IReadOnlyList<Value> to) => Impl.ReplaceValue(from, to, Impl.CurrentTypeConverter);

    // ------------------------------------------------------------------ blocks and regions

    public override void InlineBlockBefore(Block source, Block dest, Operation? before, IReadOnlyList<Value>? args = null)
    {
        args ??= [];
        if (args.Count != source.NumArguments) throw new ArgumentException("incorrect number of block argument replacements");
        if (Impl.WasOpReplaced(source.ParentOp) || Impl.WasOpReplaced(dest.ParentOp))
            throw new InvalidOperationException("cannot inline blocks from or into a replaced or erased op");
        bool fastPath = Impl.Config.Listener is null;
        if (fastPath) Impl.Rewrites.Add(new InlineBlockRewrite(Impl, source));
        for (int i = 0; i < args.Count; i++) ReplaceUsesOfBlockArgument(source.GetArgument(i), [args[i]]);
        if (fastPath) source.MoveOpsTo(dest, before);
        else while (source.FirstOp is { } first) MoveOpBefore(first, dest, before);
        if (ReferenceEquals(InsertionBlock, source)) SetInsertionPoint(dest, InsertionAnchor);
        EraseBlock(source);
    }

    /// <summary>
    /// Replaces <paramref name="block"/> by a block with the converted signature; the new block
    /// is returned (the block itself if no argument changes). <paramref name="converter"/>
    /// builds the materializations for old argument uses.
    /// </summary>
    public Block ApplySignatureConversion(Block block, SignatureConversion conversion, TypeConverter? converter = null)
    {
        if (Impl.WasOpReplaced(block.ParentOp)) throw new InvalidOperationException("cannot convert a block within a replaced or erased op");
        return Impl.ApplySignatureConversion(this, block, converter, conversion);
    }

    /// <summary>
    /// Converts the signature of every block in <paramref name="region"/> with
    /// <paramref name="converter"/>, the entry block with <paramref name="entryConversion"/> if
    /// given. Returns the new entry block (null for an empty region); false if a block signature
    /// cannot be converted.
    /// </summary>
    public bool ConvertRegionTypes(Region region, TypeConverter converter, out Block? newEntry, SignatureConversion? entryConversion = null)
    {
        if (Impl.WasOpReplaced(region.Owner)) throw new InvalidOperationException("cannot convert a region within a replaced or erased op");
        newEntry = Impl.ConvertRegionTypes(this, region, converter, entryConversion);
        return newEntry is not null || region.IsEmpty;
    }

    // ------------------------------------------------------------------ in-place modification

    public override void StartOpModification(Operation op)
    {
        if (Impl.WasOpReplaced(op)) throw new InvalidOperationException($"cannot modify '{op.Name}': it was replaced or erased");
        Impl.Rewrites.Add(new ModifyOperationRewrite(Impl, op));
    }

    public override void FinalizeOpModification(Operation op)
    {
        base.FinalizeOpModification(op);
        Impl.PatternModifiedOps.Add(op);
    }

    public override void CancelOpModification(Operation op)
    {
        for (int i = Impl.Rewrites.Count - 1; i >= 0; i--)
        {
            if (Impl.Rewrites[i] is not ModifyOperationRewrite m || !ReferenceEquals(m.Operation, op)) continue;
            m.Rollback();
            Impl.Rewrites.RemoveAt(i);
            return;
        }
        throw new InvalidOperationException($"no modification of '{op.Name}' was started");
    }

    // ------------------------------------------------------------------ remapped values

    /// <summary>The value <paramref name="key"/> converts to under the current pattern's type converter (null on failure).</summary>
    public Value? GetRemappedValue(Value key)
    {
        var remapped = new List<ValueVector>(1);
        if (!Impl.RemapValues("value", null, [key], remapped)) return null;
        if (remapped[0].Count != 1) throw new InvalidOperationException("1:N conversion not supported by GetRemappedValue");
        return remapped[0][0];
    }

    /// <summary>The values <paramref name="keys"/> convert to; false if one cannot be converted.</summary>
    public bool GetRemappedValues(IReadOnlyList<Value> keys, List<Value> results)
    {
        var remapped = new List<ValueVector>(keys.Count);
        if (!Impl.RemapValues("value", null, keys, remapped)) return false;
        foreach (var values in remapped)
        {
            if (values.Count != 1) throw new InvalidOperationException("1:N conversion not supported by GetRemappedValues");
            results.Add(values[0]);
        }
        return true;
    }
}
