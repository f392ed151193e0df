namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

internal sealed partial class ConversionRewriterImpl
{
    // ------------------------------------------------------------------ replacements

    /// <summary>
    /// Records that <paramref name="op"/>'s results are replaced by <paramref name="newValues"/>
    /// (several values per result for a 1:N replacement). A result with no replacement that is
    /// still used gets a source materialization "out of thin air", resolved at the end.
    /// </summary>
    public void ReplaceOp(Operation op, IReadOnlyList<IReadOnlyList<Value>> newValues)
    {
        if (newValues.Count != op.NumResults) throw new ArgumentException($"'{op.Name}' has {op.NumResults} results but {newValues.Count} replacements were given");
        if (IgnoredOps.Contains(op) || ReplacedOps.Contains(op)) throw new InvalidOperationException($"'{op.Name}' was already replaced or erased");
        if (UnresolvedMaterializations.ContainsKey(op)) throw new InvalidOperationException("patterns must not replace or erase casts inserted by the conversion driver");
        for (int i = 0; i < newValues.Count; i++)
        {
            var result = op.GetResult(i);
            if (newValues[i].Count == 0)
            {
                BuildUnresolvedMaterialization(MaterializationKind.Source, (op.ParentBlock!, op.NextNode), op.Location,
                    new ValueVector(result), [], [result.Type], null, CurrentTypeConverter, isPureTypeConversion: false);
                continue;
            }
            Mapping.Map(result, new ValueVector(newValues[i]));
        }
        Rewrites.Add(new ReplaceOperationRewrite(this, op, CurrentTypeConverter));
        op.Walk(nested => ReplacedOps.Add(nested));
    }

    /// <summary>Records that all uses of <paramref name="from"/> are replaced by <paramref name="to"/> (applied at commit).</summary>
    public void ReplaceValue(Value from, IReadOnlyList<Value> to, TypeConverter? converter)
    {
        Rewrites.Add(new ReplaceValueRewrite(this, from, converter));
        Mapping.Map(from, new ValueVector(to));
    }

    /// <summary>Unlinks <paramref name="block"/> (destroyed at cleanup) and marks its ops erased.</summary>
    public void EraseBlock(Block block)
    {
        if (WasOpReplaced(block.ParentOp)) throw new InvalidOperationException("cannot erase a block within a replaced or erased op");
        Rewrites.Add(new EraseBlockRewrite(this, block));
        block.Parent!.RemoveBlock(block);
        foreach (var op in block.Operations) op.Walk(nested => ReplacedOps.Add(nested));
    }

    // ------------------------------------------------------------------ block signatures

    /// <summary>Converts the argument types of every block of <paramref name="region"/> (entry last); returns the new entry block.</summary>
    public Block? ConvertRegionTypes(ConversionPatternRewriter rewriter, Region region, TypeConverter converter, SignatureConversion? entryConversion)
    {
        RegionToConverter[region] = converter;
        if (region.IsEmpty) return null;
        foreach (var block in region.Blocks.Skip(1).ToList())
        {
            if (converter.ConvertBlockSignature(block) is not { } conversion) return null;
            ApplySignatureConversion(rewriter, block, converter, conversion);
        }
        var entry = region.Blocks[0];
        entryConversion ??= converter.ConvertBlockSignature(entry);
        return entryConversion is null ? null : ApplySignatureConversion(rewriter, entry, converter, entryConversion);
    }

    /// <summary>
    /// Replaces <paramref name="block"/> by a new block with the converted argument types (the
    /// ops move over, branches retarget, old arguments map to the new ones); returns the new
    /// block, or <paramref name="block"/> itself if nothing changes.
    /// </summary>
    public Block ApplySignatureConversion(ConversionPatternRewriter rewriter, Block block, TypeConverter? converter, SignatureConversion conversion)
    {
        using var _ = rewriter.SaveInsertionPoint();
        int origArgCount = block.NumArguments;
        var convertedTypes = conversion.ConvertedTypes;
        if (Seq.ValueEqual(block.Arguments.Select(a => a.Type).ToList(), convertedTypes)) return block;

        var newLocs = Enumerable.Repeat<Location>(UnknownLoc.Get(Context), convertedTypes.Count).ToArray();
        for (int i = 0; i < origArgCount; i++)
        {
            if (conversion.GetInputMapping(i) is not { ReplacedWithValues: false } map) continue;
            for (int j = 0; j < map.Size; j++) newLocs[map.InputNo + j] = block.GetArgument(i).Location;
        }
        var region = block.Parent!;
        var newBlock = rewriter.CreateBlock(region, region.IndexOf(block) + 1);
        for (int i = 0; i < convertedTypes.Count; i++) newBlock.AddArgument(convertedTypes[i], newLocs[i]);

        // With a listener every moved op must be logged on its own; otherwise move them in one step.
        if (Config.Listener is null)
        {
            Rewrites.Add(new InlineBlockRewrite(this, block));
            block.MoveOpsTo(newBlock);
        }
        else
        {
            while (block.FirstOp is { } first) rewriter.MoveOpBefore(first, newBlock, null);
        }
        foreach (var use in block.Uses.ToList()) use.Set(newBlock);

        for (int i = 0; i < origArgCount; i++)
        {
            var origArg = block.GetArgument(i);
            var map = conversion.GetInputMapping(i);
            if (map is null)
            {
                // Dropped without a replacement: a value "out of thin air", resolved (or found dead) at the end.
                var mat = BuildUnresolvedMaterialization(MaterializationKind.Source, (newBlock, newBlock.FirstOp), origArg.Location,
                    ValueVector.Empty, [], [origArg.Type], null, converter, isPureTypeConversion: false)[0];
                ReplaceValue(origArg, [mat], converter);
                continue;
            }
            if (map.ReplacedWithValues) { ReplaceValue(origArg, map.ReplacementValues, converter); continue; }
            ReplaceValue(origArg, newBlock.Arguments.Skip(map.InputNo).Take(map.Size).ToArray(), converter);
        }
        Rewrites.Add(new BlockTypeConversionRewrite(this, block, newBlock));
        rewriter.EraseBlock(block);
        return newBlock;
    }

    // ------------------------------------------------------------------ listener hooks

    public void NotifyOperationInserted(Operation op, Block? previousBlock, Operation? previousNext)
    {
        if (WasOpReplaced(op.ParentOp)) throw new InvalidOperationException($"cannot insert '{op.Name}' into a replaced or erased op");
        if (previousBlock is null)
        {
            Rewrites.Add(new CreateOperationRewrite(this, op));
            PatternNewOps.Add(op);
            return;
        }
        Rewrites.Add(new MoveOperationRewrite(this, op, previousBlock, previousNext));
    }

    public void NotifyBlockInserted(Block block, Region? previousRegion, Block? previousNext)
    {
        if (WasOpReplaced(block.ParentOp)) throw new InvalidOperationException("cannot insert a block into a replaced or erased op");
        PatternInsertedBlocks.Add(block);
        if (previousRegion is null) Rewrites.Add(new CreateBlockRewrite(this, block));
        else Rewrites.Add(new MoveBlockRewrite(this, block, previousRegion, previousNext));
    }

    public void NotifyMatchFailure(Location loc, string reason) =>
        Config.NotifyCallback?.Invoke(new Diagnostic(DiagnosticSeverity.Remark, loc, reason));
}
