using System.Text;
using Lce.IR.Printing;

namespace Lce.IR.Passes;

/// <summary>
/// Writes a reproducer when a pipeline fails or a pass throws (MLIR's
/// PassCrashReproducerGenerator): the IR as it was before the failing pipeline (or, with
/// <see cref="Local"/>, before the failing pass) followed by an `mlir_reproducer` external
/// resource holding the pipeline, and reports "Failures have been detected while processing an
/// MLIR pass pipeline" with a note naming the failing passes and the file.
/// </summary>
public sealed class CrashReproducer
{
    private readonly List<(Pass Pass, Operation Op)> _runningPasses = new();
    private readonly List<Context> _activeContexts = new();
    private bool _alreadyFailed;
    private bool _verifyPasses;
    private bool _disableThreads;

    public CrashReproducer(string path, bool local, string? displayName = null)
    {
        Path = path;
        Local = local;
        DisplayName = displayName ?? path;
    }

    public string Path { get; }

    /// <summary>How messages name the file (the path as the user gave it).</summary>
    public string DisplayName { get; }
    public bool Local { get; }

    /// <summary>A snapshot to reproduce from: the pipeline elements and a copy of the top-level op.</summary>
    private sealed record Context(string PipelineElements, Operation Snapshot);

    internal PassInstrumentation Instrumentation => new Hooks(this);

    /// <summary>Runs the pipeline, generating a reproducer on failure (or when a pass throws).</summary>
    internal bool Run(PassManager pm, Operation op, PassRunSettings settings)
    {
        _verifyPasses = pm.VerifyPasses;
        _disableThreads = !pm.EnableThreading;
        _alreadyFailed = false;
        _crashRunning = null;
        if (!Local)
        {
            var elements = new StringBuilder();
            for (int i = 0; i < pm.Passes.Count; i++)
            {
                // MLIR joins the top-level passes with ", " here (unlike the pipeline printer).
                if (i > 0) elements.Append(", ");
                pm.Passes[i].PrintAsTextualPipeline(elements);
            }
            lock (_runningPasses) _activeContexts.Add(new Context(elements.ToString(), op.Clone()));
        }
        bool ok;
        var crashing = settings with { OnPassException = OnPassException };
        try { ok = new PassExecution(crashing).RunPipeline(pm, op); }
        catch (Exception e) when (IsCrash(e)) { ok = false; }
        Finalize(op, ok);
        return ok;
    }

    /// <summary>True for the exception that abandons a run after a crash was reported (possibly wrapped by a parallel loop).</summary>
    internal static bool IsCrash(Exception e) =>
        e is PassCrashedException || (e is AggregateException a && a.Flatten().InnerExceptions.All(IsCrash));

    /// <summary>
    /// A pass threw: report it like MLIR's crash handler, then abandon the whole run. With threads,
    /// only the first crash in IR order is reported, as a sequential run would.
    /// </summary>
    private void OnPassException(Pass pass, Operation op, Exception e)
    {
        List<(Pass, Operation)> running;
        lock (_runningPasses) running = RunningFor(op);
        ParallelDiagnosticHandler.Defer(() =>
        {
            lock (_runningPasses)
            {
                if (_crashRunning is not null) return;
                _crashRunning = running;
                foreach (var context in _activeContexts)
                {
                    string description = Generate(context);
                    Emit(context.Snapshot.Context, context.Snapshot.Location,
                        $"A signal was caught while processing the MLIR module:{description}; marking pass as failed");
                }
            }
        });
        throw new PassCrashedException(e);
    }

    private List<(Pass, Operation)>? _crashRunning;

    /// <summary>The running passes a sequential run would see when <paramref name="op"/> fails: those on it or its ancestors.</summary>
    private List<(Pass, Operation)> RunningFor(Operation op) =>
        _runningPasses.Where(p => p.Op == op || p.Op.IsAncestorOf(op)).ToList();

    private sealed class PassCrashedException(Exception inner) : Exception("a pass crashed", inner);

    /// <summary>Writes a reproducer of <paramref name="op"/> after a successful run (--mlir-generate-reproducer).</summary>
    public static void Generate(string path, OpPassManager pm, Operation op)
    {
        File.WriteAllText(path, ReproducerText(op, pm.ToTextualPipeline(), disableThreading: false, verifyEach: false));
    }

    private void Finalize(Operation root, bool succeeded)
    {
        lock (_runningPasses)
        {
            if (_activeContexts.Count == 0) return;
            if (succeeded) { _activeContexts.Clear(); return; }
            Report(root, _crashRunning ?? _runningPasses.ToList());
        }
    }

    private void Report(Operation failingOp, List<(Pass Pass, Operation Op)> running)
    {
        var diag = new Diagnostic(DiagnosticSeverity.Error, failingOp.Location, "Failures have been detected while processing an MLIR pass pipeline");
        if (!Local)
        {
            string description = Generate(_activeContexts[0]);
            diag.AttachNote("Pipeline failed while executing [" + string.Join(", ", running.Select(Describe)) + "]: " + description);
        }
        else
        {
            string description = Generate(_activeContexts[^1]);
            diag.AttachNote("Pipeline failed while executing " + Describe(running[^1]) + ": " + description);
        }
        _runningPasses.Clear();
        _activeContexts.Clear();
        failingOp.Context.Diagnostics.Emit(diag);
    }

    private static string Describe((Pass Pass, Operation Op) p)
    {
        string text = $"`{p.Pass.Name}` on '{p.Op.Name}' operation";
        if (p.Op.GetInherentOrDiscardable("sym_name") is StringAttr s) text += ": @" + s.Value;
        return text;
    }

    private static void Emit(IRContext ctx, Location loc, string message) =>
        ctx.Diagnostics.Emit(new Diagnostic(DiagnosticSeverity.Error, loc, message));

    /// <summary>Writes the reproducer file; returns the note text ("reproducer generated at `file`").</summary>
    private string Generate(Context context)
    {
        string pipeline = context.Snapshot.Name + "(" + context.PipelineElements + ")";
        try
        {
            File.WriteAllText(Path, ReproducerText(context.Snapshot, pipeline, _disableThreads, _verifyPasses));
            return $"reproducer generated at `{DisplayName}`";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"failed to create output stream: Failed to create reproducer stream: {e.Message}";
        }
    }

    /// <summary>The op printed as a file, with the `mlir_reproducer` resource added to its `{-# ... #-}` section.</summary>
    public static string ReproducerText(Operation op, string pipeline, bool disableThreading, bool verifyEach)
    {
        var text = AsmPrinter.PrintTopLevel(op);
        var entry = new StringBuilder("    mlir_reproducer: {\n      pipeline: ");
        TextEscaping.AppendQuoted(entry, pipeline);
        entry.Append(",\n      disable_threading: ").Append(disableThreading ? "true" : "false");
        entry.Append(",\n      verify_each: ").Append(verifyEach ? "true" : "false").Append("\n    }\n");
        const string end = "  }\n#-}\n";
        if (!text.EndsWith("#-}\n")) return text + "\n{-#\n  external_resources: {\n" + entry + end;
        int close = text.Length - end.Length;
        // External resources come last: append the group to them, or open the section after dialect resources.
        if (text.Contains("\n  external_resources: {\n")) return text[..(close - "    }\n".Length)] + "    },\n" + entry + end;
        return text[..close] + "  },\n  external_resources: {\n" + entry + end;
    }

    /// <summary>Tracks running passes (and, for local reproducers, a snapshot before each pass).</summary>
    private sealed class Hooks(CrashReproducer owner) : PassInstrumentation
    {
        public override void RunBeforePass(Pass pass, Operation op)
        {
            if (pass is OpToOpPassAdaptor) return;
            lock (owner._runningPasses)
            {
                owner._runningPasses.Add((pass, op));
                if (!owner.Local) return;
                var scopes = new List<string>();
                var top = op;
                while (top.ParentOp is { } parent) { scopes.Add(top.Name); top = parent; }
                var sb = new StringBuilder();
                for (int i = scopes.Count - 1; i >= 0; i--) sb.Append(scopes[i]).Append('(');
                pass.PrintAsTextualPipeline(sb);
                sb.Append(')', scopes.Count);
                owner._activeContexts.Add(new Context(sb.ToString(), top.Clone()));
            }
        }

        public override void RunAfterPass(Pass pass, Operation op)
        {
            if (pass is OpToOpPassAdaptor) return;
            lock (owner._runningPasses)
            {
                owner._runningPasses.RemoveAll(p => p.Pass == pass && p.Op == op);
                if (owner.Local && owner._activeContexts.Count > 0) owner._activeContexts.RemoveAt(owner._activeContexts.Count - 1);
            }
        }

        public override void RunAfterPassFailed(Pass pass, Operation op)
        {
            // Only the passes working on this op or its ancestors count as running: that is what a
            // sequential run sees, and it keeps threaded output deterministic.
            List<(Pass, Operation)> running;
            lock (owner._runningPasses) running = owner.RunningFor(op);
            ParallelDiagnosticHandler.Defer(() =>
            {
                lock (owner._runningPasses)
                {
                    // One report per run: the first failure in IR order.
                    if (owner._alreadyFailed) return;
                    owner._alreadyFailed = true;
                    owner.Report(op, running);
                }
            });
        }
    }
}
