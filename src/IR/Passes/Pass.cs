using System.Text;

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
    private readonly List<PassStatistic> _statistics = new();
    private Operation? _current;
    private PassExecution? _execution;

    /// <summary>The pipeline/command-line name, e.g. "cse" or "canonicalize".</summary>
    public abstract string Argument { get; }

    /// <summary>The name shown in IR dumps and timing reports, e.g. "CSE" (defaults to the class name).</summary>
    public virtual string Name => GetType().Name;

    /// <summary>One-line summary shown by --help.</summary>
    public virtual string Description => string.Empty;

    /// <summary>The op kind this pass runs on (e.g. "func.func"), or null for any op (OperationPass&lt;&gt;).</summary>
    public virtual string? AnchorName => null;

    /// <summary>Whether the pass can run on ops of kind <paramref name="name"/> (MLIR's canScheduleOn).</summary>
    public virtual bool CanScheduleOn(OperationName name) => AnchorName is null || AnchorName == name.Name;

    /// <summary>Whether the pass can run on <paramref name="op"/>.</summary>
    public virtual bool CanScheduleOn(Operation op) => CanScheduleOn(op.OpName);

    /// <summary>The options of this pass instance.</summary>
    public PassOptions PassOptions { get; } = new();

    public IReadOnlyList<PassOption> Options => PassOptions.All;
    public IReadOnlyList<PassStatistic> Statistics => _statistics;

    /// <summary>The instance this one was cloned from for another thread (statistics are merged into it).</summary>
    public Pass? ThreadingSibling { get; internal set; }

    /// <summary>The op the pass currently runs on.</summary>
    protected Operation Operation => _current ?? throw new InvalidOperationException($"pass '{Argument}' is not running");

    protected IRContext Context => Operation.Context;

    /// <summary>Set by <see cref="SignalPassFailure"/> during a run.</summary>
    public bool Failed { get; private set; }

    /// <summary>True when the last run declared that it changed nothing (the verifier is then skipped).</summary>
    public bool PreservedAllAnalyses { get; private set; }

    /// <summary>Transforms <see cref="Operation"/>; report errors as diagnostics and call <see cref="SignalPassFailure"/>.</summary>
    protected abstract void RunOnOperation();

    /// <summary>Called once per pipeline run before any op is processed; return false to fail the run.</summary>
    public virtual bool Initialize(IRContext context) => true;

    /// <summary>Marks the current run as failed (the pipeline stops after this pass).</summary>
    protected void SignalPassFailure() => Failed = true;

    /// <summary>Declares that the pass did not change the IR (MLIR's markAllAnalysesPreserved).</summary>
    protected void MarkAllAnalysesPreserved() => PreservedAllAnalyses = true;

    /// <summary>
    /// Runs <paramref name="pipeline"/> on <paramref name="op"/> (the current op or one nested in it)
    /// as MLIR's dynamic pipelines, with the manager's verification and instrumentation.
    /// </summary>
    protected bool RunPipeline(OpPassManager pipeline, Operation op)
    {
        if (_execution is null) return pipeline.RunStandalone(op);
        return _execution.RunDynamicPipeline(pipeline, this, Operation, op);
    }

    /// <summary>
    /// Computes an analysis of the current op (e.g. name "DominanceInfo"), reported to the
    /// instrumentations as MLIR reports analyses: timing shows it as "(A) DominanceInfo".
    /// </summary>
    protected T GetAnalysis<T>(string name, Func<T> compute)
    {
        var instr = _execution?.Settings.Instrumentor;
        if (instr is null) return compute();
        var op = Operation;
        instr.RunBeforeAnalysis(name, op);
        try { return compute(); }
        finally { instr.RunAfterAnalysis(name, op); }
    }

    /// <summary>The run this pass is part of, while it runs inside a pass manager.</summary>
    internal PassExecution? Execution => _execution;

    /// <summary>Runs the pass alone on <paramref name="op"/> (no verification); returns false when it signalled failure.</summary>
    public bool Run(Operation op) => RunWith(op, null);

    internal bool RunWith(Operation op, PassExecution? execution)
    {
        _current = op;
        _execution = execution;
        Failed = false;
        PreservedAllAnalyses = false;
        try { RunOnOperation(); }
        finally { _current = null; _execution = null; }
        return !Failed;
    }

    /// <summary>Declares a typed option; call from the constructor (or a field initializer).</summary>
    protected Option<T> Option<T>(string argument, string description, T defaultValue) =>
        PassOptions.Add(new Option<T>(argument, description, defaultValue));

    /// <summary>Declares a list option (`name=a,b,c`).</summary>
    protected ListOption<T> ListOption<T>(string argument, string description, params T[] defaults) =>
        PassOptions.Add(new ListOption<T>(argument, description, defaults));

    /// <summary>Declares a statistic counter reported by --mlir-pass-statistics.</summary>
    protected PassStatistic Statistic(string name, string description)
    {
        var s = new PassStatistic(name, description);
        _statistics.Add(s);
        return s;
    }

    public PassOption? FindOption(string argument) => PassOptions.Find(argument);

    /// <summary>Parses an options string (`a=1 b=2`) into this pass; see <see cref="PassOptions.ParseFromString"/>.</summary>
    public bool InitializeOptions(string options, TextWriter errors, OptionErrorSink? optionErrors = null) =>
        PassOptions.ParseFromString(options, errors, optionErrors);

    /// <summary>The pass as it appears in a textual pipeline: `argument{options}`.</summary>
    public virtual void PrintAsTextualPipeline(StringBuilder sb, bool pretty = false, int indent = 0)
    {
        sb.Append(Argument.Length > 0 ? Argument : $"unknown<{Name}>");
        PassOptions.Print(sb);
    }

    /// <summary>
    /// A fresh instance with the same option values (used for per-thread copies). The default
    /// uses the parameterless constructor; passes without one override this.
    /// </summary>
    public virtual Pass Clone()
    {
        var copy = (Pass)(Activator.CreateInstance(GetType())
            ?? throw new InvalidOperationException($"pass '{Argument}' must override Clone()"));
        copy.PassOptions.CopyValuesFrom(PassOptions);
        return copy;
    }
}
