namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>Kind of an unresolved materialization: towards the converted type, or back to the original one.</summary>
internal enum MaterializationKind { Target, Source }

/// <summary>What the driver remembers about a cast it inserted.</summary>
internal sealed record MaterializationInfo(TypeConverter? Converter, MaterializationKind Kind, IRType? OriginalType);

/// <summary>How many rewrites and ignored/replaced ops existed at some point (to roll back to it).</summary>
internal readonly record struct RewriterState(int NumRewrites, int NumIgnoredOps, int NumReplacedOps);

/// <summary>
/// The bookkeeping behind a <see cref="ConversionPatternRewriter"/> (MLIR's
/// ConversionPatternRewriterImpl): the log of IR rewrites, the value mapping, the ops that
/// are replaced or ignored, and what the current pattern created or changed. It listens to the
/// rewriter's own notifications to log creations and moves.
/// </summary>
internal sealed partial class ConversionRewriterImpl(IRContext context, ConversionConfig config) : IRewriterListener
{
    /// <summary>Marks casts whose only purpose is resolving a type mismatch (not user replacements).</summary>
    internal const string PureTypeConversionMarker = "__pure_type_conversion__";

    internal const string CastOpName = "builtin.unrealized_conversion_cast";

    public IRContext Context { get; } = context;
    public ConversionConfig Config { get; } = config;
    public ConversionValueMapping Mapping { get; } = new();
    public List<IRRewrite> Rewrites { get; } = new();

    /// <summary>Ops that no longer need legalization (nested in recursively legal ops).</summary>
    public OrderedSet<Operation> IgnoredOps { get; } = new();

    /// <summary>Ops replaced or erased (with everything nested): gone once the conversion commits.</summary>
    public OrderedSet<Operation> ReplacedOps { get; } = new();

    public OrderedSet<Operation> PatternNewOps { get; } = new();
    public OrderedSet<Operation> PatternModifiedOps { get; } = new();
    public OrderedSet<Block> PatternInsertedBlocks { get; } = new();

    /// <summary>Casts the driver inserted, in creation order.</summary>
    public OrderedDictionary<Operation, MaterializationInfo> UnresolvedMaterializations { get; } = new();

    /// <summary>The type converter of the pattern being applied (null if it has none).</summary>
    public TypeConverter? CurrentTypeConverter { get; set; }

    /// <summary>Regions whose block signatures were converted, with the converter used (blocks moved there later are converted too).</summary>
    public Dictionary<Region, TypeConverter> RegionToConverter { get; } = new();

    // ------------------------------------------------------------------ state management

    public RewriterState CurrentState => new(Rewrites.Count, IgnoredOps.Count, ReplacedOps.Count);

    public void ResetState(RewriterState state, string patternName = "")
    {
        UndoRewrites(state.NumRewrites, patternName);
        IgnoredOps.Truncate(state.NumIgnoredOps);
        ReplacedOps.Truncate(state.NumReplacedOps);
    }

    /// <summary>Rolls back rewrites, newest first, until <paramref name="numToKeep"/> remain.</summary>
    public void UndoRewrites(int numToKeep = 0, string patternName = "")
    {
        for (int i = Rewrites.Count - 1; i >= numToKeep; i--)
        {
            var rewrite = Rewrites[i];
            if (!Config.AllowPatternRollback && rewrite is not UnresolvedMaterializationRewrite)
                throw new InvalidOperationException($"pattern '{patternName}' rollback of IR modifications requested");
            rewrite.Rollback();
        }
        Rewrites.RemoveRange(numToKeep, Rewrites.Count - numToKeep);
    }

    /// <summary>Commits every rewrite (telling the configured listener), then destroys the dead IR.</summary>
    public void ApplyRewrites()
    {
        var rewriter = new RewriterBase(Context, Config.Listener);
        // Committing may add rewrites (materializations of replacement values): index, don't enumerate.
        for (int i = 0; i < Rewrites.Count; i++) Rewrites[i].Commit(rewriter);
        var erasure = new IRErasure(op => UnresolvedMaterializations.Remove(op));
        foreach (var rewrite in Rewrites) rewrite.Cleanup(erasure);
    }

    public bool IsOpIgnored(Operation op) => ReplacedOps.Contains(op) || IgnoredOps.Contains(op);

    public bool WasOpReplaced(Operation? op) => op is not null && ReplacedOps.Contains(op);

    // ------------------------------------------------------------------ value lookup

    private static bool IsPureTypeConversion(ValueVector values)
    {
        var op = values[0].DefiningOp;
        for (int i = 1; i < values.Count; i++)
            if (!ReferenceEquals(values[i].DefiningOp, op)) return false;
        return op is not null && op.GetAttr(PureTypeConversionMarker) is not null;
    }

    /// <summary>
    /// Follows the mapping from <paramref name="from"/>: the deepest values whose types are
    /// <paramref name="desiredTypes"/> (empty when none have them), or with no desired types the
    /// last values of the chain (skipping pure type-conversion casts when asked).
    /// </summary>
    public ValueVector LookupOrDefault(Value from, IReadOnlyList<IRType>? desiredTypes = null, bool skipPureTypeConversions = false)
    {
        bool wantTypes = desiredTypes is { Count: > 0 };
        ValueVector? desired = null;
        var current = new ValueVector(from);
        var lastNonMaterialization = current;
        while (true)
        {
            bool match = wantTypes && current.TypesEqual(desiredTypes!);
            if (skipPureTypeConversions)
            {
                bool pure = IsPureTypeConversion(current);
                match &= !pure;
                if (!pure) lastNonMaterialization = current;
            }
            if (match) desired = current;
            var next = ComposedLookup(current);
            if (next.IsEmpty) break;
            current = next;
        }
        if (wantTypes) return desired ?? ValueVector.Empty;
        return skipPureTypeConversions ? lastNonMaterialization : current;
    }

    /// <summary>Replaces each value by its mapping if any; otherwise looks the whole group up (materializations are keyed by groups).</summary>
    private ValueVector ComposedLookup(ValueVector values)
    {
        var next = new List<Value>(values.Count);
        bool changed = false;
        foreach (var v in values.Values)
        {
            var r = Mapping.Lookup(new ValueVector(v));
            if (r.IsEmpty) next.Add(v);
            else { next.AddRange(r.Values); changed = true; }
        }
        if (changed) return new ValueVector(next);
        return Mapping.Lookup(values);
    }

    /// <summary>As <see cref="LookupOrDefault"/>, but empty when <paramref name="from"/> is not mapped (or not to the desired types).</summary>
    public ValueVector LookupOrNull(Value from, IReadOnlyList<IRType>? desiredTypes = null)
    {
        var result = LookupOrDefault(from, desiredTypes);
        if (result.Equals(new ValueVector(from)) || (desiredTypes is { Count: > 0 } && !result.TypesEqual(desiredTypes)))
            return ValueVector.Empty;
        return result;
    }

    /// <summary>
    /// The values a pattern sees for <paramref name="values"/>: with a type converter, values of
    /// the converted types (building a target materialization if the mapping has none); without
    /// one, the latest replacements. False (after reporting why) if a type cannot be converted.
    /// </summary>
    public bool RemapValues(string valueDiagTag, Location? inputLoc, IReadOnlyList<Value> values, List<ValueVector> remapped)
    {
        for (int i = 0; i < values.Count; i++)
        {
            var operand = values[i];
            var origType = operand.Type;
            var operandLoc = inputLoc ?? LocationOf(operand);
            if (CurrentTypeConverter is not { } converter)
            {
                // Casts the driver inserted are skipped: whether they exist depends on other patterns.
                remapped.Add(LookupOrDefault(operand, null, skipPureTypeConversions: true));
                continue;
            }
            var legalTypes = new List<IRType>(1);
            if (!converter.ConvertType(origType, legalTypes))
            {
                NotifyMatchFailure(operandLoc, $"unable to convert type for {valueDiagTag} #{i}, type was '{Printing.AsmPrinter.TypeToString(origType)}'");
                return false;
            }
            if (legalTypes.Count == 0) { remapped.Add(ValueVector.Empty); continue; }
            var repl = LookupOrDefault(operand, legalTypes);
            if (!repl.IsEmpty && repl.TypesEqual(legalTypes)) { remapped.Add(repl); continue; }
            repl = LookupOrDefault(operand, null, skipPureTypeConversions: true);
            var casts = BuildUnresolvedMaterialization(MaterializationKind.Target, InsertionPointAfterDefinitions(repl), operandLoc,
                repl, repl.Values, legalTypes, origType, converter);
            remapped.Add(new ValueVector(casts));
        }
        return true;
    }

    internal static Location LocationOf(Value v) => v switch
    {
        OpResult r => r.Owner.Location,
        BlockArgument a => a.Location,
        _ => throw new InvalidOperationException("unknown value kind"),
    };

    // ------------------------------------------------------------------ materializations

    /// <summary>
    /// Inserts an unrealized_conversion_cast from <paramref name="inputs"/> to
    /// <paramref name="outputTypes"/> (not tracked as a pattern-created op) and, when
    /// <paramref name="valuesToMap"/> is non-empty, maps those values to its results.
    /// </summary>
    public IReadOnlyList<Value> BuildUnresolvedMaterialization(MaterializationKind kind, (Block Block, Operation? Before) ip, Location loc,
        ValueVector valuesToMap, IReadOnlyList<Value> inputs, IReadOnlyList<IRType> outputTypes, IRType? originalType,
        TypeConverter? converter, bool isPureTypeConversion = true)
    {
        var builder = new Builder(Context);
        builder.SetInsertionPoint(ip.Block, ip.Before);
        var cast = builder.Create(CastOpName, loc, inputs, outputTypes);
        if (isPureTypeConversion) cast.SetAttr(PureTypeConversionMarker, UnitAttr.Get(Context));
        var results = cast.Results.Cast<Value>().ToList();
        if (!valuesToMap.IsEmpty) Mapping.Map(valuesToMap, new ValueVector(results));
        UnresolvedMaterializations[cast] = new MaterializationInfo(converter, kind, originalType);
        Rewrites.Add(new UnresolvedMaterializationRewrite(this, cast, valuesToMap));
        return results;
    }

    /// <summary>
    /// A value of <paramref name="value"/>'s own type to replace it with: an existing one from
    /// the mapping, else a source materialization of its latest replacement; null if the value
    /// is dead or was dropped.
    /// </summary>
    public Value? FindOrBuildReplacementValue(Value value, TypeConverter? converter)
    {
        var repl = LookupOrNull(value, [value.Type]);
        if (!repl.IsEmpty) return repl[0];
        // Dead values need no replacement (approximate: the check may miss some dead values).
        if (value.Users.All(ReplacedOps.Contains) && !Mapping.IsMappedTo(value)) return null;
        repl = LookupOrNull(value);
        if (repl.IsEmpty) return null;
        // The earliest point where all replacement values exist: the cast may be reused by later users.
        return BuildUnresolvedMaterialization(MaterializationKind.Source, InsertionPointAfterDefinitions(repl), LocationOf(value),
            repl, repl.Values, [value.Type], null, converter)[0];
    }

    /// <summary>Right after the definition of <paramref name="v"/> (block start for an argument).</summary>
    private static (Block Block, Operation? Before) InsertionPointAfter(Value v) => v switch
    {
        OpResult r => (r.Owner.ParentBlock!, r.Owner.NextNode),
        _ => (v.ParentBlock!, v.ParentBlock!.FirstOp),
    };

    /// <summary>The latest of the points right after each value's definition (they must be ordered by dominance).</summary>
    internal static (Block Block, Operation? Before) InsertionPointAfterDefinitions(ValueVector values)
    {
        var pt = InsertionPointAfter(values[0]);
        for (int i = 1; i < values.Count; i++)
        {
            var next = InsertionPointAfter(values[i]);
            if (IsLaterPoint(next, pt)) pt = next;
        }
        return pt;
    }

    /// <summary>
    /// Whether point <paramref name="a"/> comes after <paramref name="b"/>: later in the same
    /// block, inside an op of <paramref name="b"/>'s block, or in a block <paramref name="b"/>'s block dominates.
    /// </summary>
    private static bool IsLaterPoint((Block Block, Operation? Before) a, (Block Block, Operation? Before) b)
    {
        if (ReferenceEquals(a.Block, b.Block))
        {
            if (a.Before is null) return b.Before is not null;
            return b.Before is not null && b.Before.IsBeforeInBlock(a.Before);
        }
        if (IsNestedIn(a.Block, b.Block)) return true;
        if (IsNestedIn(b.Block, a.Block)) return false;
        if (a.Block.Parent is { } region && ReferenceEquals(region, b.Block.Parent))
            return new DominatorTree(region).Dominates(b.Block, a.Block);
        return false;
    }

    /// <summary>Whether <paramref name="inner"/> lies in a region of an op (transitively) contained in <paramref name="outer"/>.</summary>
    private static bool IsNestedIn(Block inner, Block outer)
    {
        for (var op = inner.ParentOp; op is not null; op = op.ParentOp)
            if (ReferenceEquals(op.ParentBlock, outer)) return true;
        return false;
    }
}
