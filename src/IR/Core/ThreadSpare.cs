namespace Lce.IR;

/// <summary>
/// One spare object of type <typeparamref name="T"/> per thread, for scratch tables that walks
/// and rewrite drivers would otherwise allocate (and regrow) every time they run: take it (or
/// null), use it, reset it and keep it. A nested user on the same thread finds none while the
/// outer one holds it, and makes its own.
/// </summary>
internal static class ThreadSpare<T> where T : class
{
    [ThreadStatic] private static T? t_spare;

    public static T? Take()
    {
        var spare = t_spare;
        t_spare = null;
        return spare;
    }

    public static void Keep(T item) => t_spare = item;
}
