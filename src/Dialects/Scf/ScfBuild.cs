namespace Lce.Dialects.Scf;

using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>
/// The scf op builders the canonicalization patterns use, with MLIR's observable order: the
/// op is built detached (its blocks reported to the listener as they are created, implicit
/// `scf.yield` terminators added silently as ensureTerminator does), then inserted at the
/// rewriter's insertion point.
/// </summary>
internal static class ScfBuild
{
    public static Operation NewYield(IRContext ctx, Location loc, IReadOnlyList<Value> values) =>
        Operation.Create(ctx, ScfOps.YieldName, loc, values);

    /// <summary>`scf.yield values` at the insertion point (YieldOp::create).</summary>
    public static Operation Yield(RewriterBase rw, Location loc, IReadOnlyList<Value> values) => rw.Insert(NewYield(rw.Context, loc, values));

    /// <summary>replaceOpWithNewOp&lt;YieldOp&gt;: the new yield takes the old op's location.</summary>
    public static Operation ReplaceWithYield(RewriterBase rw, Operation op, IReadOnlyList<Value> values) =>
        rw.ReplaceOpWithNewOp(op, NewYield(rw.Context, op.Location, values));

    /// <summary>replaceOpWithNewOp&lt;ConditionOp&gt;.</summary>
    public static Operation ReplaceWithCondition(RewriterBase rw, Operation op, Value condition, IReadOnlyList<Value> args) =>
        rw.ReplaceOpWithNewOp(op, Operation.Create(rw.Context, "scf.condition", op.Location, [condition, .. args]));

    /// <summary>ensureTerminator: appends an `scf.yield` without telling any listener.</summary>
    private static void AddImplicitYield(Block block, Location loc) => block.Append(NewYield(block.Parent!.Owner!.Context, loc, []));

    private static Block NewBlock(RewriterBase rw, Region region, IEnumerable<(IRType Type, Location Loc)> args)
    {
        using var _ = rw.SaveInsertionPoint();
        var block = rw.CreateBlock(region);
        foreach (var (type, loc) in args) block.AddArgument(type, loc);
        return block;
    }

    /// <summary>IfOp::create(types, cond): both regions empty.</summary>
    public static Operation If(RewriterBase rw, Location loc, IReadOnlyList<IRType> types, Value cond) =>
        rw.Insert(Operation.Create(rw.Context, "scf.if", loc, [cond], types, numRegions: 2));

    /// <summary>IfOp::create(types, cond, withElseRegion): a then block (and else block), yields only without results.</summary>
    public static Operation If(RewriterBase rw, Location loc, IReadOnlyList<IRType> types, Value cond, bool withElseRegion)
    {
        var op = Operation.Create(rw.Context, "scf.if", loc, [cond], types, numRegions: 2);
        var then = NewBlock(rw, op.GetRegion(0), []);
        if (types.Count == 0) AddImplicitYield(then, loc);
        if (withElseRegion)
        {
            var otherwise = NewBlock(rw, op.GetRegion(1), []);
            if (types.Count == 0) AddImplicitYield(otherwise, loc);
        }
        return rw.Insert(op);
    }

    /// <summary>ForOp::create(lb, ub, step, inits, no body builder, unsignedCmp).</summary>
    public static Operation For(RewriterBase rw, Location loc, Value lb, Value ub, Value step, IReadOnlyList<Value> inits, bool unsignedCmp)
    {
        var props = unsignedCmp ? DictionaryAttr.Get(rw.Context, [new NamedAttribute("unsignedCmp", UnitAttr.Get(rw.Context))]) : null;
        var op = Operation.Create(rw.Context, "scf.for", loc, [lb, ub, step, .. inits], inits.Select(v => v.Type).ToList(),
            properties: props, numRegions: 1);
        var body = NewBlock(rw, op.GetRegion(0), inits.Select(v => (v.Type, RewriteBuild.LocationOf(v))).Prepend((lb.Type, loc)));
        if (inits.Count == 0) AddImplicitYield(body, loc);
        return rw.Insert(op);
    }

    /// <summary>
    /// WhileOp::create(resultTypes, inits): without <paramref name="withBlocks"/> both regions
    /// stay empty (the ODS builder); with it, the before block takes the inits' types and the
    /// after block the result types (the builder taking body callbacks, given none).
    /// </summary>
    public static Operation While(RewriterBase rw, Location loc, IReadOnlyList<IRType> resultTypes, IReadOnlyList<Value> inits, bool withBlocks)
    {
        var op = Operation.Create(rw.Context, "scf.while", loc, inits, resultTypes, numRegions: 2);
        if (withBlocks)
        {
            NewBlock(rw, op.GetRegion(0), inits.Select(v => (v.Type, RewriteBuild.LocationOf(v))));
            NewBlock(rw, op.GetRegion(1), resultTypes.Select(t => (t, loc)));
        }
        return rw.Insert(op);
    }

    /// <summary>rewriter.createBlock(region, types, locs): a new block at the end, insertion point moved into it.</summary>
    public static Block CreateBlock(RewriterBase rw, Region region, IReadOnlyList<IRType> types, IReadOnlyList<Location> locs)
    {
        var block = rw.CreateBlock(region);
        for (int i = 0; i < types.Count; i++) block.AddArgument(types[i], locs[i]);
        return block;
    }

    /// <summary>Copies every inherent and discardable attribute (Operation::setAttrs(other->getAttrs())).</summary>
    public static void CopyAttributes(Operation from, Operation to)
    {
        to.Properties = from.Properties;
        to.Attributes = from.Attributes;
    }

    /// <summary>
    /// replaceOpWithRegion: inlines the single block of <paramref name="region"/> before
    /// <paramref name="op"/>, replaces the op with the terminator's operands, erases the terminator.
    /// </summary>
    public static void ReplaceOpWithRegion(RewriterBase rw, Operation op, Region region, IReadOnlyList<Value>? blockArgs = null)
    {
        var block = region.Blocks[0];
        var terminator = block.LastOp!;
        rw.InlineBlockBefore(block, op, blockArgs ?? []);
        // The operands are read after inlining: block arguments among them were just replaced.
        rw.ReplaceOp(op, terminator.Operands.ToList());
        rw.EraseOp(terminator);
    }
}
