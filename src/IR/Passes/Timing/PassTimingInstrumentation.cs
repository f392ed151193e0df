namespace Lce.IR.Passes;

/// <summary>
/// Times pipelines, passes and analyses into a timing tree (MLIR's PassTiming): adaptors get a
/// "Pipeline Collection : [...]" timer (hidden when they hold one manager), nested pipelines a
/// "'func.func' Pipeline" timer under the adaptor that started them, analyses "(A) Name".
/// Per-thread copies of a pass share the original's timer.
/// </summary>
public sealed class PassTimingInstrumentation(TimingScope root) : PassInstrumentation
{
    private readonly Dictionary<PipelineParentInfo, int> _parentTimerIndices = new();
    private readonly Dictionary<int, List<TimingScope>> _activeTimers = new();

    private List<TimingScope> Active(int tid)
    {
        if (!_activeTimers.TryGetValue(tid, out var list)) _activeTimers[tid] = list = new();
        return list;
    }

    public override void RunBeforePipeline(string? opName, PipelineParentInfo parent)
    {
        var active = Active(Environment.CurrentManagedThreadId);
        var parentScope = _parentTimerIndices.TryGetValue(parent, out int index) ? Active(parent.ParentThreadId)[index] : root;
        object id = opName is null ? AnyPipelineKey : "pipeline:" + opName;
        active.Add(parentScope.Nest(id, () => $"'{opName ?? OpPassManager.AnyOpAnchorName}' Pipeline"));
    }

    private static readonly object AnyPipelineKey = new();

    public override void RunAfterPipeline(string? opName, PipelineParentInfo parent) => Pop();

    public override void RunBeforePass(Pass pass, Operation op)
    {
        int tid = Environment.CurrentManagedThreadId;
        var active = Active(tid);
        var parentScope = active.Count == 0 ? root : active[^1];
        var key = SiblingRoot(pass);
        if (pass is OpToOpPassAdaptor adaptor)
        {
            _parentTimerIndices[new PipelineParentInfo(tid, pass)] = active.Count;
            var scope = parentScope.Nest(key, () => adaptor.AdaptorName);
            if (adaptor.Managers.Count <= 1) scope.Hide();
            active.Add(scope);
        }
        else active.Add(parentScope.Nest(key, () => pass.Name));
    }

    public override void RunAfterPass(Pass pass, Operation op)
    {
        if (pass is OpToOpPassAdaptor) _parentTimerIndices.Remove(new PipelineParentInfo(Environment.CurrentManagedThreadId, pass));
        Pop();
    }

    public override void RunAfterPassFailed(Pass pass, Operation op) => RunAfterPass(pass, op);

    public override void RunBeforeAnalysis(string name, Operation op)
    {
        var active = Active(Environment.CurrentManagedThreadId);
        var parentScope = active.Count == 0 ? root : active[^1];
        active.Add(parentScope.Nest("analysis:" + name, () => "(A) " + name));
    }

    public override void RunAfterAnalysis(string name, Operation op) => Pop();

    private void Pop()
    {
        var active = Active(Environment.CurrentManagedThreadId);
        active[^1].Dispose();
        active.RemoveAt(active.Count - 1);
    }

    private static Pass SiblingRoot(Pass pass)
    {
        while (pass.ThreadingSibling is { } s) pass = s;
        return pass;
    }
}
