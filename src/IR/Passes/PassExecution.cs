namespace Lce.IR.Passes;

/// <summary>Settings of one pass manager run.</summary>
internal sealed record PassRunSettings(bool VerifyPasses, bool Threading, PassInstrumentor? Instrumentor)
{
    /// <summary>Called when a pass throws: turns the exception into a diagnostic (and a reproducer when enabled).</summary>
    public Action<Pass, Operation, Exception>? OnPassException { get; init; }

    /// <summary>Degree of parallelism for adaptors (defaults to the processor count).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}

/// <summary>
/// Runs passes and pipelines on ops as MLIR's OpToOpPassAdaptor::run/runPipeline: the
/// instrumentation hooks, failure propagation, verification after each pass, and the
/// adaptor's (parallel) walk over child ops.
/// </summary>
internal sealed class PassExecution(PassRunSettings settings)
{
    public PassRunSettings Settings { get; } = settings;

    /// <summary>Runs every pass of <paramref name="pm"/> on <paramref name="op"/>, stopping at the first failure.</summary>
    public bool RunPipeline(OpPassManager pm, Operation op, PipelineParentInfo? parent = null)
    {
        var instr = Settings.Instrumentor;
        if (instr is not null && parent is { } p) instr.RunBeforePipeline(pm.OpName, p);
        foreach (var pass in pm.Passes)
            if (!RunPass(pass, op)) return false;
        if (instr is not null && parent is { } p2) instr.RunAfterPipeline(pm.OpName, p2);
        return true;
    }

    /// <summary>Runs one pass on <paramref name="op"/>; false when it failed or left invalid IR.</summary>
    public bool RunPass(Pass pass, Operation op)
    {
        if (!op.OpName.IsRegistered)
        {
            op.EmitOpError("trying to schedule a pass on an unregistered operation");
            PendingDiagnostic.Flush();
            return false;
        }
        if (!op.HasTrait<Traits.IsolatedFromAbove>())
        {
            op.EmitOpError("trying to schedule a pass on an operation not marked as 'IsolatedFromAbove'");
            PendingDiagnostic.Flush();
            return false;
        }
        if (pass is not OpToOpPassAdaptor && !pass.CanScheduleOn(op))
        {
            op.EmitOpError($"trying to schedule pass '{pass.Name}' on an unsupported operation");
            PendingDiagnostic.Flush();
            return false;
        }

        var instr = Settings.Instrumentor;
        instr?.RunBeforePass(pass, op);
        bool failed;
        try
        {
            failed = !pass.RunWith(op, this);
        }
        catch (Exception e) when (e is not OutOfMemoryException && !CrashReproducer.IsCrash(e))
        {
            PendingDiagnostic.Flush();
            ReportException(pass, op, e);
            failed = true;
        }
        PendingDiagnostic.Flush();

        // The verifier runs unless the pass failed or declared that it changed nothing; after an
        // adaptor the nested ops were already verified by their own pipelines.
        if (!failed && Settings.VerifyPasses && !pass.PreservedAllAnalyses)
            failed = !Verifier.Verify(op, recursive: pass is not OpToOpPassAdaptor);

        if (instr is not null)
        {
            if (failed) instr.RunAfterPassFailed(pass, op);
            else instr.RunAfterPass(pass, op);
        }
        return !failed;
    }

    private void ReportException(Pass pass, Operation op, Exception e)
    {
        if (Settings.OnPassException is { } handler) { handler(pass, op, e); return; }
        op.Context.Diagnostics.Emit(new Diagnostic(DiagnosticSeverity.Error, op.Location,
            $"pass '{pass.Argument}' failed with an internal error: {e.GetType().Name}: {e.Message}"));
    }

    /// <summary>A pipeline a pass runs on its own op or a nested one (MLIR's dynamic pipelines).</summary>
    public bool RunDynamicPipeline(OpPassManager pipeline, Pass parentPass, Operation current, Operation root)
    {
        if (root != current && !current.IsAncestorOf(root))
        {
            root.EmitOpError("Trying to schedule a dynamic pipeline on an operation that isn't nested under the current operation the pass is processing");
            PendingDiagnostic.Flush();
            return false;
        }
        if (!pipeline.FinalizePassList(root.Context)) return false;
        if (!pipeline.Initialize(root.Context, pipeline.InitializationGeneration + 1)) return false;
        return RunPipeline(pipeline, root, new PipelineParentInfo(Environment.CurrentManagedThreadId, parentPass));
    }

    /// <summary>Runs the adaptor's managers on the matching child ops of <paramref name="op"/>.</summary>
    public bool RunAdaptor(OpToOpPassAdaptor adaptor, Operation op)
    {
        var parent = new PipelineParentInfo(Environment.CurrentManagedThreadId, adaptor);
        var work = new List<(int Manager, Operation Op)>();
        var known = new Dictionary<OperationName, int>(ReferenceEqualityComparer.Instance);
        foreach (var region in op.Regions)
            foreach (var block in region.Blocks)
                for (var child = block.FirstOp; child is not null; child = child.NextNode)
                {
                    if (!known.TryGetValue(child.OpName, out int idx)) known[child.OpName] = idx = adaptor.FindManagerFor(child.OpName);
                    if (idx >= 0) work.Add((idx, child));
                }

        if (!Settings.Threading || work.Count <= 1)
        {
            bool ok = true;
            // A failing op does not stop the others, as MLIR reports every failing function.
            foreach (var (idx, child) in work)
                ok &= RunPipeline(adaptor.Managers[idx], child, parent);
            return ok;
        }
        return RunAdaptorInParallel(adaptor, work, parent, op.Context);
    }

    private bool RunAdaptorInParallel(OpToOpPassAdaptor adaptor, List<(int Manager, Operation Op)> work, PipelineParentInfo parent, IRContext ctx)
    {
        int degree = Math.Max(1, Settings.MaxParallelism);
        var executors = adaptor.AsyncExecutors(degree);
        var active = new int[executors.Length];
        int failures = 0;
        using (var diagnostics = new ParallelDiagnosticHandler(ctx))
        {
            Parallel.For(0, work.Count, new ParallelOptions { MaxDegreeOfParallelism = degree }, i =>
            {
                // Each running task takes a free copy of the managers: passes are not shared across threads.
                int slot = 0;
                while (Interlocked.CompareExchange(ref active[slot], 1, 0) != 0) slot = (slot + 1) % active.Length;
                try
                {
                    using var _ = diagnostics.EnterTask(i);
                    try
                    {
                        var (idx, child) = work[i];
                        if (!RunPipeline(executors[slot][idx], child, parent)) Interlocked.Increment(ref failures);
                    }
                    finally { PendingDiagnostic.Flush(); }
                }
                finally { Volatile.Write(ref active[slot], 0); }
            });
        }
        return failures == 0;
    }
}
