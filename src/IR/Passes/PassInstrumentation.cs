namespace Lce.IR.Passes;

/// <summary>Identifies the pass (an adaptor) and thread that started a nested pipeline.</summary>
public readonly record struct PipelineParentInfo(int ParentThreadId, Pass ParentPass);

/// <summary>
/// Hooks called around pipelines and passes (MLIR's PassInstrumentation): IR printing,
/// timing, crash reproducers. Calls are serialized by the manager, but may come from
/// worker threads; <see cref="Environment.CurrentManagedThreadId"/> tells them apart.
/// </summary>
public abstract class PassInstrumentation
{
    /// <summary>Before a (nested) pipeline anchored on <paramref name="opName"/> (null for "any") starts on one op.</summary>
    public virtual void RunBeforePipeline(string? opName, PipelineParentInfo parent) { }
    public virtual void RunAfterPipeline(string? opName, PipelineParentInfo parent) { }
    public virtual void RunBeforePass(Pass pass, Operation op) { }
    public virtual void RunAfterPass(Pass pass, Operation op) { }
    public virtual void RunAfterPassFailed(Pass pass, Operation op) { }

    /// <summary>Around the computation of an analysis named <paramref name="name"/> (e.g. "DominanceInfo").</summary>
    public virtual void RunBeforeAnalysis(string name, Operation op) { }
    public virtual void RunAfterAnalysis(string name, Operation op) { }
}

/// <summary>Calls every instrumentation: "before" hooks in registration order, "after" hooks in reverse.</summary>
public sealed class PassInstrumentor
{
    private readonly List<PassInstrumentation> _instrumentations = new();
    private readonly Lock _lock = new();

    public void Add(PassInstrumentation pi) { lock (_lock) _instrumentations.Add(pi); }

    public IReadOnlyList<PassInstrumentation> Instrumentations => _instrumentations;

    public void RunBeforePipeline(string? opName, PipelineParentInfo parent)
    {
        lock (_lock) foreach (var pi in _instrumentations) pi.RunBeforePipeline(opName, parent);
    }

    public void RunAfterPipeline(string? opName, PipelineParentInfo parent)
    {
        lock (_lock) for (int i = _instrumentations.Count - 1; i >= 0; i--) _instrumentations[i].RunAfterPipeline(opName, parent);
    }

    public void RunBeforePass(Pass pass, Operation op)
    {
        lock (_lock) foreach (var pi in _instrumentations) pi.RunBeforePass(pass, op);
    }

    public void RunAfterPass(Pass pass, Operation op)
    {
        lock (_lock) for (int i = _instrumentations.Count - 1; i >= 0; i--) _instrumentations[i].RunAfterPass(pass, op);
    }

    public void RunAfterPassFailed(Pass pass, Operation op)
    {
        lock (_lock) for (int i = _instrumentations.Count - 1; i >= 0; i--) _instrumentations[i].RunAfterPassFailed(pass, op);
    }

    public void RunBeforeAnalysis(string name, Operation op)
    {
        lock (_lock) foreach (var pi in _instrumentations) pi.RunBeforeAnalysis(name, op);
    }

    public void RunAfterAnalysis(string name, Operation op)
    {
        lock (_lock) for (int i = _instrumentations.Count - 1; i >= 0; i--) _instrumentations[i].RunAfterAnalysis(name, op);
    }
}
