namespace Lce.IR.Passes;

/// <summary>
/// Keeps what parallel tasks report in task order (MLIR's ParallelDiagnosticHandler, extended to
/// instrumentation text): while installed, diagnostics and <see cref="Write"/> text from a thread
/// working on task <c>i</c> are buffered under <c>i</c>; on dispose the text is replayed sorted by
/// task, then the diagnostics sorted by task (emission order within a task). mlir-opt prints
/// instrumentation text as it happens and diagnostics at the end of the parallel loop; this
/// keeps that layout while making the text order deterministic. Other threads pass through.
/// </summary>
public sealed class ParallelDiagnosticHandler : IDisposable
{
    [ThreadStatic] private static (ParallelDiagnosticHandler Handler, int Task)? _current;

    private readonly IRContext _context;
    private readonly IDisposable _registration;
    private readonly List<(bool IsDiagnostic, int Task, long Seq, Action Replay)> _buffer = new();
    private long _seq;

    public ParallelDiagnosticHandler(IRContext context)
    {
        _context = context;
        _registration = context.Diagnostics.AddHandler(Handle);
    }

    /// <summary>Routes the current thread's output to task <paramref name="task"/> until the result is disposed.</summary>
    public IDisposable EnterTask(int task)
    {
        var previous = _current;
        _current = (this, task);
        return new Leave(previous);
    }

    private sealed class Leave((ParallelDiagnosticHandler, int)? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }

    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="writer"/>, or buffers it in the current
    /// thread's task when a parallel loop is running (instrumentations print through this).
    /// </summary>
    public static void Write(TextWriter writer, string text)
    {
        if (_current is { } c) c.Handler.Add(false, c.Task, () => Write(writer, text));
        else writer.Write(text);
    }

    /// <summary>
    /// Runs <paramref name="action"/> now, or, inside a parallel task, when the loop ends in task
    /// order together with the diagnostics (for work that reports errors, like reproducers).
    /// </summary>
    public static void Defer(Action action)
    {
        if (_current is { } c) c.Handler.Add(true, c.Task, action);
        else action();
    }

    private void Add(bool isDiagnostic, int task, Action replay)
    {
        lock (_buffer) _buffer.Add((isDiagnostic, task, _seq++, replay));
    }

    private bool Handle(Diagnostic d)
    {
        if (_current is not { } c || c.Handler != this) return false;
        Add(true, c.Task, () => _context.Diagnostics.Emit(d));
        return true;
    }

    public void Dispose()
    {
        _registration.Dispose();
        List<(bool IsDiagnostic, int Task, long Seq, Action Replay)> items;
        lock (_buffer) items = _buffer.OrderBy(e => e.IsDiagnostic).ThenBy(e => e.Task).ThenBy(e => e.Seq).ToList();
        foreach (var item in items) item.Replay();
    }
}
