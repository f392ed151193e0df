using System.Text;

namespace Lce.IR.Passes;

/// <summary>
/// The pass that holds nested pass managers (MLIR's OpToOpPassAdaptor): run on an op, it runs
/// each manager's pipeline on every op directly inside the op's regions that the manager
/// can be scheduled on, in parallel over those ops when threading is enabled.
/// </summary>
public sealed class OpToOpPassAdaptor : Pass
{
    private readonly List<OpPassManager> _managers = new();
    private List<OpPassManager>[]? _asyncExecutors;

    internal OpToOpPassAdaptor(OpPassManager manager) => _managers.Add(manager);

    public override string Argument => "";

    public override string Name => AdaptorName;

    /// <summary>"Pipeline Collection : ['func.func', 'any']", as MLIR names the adaptor.</summary>
    public string AdaptorName => "Pipeline Collection : [" + string.Join(", ", _managers.Select(m => $"'{m.OpAnchorName}'")) + "]";

    public IReadOnlyList<OpPassManager> Managers => _managers;

    protected override void RunOnOperation()
    {
        var execution = Execution ?? throw new InvalidOperationException("an adaptor runs only inside a pass manager");
        if (!execution.RunAdaptor(this, Operation)) SignalPassFailure();
    }

    public override void PrintAsTextualPipeline(StringBuilder sb, bool pretty = false, int indent = 0)
    {
        for (int i = 0; i < _managers.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
                if (pretty) sb.Append('\n').Append(' ', indent);
            }
            _managers[i].PrintAsTextualPipeline(sb, pretty, indent);
        }
    }

    public override Pass Clone()
    {
        var copy = new OpToOpPassAdaptor(_managers[0].Clone());
        for (int i = 1; i < _managers.Count; i++) copy._managers.Add(_managers[i].Clone());
        return copy;
    }

    /// <summary>The manager that runs on ops of kind <paramref name="name"/>, if any.</summary>
    internal int FindManagerFor(OperationName name) => _managers.FindIndex(m => m.CanScheduleOn(name));

    /// <summary>Per-thread copies of the managers, created on first parallel use (or when the managers changed).</summary>
    internal List<OpPassManager>[] AsyncExecutors(int count)
    {
        if (_asyncExecutors is null || _asyncExecutors.Length != count || SizeMismatch(_asyncExecutors[0]))
            _asyncExecutors = Enumerable.Range(0, count).Select(_ => _managers.Select(m => m.Clone()).ToList()).ToArray();
        return _asyncExecutors;
    }

    /// <summary>The per-thread copies made so far (their statistics are merged into <see cref="Managers"/> for reports).</summary>
    internal IReadOnlyList<List<OpPassManager>> ExistingAsyncExecutors => _asyncExecutors ?? [];

    private bool SizeMismatch(List<OpPassManager> copy) =>
        copy.Count != _managers.Count || copy.Where((m, i) => m.Count != _managers[i].Count).Any();

    internal bool FinalizeManagers(IRContext ctx) => _managers.All(m => m.FinalizePassList(ctx));

    /// <summary>
    /// Moves this adaptor's managers into <paramref name="rhs"/> (merging managers with the same
    /// anchor) unless an op-agnostic manager could run on the same ops as another manager.
    /// </summary>
    internal bool TryMergeInto(IRContext ctx, OpToOpPassAdaptor rhs)
    {
        bool Conflicts(OpPassManager generic, List<OpPassManager> others) =>
            others.Any(pm => pm.OpName is null || generic.CanScheduleOn(ctx.GetOperationName(pm.OpName)));

        var lhsGeneric = _managers.Find(m => m.OpName is null);
        if (lhsGeneric is not null && Conflicts(lhsGeneric, rhs._managers)) return false;
        var rhsGeneric = rhs._managers.Find(m => m.OpName is null);
        if (rhsGeneric is not null && Conflicts(rhsGeneric, _managers)) return false;

        foreach (var pm in _managers)
        {
            var existing = rhs._managers.Find(m => m.OpAnchorName == pm.OpAnchorName);
            if (existing is not null) { foreach (var p in pm.Passes) existing.AddPassUnchecked(p); }
            else rhs._managers.Add(pm);
        }
        _managers.Clear();
        // Op-specific managers first, sorted by name; the op-agnostic one last.
        var sorted = rhs._managers.OrderBy(m => m.OpName is null).ThenBy(m => m.OpName, StringComparer.Ordinal).ToList();
        rhs._managers.Clear();
        rhs._managers.AddRange(sorted);
        return true;
    }
}
