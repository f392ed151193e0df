namespace Lce.IR.Passes;

/// <summary>
/// The top-level pass manager (MLIR's PassManager): an <see cref="OpPassManager"/> plus the
/// run settings — verification after each pass, threading, instrumentations (IR printing,
/// timing), statistics and crash reproducers.
/// </summary>
public class PassManager : OpPassManager
{
    public PassManager(IRContext context, string anchor = "builtin.module", PassNesting nesting = PassNesting.Explicit)
        : base(anchor, nesting) => Context = context;

    public IRContext Context { get; }

    /// <summary>Run the verifier after each pass (mlir-opt's --verify-each, on by default).</summary>
    public bool VerifyPasses { get; set; } = true;

    /// <summary>Run nested pipelines over isolated ops in parallel (off with --mlir-disable-threading).</summary>
    public bool EnableThreading { get; set; } = true;

    /// <summary>Upper bound on worker threads (defaults to the processor count).</summary>
    public int MaxParallelism { get; set; } = Environment.ProcessorCount;

    public PassInstrumentor? Instrumentor { get; private set; }

    public void AddInstrumentation(PassInstrumentation instrumentation) =>
        (Instrumentor ??= new PassInstrumentor()).Add(instrumentation);

    /// <summary>Times passes, pipelines and analyses under <paramref name="scope"/> (--mlir-timing).</summary>
    public void EnableTiming(TimingScope scope)
    {
        if (scope.IsEnabled) AddInstrumentation(new PassTimingInstrumentation(scope));
    }

    /// <summary>Optional crash/failure reproducer generation (--mlir-pass-pipeline-crash-reproducer).</summary>
    public CrashReproducer? Reproducer { get; private set; }

    /// <summary>Writes a reproducer to <paramref name="path"/> when the pipeline fails or a pass throws.</summary>
    public void EnableCrashReproducerGeneration(string path, bool localReproducer = false, string? displayName = null)
    {
        if (localReproducer && EnableThreading)
            throw new InvalidOperationException("Local crash reproduction can't be setup on a pass-manager without disabling multi-threading first.");
        Reproducer = new CrashReproducer(path, localReproducer, displayName);
        AddInstrumentation(Reproducer.Instrumentation);
    }

    /// <summary>Set to print pass statistics after each run (--mlir-pass-statistics).</summary>
    public PassStatisticsDisplay? StatisticsDisplay { get; set; }

    /// <summary>Where statistics are printed (stderr in lce-opt).</summary>
    public TextWriter StatisticsOutput { get; set; } = TextWriter.Null;

    /// <summary>Runs the pipeline on <paramref name="op"/>; false after errors were reported as diagnostics.</summary>
    public bool Run(Operation op)
    {
        if (OpName is not null && OpName != op.Name)
        {
            Context.Diagnostics.Emit(new Diagnostic(DiagnosticSeverity.Error, op.Location,
                $"can't run '{OpAnchorName}' pass manager on '{op.Name}' op"));
            return false;
        }
        if (!FinalizePassList(Context)) return false;
        if (!Initialize(Context, InitializationGeneration + 1)) return false;

        var settings = new PassRunSettings(VerifyPasses, EnableThreading, Instrumentor) { MaxParallelism = MaxParallelism };
        bool ok = Reproducer is { } repro
            ? repro.Run(this, op, settings)
            : new PassExecution(settings).RunPipeline(this, op);

        if (StatisticsDisplay is { } display) PassStatisticsPrinter.Print(this, display, StatisticsOutput);
        return ok;
    }
}
