namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>What a conversion target says about an op kind (MLIR's ConversionTarget::LegalizationAction).</summary>
public enum LegalizationAction
{
    /// <summary>The target supports the op.</summary>
    Legal,
    /// <summary>A callback decides per op instance.</summary>
    Dynamic,
    /// <summary>The target explicitly does not support the op.</summary>
    Illegal,
}

/// <summary>Extra facts about an op the target found legal.</summary>
public readonly record struct LegalOpDetails(bool IsRecursivelyLegal);

/// <summary>
/// Describes which operations are legal after a conversion (MLIR's ConversionTarget): by op
/// name, by dialect, by per-instance callbacks, plus a fallback for unknown ops. Callbacks
/// return true (legal), false (illegal) or null (no opinion: fall back to the static action or
/// an earlier callback). Ops nested in a recursively legal op are not converted at all.
/// </summary>
public class ConversionTarget(IRContext context)
{
    private sealed class LegalizationInfo
    {
        public LegalizationAction Action;
        public bool IsRecursivelyLegal;
        public Func<Operation, bool?>? LegalityFn;
    }

    private readonly Dictionary<string, LegalizationInfo> _ops = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<Operation, bool?>> _recursiveLegalityFns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LegalizationAction> _dialects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<Operation, bool?>> _dialectLegalityFns = new(StringComparer.Ordinal);
    private Func<Operation, bool?>? _unknownLegalityFn;

    public IRContext Context { get; } = context;

    // ------------------------------------------------------------------ registration

    public void SetOpAction(string opName, LegalizationAction action)
    {
        if (!_ops.TryGetValue(opName, out var info)) _ops[opName] = info = new LegalizationInfo();
        info.Action = action;
    }

    public ConversionTarget AddLegalOp(params string[] opNames)
    {
        foreach (var n in opNames) SetOpAction(n, LegalizationAction.Legal);
        return this;
    }

    public ConversionTarget AddIllegalOp(params string[] opNames)
    {
        foreach (var n in opNames) SetOpAction(n, LegalizationAction.Illegal);
        return this;
    }

    /// <summary>Marks ops as dynamically legal; a later callback is consulted before earlier ones.</summary>
    public ConversionTarget AddDynamicallyLegalOp(string opName, Func<Operation, bool?> callback)
    {
        SetOpAction(opName, LegalizationAction.Dynamic);
        var info = _ops[opName];
        info.LegalityFn = Compose(info.LegalityFn, callback);
        return this;
    }

    public ConversionTarget AddDynamicallyLegalOp(IEnumerable<string> opNames, Func<Operation, bool?> callback)
    {
        foreach (var n in opNames) AddDynamicallyLegalOp(n, callback);
        return this;
    }

    /// <summary>
    /// Marks a legal or dynamically legal op as recursively legal: ops nested in a legal instance
    /// are legal too and are never visited. The optional callback narrows which instances qualify.
    /// </summary>
    public ConversionTarget MarkOpRecursivelyLegal(string opName, Func<Operation, bool?>? callback = null)
    {
        if (!_ops.TryGetValue(opName, out var info) || info.Action == LegalizationAction.Illegal)
            throw new InvalidOperationException($"'{opName}' must be marked legal or dynamically legal before it is marked recursively legal");
        info.IsRecursivelyLegal = true;
        if (callback is null) _recursiveLegalityFns.Remove(opName);
        else _recursiveLegalityFns[opName] = Compose(_recursiveLegalityFns.GetValueOrDefault(opName), callback);
        return this;
    }

    public void SetDialectAction(IEnumerable<string> dialects, LegalizationAction action)
    {
        foreach (var d in dialects) _dialects[d] = action;
    }

    public ConversionTarget AddLegalDialect(params string[] dialects) { SetDialectAction(dialects, LegalizationAction.Legal); return this; }

    public ConversionTarget AddIllegalDialect(params string[] dialects) { SetDialectAction(dialects, LegalizationAction.Illegal); return this; }

    public ConversionTarget AddDynamicallyLegalDialect(Func<Operation, bool?> callback, params string[] dialects)
    {
        SetDialectAction(dialects, LegalizationAction.Dynamic);
        foreach (var d in dialects) _dialectLegalityFns[d] = Compose(_dialectLegalityFns.GetValueOrDefault(d), callback);
        return this;
    }

    /// <summary>Ops (and dialects) without a registered action are decided by <paramref name="callback"/>.</summary>
    public ConversionTarget MarkUnknownOpDynamicallyLegal(Func<Operation, bool?> callback)
    {
        _unknownLegalityFn = Compose(_unknownLegalityFn, callback);
        return this;
    }

    /// <summary>The newer callback decides first; the older one only when the newer has no opinion.</summary>
    private static Func<Operation, bool?> Compose(Func<Operation, bool?>? older, Func<Operation, bool?> newer) =>
        older is null ? newer : op => newer(op) ?? older(op);

    // ------------------------------------------------------------------ queries

    /// <summary>The action registered for an op name (directly or through its dialect, or the unknown-op fallback).</summary>
    public LegalizationAction? GetOpAction(string opName) => GetOpInfo(opName)?.Action;

    /// <summary>Details if <paramref name="op"/> is legal; null if it is illegal or its legality is unknown.</summary>
    public LegalOpDetails? IsLegal(Operation op)
    {
        var info = GetOpInfo(op.Name);
        if (info is null) return null;
        bool legal = info.Action == LegalizationAction.Legal;
        if (info.Action == LegalizationAction.Dynamic && info.LegalityFn?.Invoke(op) is { } dynamic) legal = dynamic;
        if (!legal) return null;
        bool recursive = false;
        if (info.IsRecursivelyLegal)
            recursive = !_recursiveLegalityFns.TryGetValue(op.Name, out var fn) || (fn(op) ?? true);
        return new LegalOpDetails(recursive);
    }

    /// <summary>True only if <paramref name="op"/> is known to be illegal (unknown legality is not illegal).</summary>
    public bool IsIllegal(Operation op)
    {
        var info = GetOpInfo(op.Name);
        if (info is null) return false;
        if (info.Action == LegalizationAction.Dynamic)
            return info.LegalityFn?.Invoke(op) is false;
        return info.Action == LegalizationAction.Illegal;
    }

    private LegalizationInfo? GetOpInfo(string opName)
    {
        if (_ops.TryGetValue(opName, out var info)) return info;
        var dialect = DialectNamespace(opName);
        if (_dialects.TryGetValue(dialect, out var action))
            return new LegalizationInfo { Action = action, LegalityFn = _dialectLegalityFns.GetValueOrDefault(dialect) };
        if (_unknownLegalityFn is not null)
            return new LegalizationInfo { Action = LegalizationAction.Dynamic, LegalityFn = _unknownLegalityFn };
        return null;
    }

    /// <summary>The dialect prefix of an op name ("arith" for "arith.addi"); empty without a dot.</summary>
    internal static string DialectNamespace(string opName)
    {
        int dot = opName.IndexOf('.');
        return dot < 0 ? "" : opName[..dot];
    }
}
