namespace Lce.IR;

/// <summary>
/// Runs recursive work (printing deeply nested IR) on a thread with a large stack, so 10,000
/// levels of nested regions, types or attributes cannot overflow the caller's stack.
/// </summary>
public static class LargeStack
{
    /// <summary>Stack size for deep recursion: 1 GiB of reserved (not committed) address space.</summary>
    public const int StackSize = 1 << 30;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { error = e; }
        }, StackSize);
        thread.Start();
        thread.Join();
        if (error is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        return result;
    }

    public static void Run(Action work) => Run(() => { work(); return 0; });
}
