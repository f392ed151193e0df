using Lce.IR.Traits;

namespace Lce.IR.Rewrite;

/// <summary>
/// Folds operations and keeps the constants it creates unique (MLIR's OperationFolder,
/// FoldUtils.cpp): one constant per (dialect, value, type) in each insertion region — the
/// closest region whose parent op is (or might be) isolated from above, or is top-level — placed
/// at the start of that region's entry block with an unknown location.
/// </summary>
public sealed class OperationFolder
{
    private readonly IRContext _ctx;
    private readonly Location _erasedFoldedLocation;
    private readonly RewriterBase _rewriter;
    private readonly Dictionary<Region, Dictionary<ConstantKey, Operation>> _foldScopes = new();
    private readonly OperationMap<List<Dialect?>> _referencedDialects = new();

    private readonly record struct ConstantKey(Dialect? Dialect, IRAttribute Value, IRType Type);

    /// <param name="listener">Told about every constant created, moved by replacement or erased (MLIR's builder listener).</param>
    public OperationFolder(IRContext ctx, IBuilderListener? listener = null)
    {
        _ctx = ctx;
        _erasedFoldedLocation = UnknownLoc.Get(ctx);
        _rewriter = new RewriterBase(ctx) { Listener = listener };
    }

    /// <summary>Tries to fold <paramref name="op"/>, replacing it with existing values or uniqued constants.</summary>
    public bool TryToFold(Operation op) => TryToFold(op, out _);

    /// <summary>
    /// As <see cref="TryToFold(Operation)"/>; <paramref name="inPlaceUpdate"/> tells that the fold
    /// changed the op itself (the op stays and the listener hears it was modified). An op folded in
    /// place is folded again, up to <paramref name="maxIterations"/> folds in all.
    /// </summary>
    public bool TryToFold(Operation op, out bool inPlaceUpdate, int maxIterations = 1)
    {
        inPlaceUpdate = false;
        // A constant this folder uniqued is already folded; it may only need re-hoisting when a
        // non-constant op was inserted before it.
        if (IsFolderOwnedConstant(op))
        {
            var block = op.ParentBlock!;
            if (!ReferenceEquals(block.FirstOp, op) && !IsFolderOwnedConstant(op.PrevNode!))
            {
                op.MoveBefore(block.FirstOp!);
                op.Location = _erasedFoldedLocation;
            }
            return false;
        }

        var results = new List<Value>();
        if (!TryToFold(op, results, maxIterations)) return false;
        if (results.Count == 0)
        {
            inPlaceUpdate = true;
            // Fold hooks change IR directly, so the listener is told here.
            (_rewriter.Listener as IRewriterListener)?.NotifyOperationModified(op);
            return true;
        }
        NotifyRemoval(op);
        _rewriter.ReplaceOp(op, results);
        return true;
    }

    /// <summary>
    /// Registers an existing constant. Returns false when an equal constant was already known:
    /// <paramref name="op"/> is then replaced by it and erased. Otherwise the constant is moved to
    /// the front of its insertion region's entry block unless already among the leading constants.
    /// </summary>
    public bool InsertKnownConstant(Operation op, IRAttribute? constValue = null)
    {
        var opBlock = op.ParentBlock!;
        if (IsFolderOwnedConstant(op))
        {
            if (!ReferenceEquals(opBlock.FirstOp, op) && !IsFolderOwnedConstant(op.PrevNode!))
            {
                op.MoveBefore(opBlock.FirstOp!);
                op.Location = _erasedFoldedLocation;
            }
            return true;
        }

        if (constValue is null && !Matchers.MatchConstant(op, out constValue))
            throw new ArgumentException($"'{op.Name}' is not a constant", nameof(op));

        var insertRegion = GetInsertionRegion(opBlock);
        var uniqued = ScopeOf(insertRegion);
        var key = new ConstantKey(DialectOf(op), constValue, op.GetResult(0).Type);
        if (uniqued.TryGetValue(key, out var existing))
        {
            NotifyRemoval(op);
            _rewriter.ReplaceOp(op, existing.Results.Cast<Value>().ToList());
            existing.Location = _erasedFoldedLocation;
            return false;
        }

        // A constant leaving its block loses its location; one moved up its own block keeps it.
        var insertBlock = insertRegion.Blocks[0];
        if (!ReferenceEquals(opBlock, insertBlock))
        {
            op.MoveBefore(insertBlock.FirstOp!);
            op.Location = _erasedFoldedLocation;
        }
        else if (!ReferenceEquals(insertBlock.FirstOp, op) && !IsFolderOwnedConstant(op.PrevNode!))
            op.MoveBefore(insertBlock.FirstOp!);
        uniqued[key] = op;
        _referencedDialects.Set(op, [key.Dialect]);
        return true;
    }

    /// <summary>Forgets <paramref name="op"/> if it is a constant this folder uniqued (call before erasing it).</summary>
    public void NotifyRemoval(Operation op)
    {
        if (!_referencedDialects.TryGetValue(op, out var dialects)) return;
        Matchers.MatchConstant(op, out var value);
        var uniqued = ScopeOf(GetInsertionRegion(op.ParentBlock!));
        var type = op.GetResult(0).Type;
        foreach (var d in dialects) uniqued.Remove(new ConstantKey(d, value, type));
        _referencedDialects.Remove(op);
    }

    /// <summary>Forgets every constant.</summary>
    public void Clear()
    {
        _foldScopes.Clear();
        _referencedDialects.Clear();
    }

    /// <summary>
    /// The uniqued constant for (<paramref name="dialect"/>, <paramref name="value"/>,
    /// <paramref name="type"/>) in the insertion region of <paramref name="block"/>, created by the
    /// dialect at the front of that region's entry block when missing; null if the dialect cannot.
    /// </summary>
    public Value? GetOrCreateConstant(Block block, Dialect dialect, IRAttribute value, IRType type)
    {
        var insertRegion = GetInsertionRegion(block);
        _rewriter.SetInsertionPointToStart(insertRegion.Blocks[0]);
        var constOp = TryGetOrCreateConstant(ScopeOf(insertRegion), dialect, value, type, _erasedFoldedLocation);
        return constOp?.GetResult(0);
    }

    public bool IsFolderOwnedConstant(Operation op) => _referencedDialects.ContainsKey(op);

    private bool TryToFold(Operation op, List<Value> results, int maxIterations)
    {
        var foldResults = new List<object>();
        if (!OperationFolding.Fold(op, foldResults)) return false;
        for (int count = 1; count < maxIterations && foldResults.Count == 0; count++)
            if (!OperationFolding.Fold(op, foldResults)) break;
        return ProcessFoldResults(op, results, foldResults);
    }

    private bool ProcessFoldResults(Operation op, List<Value> results, List<object> foldResults)
    {
        if (foldResults.Count == 0) return true;
        var insertRegion = GetInsertionRegion(op.ParentBlock!);
        var entry = insertRegion.Blocks[0];
        _rewriter.SetInsertionPointToStart(entry);
        var anchor = _rewriter.InsertionAnchor;
        var uniqued = ScopeOf(insertRegion);
        var dialect = DialectOf(op);
        for (int i = 0; i < op.NumResults; i++)
        {
            if (foldResults[i] is Value v) { results.Add(v); continue; }
            var attr = (IRAttribute)foldResults[i];
            var constOp = dialect is null ? null
                : TryGetOrCreateConstant(uniqued, dialect, attr, op.GetResult(i).Type, _erasedFoldedLocation);
            if (constOp is not null)
            {
                // The folded op may sit in the entry block before the uniqued constant.
                var opBlock = op.ParentBlock!;
                if (ReferenceEquals(opBlock, constOp.ParentBlock) && !ReferenceEquals(opBlock.FirstOp, constOp))
                    constOp.MoveBefore(opBlock.FirstOp!);
                results.Add(constOp.GetResult(0));
                continue;
            }
            // Materialization failed: drop the constants created for earlier results.
            for (var created = entry.FirstOp; created is not null && !ReferenceEquals(created, anchor);)
            {
                var next = created.NextNode;
                NotifyRemoval(created);
                _rewriter.EraseOp(created);
                created = next;
            }
            results.Clear();
            return false;
        }
        return true;
    }

    private Operation? TryGetOrCreateConstant(Dictionary<ConstantKey, Operation> uniqued, Dialect dialect,
        IRAttribute value, IRType type, Location loc)
    {
        var key = new ConstantKey(dialect, value, type);
        if (uniqued.TryGetValue(key, out var constOp))
        {
            if (!Equals(loc, constOp.Location)) constOp.Location = _erasedFoldedLocation;
            return constOp;
        }
        constOp = dialect.MaterializeConstant(_rewriter, value, type, loc);
        if (constOp is null) return null;
        uniqued[key] = constOp;

        var newDialect = DialectOf(constOp);
        if (ReferenceEquals(newDialect, dialect))
        {
            _referencedDialects.Set(constOp, [dialect]);
            return constOp;
        }
        // The dialect built a constant of another dialect: that dialect's entry must agree.
        var newKey = new ConstantKey(newDialect, value, type);
        if (uniqued.TryGetValue(newKey, out var existingOp))
        {
            NotifyRemoval(constOp);
            _rewriter.EraseOp(constOp);
            _referencedDialects.TryGetValue(existingOp, out var existingDialects);
            existingDialects!.Add(dialect);
            if (!Equals(loc, existingOp.Location)) existingOp.Location = _erasedFoldedLocation;
            uniqued[key] = existingOp;
            return existingOp;
        }
        _referencedDialects.Set(constOp, [dialect, newDialect]);
        uniqued[newKey] = constOp;
        return constOp;
    }

    private Dictionary<ConstantKey, Operation> ScopeOf(Region region)
    {
        if (!_foldScopes.TryGetValue(region, out var map)) _foldScopes[region] = map = new();
        return map;
    }

    private Dialect? DialectOf(Operation op) => op.Definition?.Dialect ?? _ctx.GetDialect(op.OpName.DialectNamespace);

    /// <summary>
    /// The region folded constants go to: the closest enclosing region whose parent op might be
    /// isolated from above (registered with the trait, or unregistered) or is top-level.
    /// </summary>
    public static Region GetInsertionRegion(Block insertionBlock)
    {
        while (insertionBlock.Parent is { } region)
        {
            var parentOp = region.Owner;
            if (parentOp is null || !parentOp.OpName.IsRegistered || parentOp.HasTrait<IsolatedFromAbove>()
                || parentOp.ParentBlock is null)
                return region;
            insertionBlock = parentOp.ParentBlock;
        }
        throw new InvalidOperationException("expected a valid insertion region");
    }
}
