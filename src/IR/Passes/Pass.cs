namespace Lce.IR.Passes;

/// <summary>
/// A transformation run on one operation (its anchor) by the pass manager, as MLIR's
/// <c>Pass</c>. Subclasses declare their command-line <see cref="Argument"/>, an optional
/// anchor op name, typed options (<see cref="Option{T}(string, string, T)"/>) and statistics,
/// and implement <see cref="RunOnOperation"/>. The manager clones a pass per worker thread,
/// so passes must keep per-run state in fields reset by <see cref="RunOnOperation"/>.
/// </summary>
public abstract class Pass
{
    private readonly List<PassOption> _options = new();
    private readonly List<PassStatistic> _statistics = new();
    private Operation? _current;

    /// <summary>The pipeline/command-line name, e.g. "cse" or "tfl-prepare-lce".</summary>
    public abstract string Argument { get; }

    /// <summary>The name shown in IR dumps and timing reports, e.g. "CSE" (defaults to the class name).</summary>
    public virtual string Name => GetType().Name;

    /// <summary>One-line summary shown by --help.</summary>
    public virtual string Description => string.Empty;

    /// <summary>The op kind this pass runs on (e.g. "func.func"), or null for any op (OperationPass&lt;&gt;).</summary>
    public virtual string? AnchorName => null;

    /// <summary>For any-op passes: whether the pass can run on <paramref name="op"/> (MLIR's canScheduleOn).</summary>
    public virtual bool CanScheduleOn(Operation op) => true;

    public IReadOnlyList<PassOption> Options => _options;
    public IReadOnlyList<PassStatistic> Statistics => _statistics;

    /// <summary>The op the pass currently runs on.</summary>
    protected Operation Operation => _current ?? throw new InvalidOperationException($"pass '{Argument}' is not running");

    /// <summary>Set by <see cref="SignalPassFailure"/> during a run.</summary>
    public bool Failed { get; private set; }

    /// <summary>Transforms <see cref="Operation"/>; report errors as diagnostics and call <see cref="SignalPassFailure"/>.</summary>
    protected abstract void RunOnOperation();

    /// <summary>Marks the current run as failed (the pipeline stops after this pass).</summary>
    protected void SignalPassFailure() => Failed = true;

    /// <summary>Runs the pass on <paramref name="op"/>; returns false when it signalled failure.</summary>
    public bool Run(Operation op)
    {
        _current = op;
        Failed = false;
        try { RunOnOperation(); }
        finally { _current = null; }
        return !Failed;
    }

    /// <summary>Declares a typed option; call from the constructor (or a field initializer).</summary>
    protected Option<T> Option<T>(string argument, string description, T defaultValue)
    {
        var o = new Option<T>(argument, description, defaultValue);
        _options.Add(o);
        return o;
    }

    /// <summary>Declares a list option (`name=a,b,c`).</summary>
    protected ListOption<T> ListOption<T>(string argument, string description)
    {
        var o = new ListOption<T>(argument, description);
        _options.Add(o);
        return o;
    }

    /// <summary>Declares a statistic counter reported by --mlir-pass-statistics.</summary>
    protected PassStatistic Statistic(string name, string description)
    {
        var s = new PassStatistic(name, description);
        _statistics.Add(s);
        return s;
    }

    public PassOption? FindOption(string argument) => _options.Find(o => o.Argument == argument);

    /// <summary>
    /// A fresh instance with the same option values (used for per-thread copies). The default
    /// uses the parameterless constructor; passes without one override this.
    /// </summary>
    public virtual Pass Clone()
    {
        var copy = (Pass)(Activator.CreateInstance(GetType())
            ?? throw new InvalidOperationException($"pass '{Argument}' must override Clone()"));
        for (int i = 0; i < _options.Count; i++) copy._options[i].CopyFrom(_options[i]);
        return copy;
    }
}
