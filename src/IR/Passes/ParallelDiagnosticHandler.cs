using System.Collections.Concurrent;

namespace Lce.IR.Passes;

/// <summary>
/// Keeps diagnostics emitted by parallel tasks in task order (MLIR's ParallelDiagnosticHandler):
/// while installed, a diagnostic from a thread working on task <c>i</c> is buffered under
/// <c>i</c>; on dispose all buffered diagnostics are emitted sorted by task (stable within a
/// task), so threaded output equals sequential output. Other threads pass through.
/// </summary>
internal sealed class ParallelDiagnosticHandler : IDisposable
{
    private readonly IRContext _context;
    private readonly IDisposable _registration;
    private readonly ConcurrentDictionary<int, int> _taskOfThread = new();
    private readonly List<(int Task, long Seq, Diagnostic Diagnostic)> _buffer = new();
    private long _seq;

    public ParallelDiagnosticHandler(IRContext context)
    {
        _context = context;
        _registration = context.Diagnostics.AddHandler(Handle);
    }

    /// <summary>Routes the current thread's diagnostics to task <paramref name="task"/>.</summary>
    public void SetTaskForThread(int task) => _taskOfThread[Environment.CurrentManagedThreadId] = task;

    public void ClearTaskForThread() => _taskOfThread.TryRemove(Environment.CurrentManagedThreadId, out _);

    private bool Handle(Diagnostic d)
    {
        if (!_taskOfThread.TryGetValue(Environment.CurrentManagedThreadId, out int task)) return false;
        lock (_buffer) _buffer.Add((task, _seq++, d));
        return true;
    }

    public void Dispose()
    {
        _registration.Dispose();
        List<(int Task, long Seq, Diagnostic Diagnostic)> items;
        lock (_buffer) items = _buffer.OrderBy(e => e.Task).ThenBy(e => e.Seq).ToList();
        foreach (var item in items) _context.Diagnostics.Emit(item.Diagnostic);
    }
}
