using System.Diagnostics;

namespace Lce.IR.Passes;

/// <summary>Wall and user seconds of a timer (user time adds up the time of every thread).</summary>
public readonly record struct TimeRecord(double Wall, double User)
{
    public static TimeRecord operator +(TimeRecord a, TimeRecord b) => new(a.Wall + b.Wall, a.User + b.User);
    public static TimeRecord operator -(TimeRecord a, TimeRecord b) => new(a.Wall - b.Wall, a.User - b.User);
}

/// <summary>
/// One node of the timing tree (MLIR's TimerImpl): started and stopped any number of times,
/// children keyed by an identity so repeated scopes accumulate. Children created from another
/// thread are kept apart and merged at the end: their wall time as the maximum over threads,
/// their user time summed into every ancestor.
/// </summary>
internal sealed class Timer(string name)
{
    private readonly int _threadId = Environment.CurrentManagedThreadId;
    private readonly Lock _asyncLock = new();
    private long _startTicks;
    private long _wallTicks;
    private long _userTicks;

    public string Name { get; } = name;
    public bool Hidden { get; set; }
    public List<(object Id, Timer Timer)> Children { get; private set; } = new();
    private Dictionary<int, List<(object Id, Timer Timer)>> _asyncChildren = new();

    public void Start() => _startTicks = Stopwatch.GetTimestamp();

    public void Stop()
    {
        long elapsed = Stopwatch.GetTimestamp() - _startTicks;
        _wallTicks += elapsed;
        _userTicks += elapsed;
    }

    public Timer Nest(object id, Func<string> name)
    {
        int tid = Environment.CurrentManagedThreadId;
        if (tid == _threadId) return Find(Children, id, name);
        lock (_asyncLock)
        {
            if (!_asyncChildren.TryGetValue(tid, out var list)) _asyncChildren[tid] = list = new();
            return Find(list, id, name);
        }
    }

    private static Timer Find(List<(object Id, Timer Timer)> list, object id, Func<string> name)
    {
        foreach (var (i, t) in list) if (Equals(i, id)) return t;
        var timer = new Timer(name());
        list.Add((id, timer));
        return timer;
    }

    public TimeRecord Time => new(_wallTicks / (double)Stopwatch.Frequency, _userTicks / (double)Stopwatch.Frequency);

    /// <summary>Folds timers created on other threads into the tree (call once all threads are done).</summary>
    public void FinalizeTree()
    {
        AddAsyncUserTime();
        MergeAsyncChildren();
    }

    private long AddAsyncUserTime()
    {
        long added = 0;
        foreach (var (_, child) in Children) added += child.AddAsyncUserTime();
        foreach (var list in _asyncChildren.Values)
            foreach (var (_, child) in list)
            {
                child.AddAsyncUserTime();
                added += child._userTicks;
            }
        _userTicks += added;
        return added;
    }

    private void MergeAsyncChildren()
    {
        foreach (var (_, child) in Children) child.MergeAsyncChildren();
        var async = _asyncChildren;
        _asyncChildren = new();
        foreach (var list in async.Values) MergeChildren(list);
    }

    private void MergeChildren(List<(object Id, Timer Timer)> other)
    {
        if (Children.Count == 0)
        {
            Children = other;
            foreach (var (_, child) in Children) child.MergeAsyncChildren();
            return;
        }
        foreach (var (id, timer) in other) MergeChild(id, timer);
    }

    private void MergeChild(object id, Timer other)
    {
        int index = Children.FindIndex(c => Equals(c.Id, id));
        if (index < 0)
        {
            Children.Add((id, other));
            other.MergeAsyncChildren();
            return;
        }
        var into = Children[index].Timer;
        into._wallTicks = Math.Max(into._wallTicks, other._wallTicks);
        into._userTicks += other._userTicks;
        into.MergeChildren(other.Children);
        foreach (var list in other._asyncChildren.Values) into.MergeChildren(list);
    }
}

/// <summary>A started timer that stops when disposed (MLIR's TimingScope); default is a no-op scope.</summary>
public readonly struct TimingScope : IDisposable
{
    private readonly Timer? _timer;

    internal TimingScope(Timer? timer)
    {
        _timer = timer;
        _timer?.Start();
    }

    public bool IsEnabled => _timer is not null;

    /// <summary>A child scope; scopes with the same <paramref name="id"/> share one timer.</summary>
    public TimingScope Nest(object id, Func<string> name) => new(_timer?.Nest(id, name));

    public TimingScope Nest(string name) => Nest(name, () => name);

    /// <summary>Omits this timer from the tree report (its children move up).</summary>
    public void Hide()
    {
        if (_timer is not null) _timer.Hidden = true;
    }

    public void Dispose() => _timer?.Stop();
}
